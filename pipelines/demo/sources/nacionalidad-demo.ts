/**
 * `nacionalidad`: monthly resolutions per trámite and sex, calibrated to Tabla 12, delivered the way
 * Extranjería keeps them: one XLSX workbook per month, Spanish headers (`Fecha`, `Trámite`, `Sexo`,
 * `Cantidad`) and display labels (`Nacionalización`).
 */
import { NACIONALIDAD_TRAMITE } from '../golden/memoria-2023-2024-servicios.js';
import type { SourceResult } from '../demo-summary.js';
import { deliveryName, demoMonths } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import { createRng } from '../shared/prng.js';
import { officePattern } from '../shared/seasonality.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['Fecha', 'Trámite', 'Sexo', 'Cantidad'];

const TRAMITE_LABEL: Readonly<Record<keyof typeof NACIONALIDAD_TRAMITE, string>> = {
  recuperacion: 'Recuperación',
  renuncia: 'Renuncia',
  nacionalizacion: 'Nacionalización',
  naturalizacion: 'Naturalización',
};

/** Returns the summary of the `nacionalidad` folder after writing one XLSX delivery per month. */
export async function writeNacionalidadDemo(root: string): Promise<SourceResult> {
  const rng = createRng('nacionalidad');
  const folder = openSourceFolder(root, 'nacionalidad');
  const series = Object.entries(NACIONALIDAD_TRAMITE).flatMap(([tramite, golden]) =>
    (['M', 'F'] as const).map((sexo) => {
      const key = sexo === 'M' ? 'm' : 'f';
      const totals = { anterior: golden.anterior[key], actual: golden.actual[key] };
      return { label: TRAMITE_LABEL[tramite as keyof typeof NACIONALIDAD_TRAMITE], sexo, months: calibratedMonthlySeries(rng, totals, officePattern, 0.2) };
    }),
  );
  for (const month of demoMonths()) {
    const rows: CsvValue[][] = series.filter((s) => (s.months.get(month) ?? 0) > 0).map((s) => [month, s.label, s.sexo, s.months.get(month) ?? 0]);
    const name = deliveryName(month, 8, 'xlsx');
    await folder.xlsx(name, HEADER, rows);
    if (month === '2023-06') folder.note('xlsx', name, "every nacionalidad delivery is XLSX: first sheet, headers 'Fecha, Trámite, Sexo, Cantidad', fecha YYYY-MM as text");
  }
  return folder.result();
}
