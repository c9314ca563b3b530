/**
 * `derivaciones`: returned people referred by the GAMI to each institution, per month and sex.
 * Reporting-period figures follow Tabla 23 (18,884 referrals; Tabla 22's 7,066 counts people, not
 * referrals). January 2024 comes from another export: UTF-8 with BOM, `Institución` header,
 * upper-case acronyms and an `Observaciones` column the contract does not know.
 */
import { DERIVACIONES_ACTUAL } from '../golden/memoria-2023-2024-servicios.js';
import type { SourceResult } from '../demo-summary.js';
import { monthlyRows } from '../shared/aggregate-rows.js';
import { deliveryName, demoMonths } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import { createRng } from '../shared/prng.js';
import { returnsPattern } from '../shared/seasonality.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['fecha', 'institucion', 'sexo', 'cantidad'];
const BOM_MONTH = '2024-01';
const BOM_HEADER = ['Fecha', 'Institución', 'Sexo', 'Cantidad', 'Observaciones'];

/** Comparison-period referrals (Jun-22..Mar-23), invented: the Memoria prints only the reporting period. */
const ANTERIOR: Readonly<Record<keyof typeof DERIVACIONES_ACTUAL, { m: number; f: number }>> = {
  minsal: { m: 702, f: 761 },
  pnc: { m: 6120, f: 2604 },
  conapina: { m: 1288, f: 1843 },
  pgr: { m: 141, f: 98 },
  olav: { m: 188, f: 151 },
  mrree: { m: 590, f: 337 },
  isdemu: { m: 5, f: 244 },
  mtps: { m: 934, f: 551 },
  rnpn: { m: 41, f: 6 },
};

/** Returns the summary of the `derivaciones` folder after writing one delivery per month. */
export function writeDerivacionesDemo(root: string): SourceResult {
  const rng = createRng('derivaciones');
  const folder = openSourceFolder(root, 'derivaciones');
  const series = (Object.keys(DERIVACIONES_ACTUAL) as Array<keyof typeof DERIVACIONES_ACTUAL>).flatMap((institucion) =>
    (['M', 'F'] as const).map((sexo) => {
      const key = sexo === 'M' ? 'm' : 'f';
      const totals = { anterior: ANTERIOR[institucion][key], actual: DERIVACIONES_ACTUAL[institucion][key] };
      return { institucion, sexo, months: calibratedMonthlySeries(rng, totals, returnsPattern, 0.1) };
    }),
  );
  for (const month of demoMonths()) {
    const rows = monthlyRows(
      month,
      series.map(({ institucion, sexo, months }) => ({ dims: [institucion, sexo], count: months.get(month) ?? 0 })),
    );
    const name = deliveryName(month, 6);
    if (month !== BOM_MONTH) {
      folder.csv(name, HEADER, rows);
      continue;
    }
    const exported: CsvValue[][] = rows.map(([fecha, institucion, sexo, cantidad]) => [
      fecha as CsvValue,
      String(institucion).toUpperCase(),
      sexo as CsvValue,
      cantidad as CsvValue,
      institucion === 'rnpn' ? 'Incluye trámites de DUI, primera vez y reposición' : '',
    ]);
    folder.csv(name, BOM_HEADER, exported, { encoding: 'utf-8-bom' });
    folder.note('utf8-bom', name, "UTF-8 with BOM, header 'Institución', institution codes in upper case (MINSAL, PNC…)");
    folder.note('columna-extra', name, "unknown column 'Observaciones' (one value holds a comma, so it is quoted)");
  }
  return folder.result();
}
