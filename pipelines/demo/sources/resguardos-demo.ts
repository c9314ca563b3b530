/**
 * `resguardos`: foreigners in an irregular situation sheltered at the CAIPEM, per day of intake,
 * nationality and sex. Reporting-period totals match Tabla 18 (95 M, 63 F; Colombia, Ecuador,
 * Honduras, Venezuela). The October 2023 delivery carries a row with sexo `H`, which must be rejected.
 */
import { RESGUARDOS_ACTUAL, RESGUARDOS_NACIONALIDADES } from '../golden/memoria-2023-2024-servicios.js';
import type { SourceResult } from '../demo-summary.js';
import { dailyRows, splitCell, type MonthCell } from '../shared/aggregate-rows.js';
import { jitterWeights } from '../shared/allocate.js';
import { deliveryName, demoMonths, periodOf } from '../shared/calendar.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import { createRng } from '../shared/prng.js';
import { returnsPattern } from '../shared/seasonality.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['fecha', 'nacionalidad', 'sexo', 'cantidad'];
const BAD_SEXO_MONTH = '2023-10';

/** Comparison-period totals (Jun-22..Mar-23); the Memoria does not print them. */
const ANTERIOR = { m: 74, f: 49 } as const;

const OTHER_NATIONALITIES = ['VEN', 'COL', 'ECU', 'HND', 'NIC', 'CUB', 'HTI'];
const OTHER_WEIGHTS = [0.3, 0.2, 0.15, 0.15, 0.08, 0.07, 0.05];
const REPORTING_WEIGHTS = [0.27, 0.2, 0.18, 0.35]; // COL, ECU, HND, VEN

/** Returns the summary of the `resguardos` folder after writing one delivery per month. */
export function writeResguardosDemo(root: string): SourceResult {
  const rng = createRng('resguardos');
  const folder = openSourceFolder(root, 'resguardos');
  const series = (['M', 'F'] as const).map((sexo) => {
    const key = sexo === 'M' ? 'm' : 'f';
    return { sexo, months: calibratedMonthlySeries(rng, { anterior: ANTERIOR[key], actual: RESGUARDOS_ACTUAL[key] }, returnsPattern, 0.3) };
  });
  for (const month of demoMonths()) {
    const reporting = periodOf(month) === 'actual';
    const nationalities = reporting ? [...RESGUARDOS_NACIONALIDADES] : OTHER_NATIONALITIES;
    const weights = reporting ? REPORTING_WEIGHTS : OTHER_WEIGHTS;
    const cells: MonthCell[] = series.flatMap(({ sexo, months }) =>
      splitCell({ dims: [], count: months.get(month) ?? 0 }, nationalities, jitterWeights(rng, weights, 0.4)).map((cell) => ({
        ...cell,
        dims: [...cell.dims, sexo],
      })),
    );
    // People arrive in groups on a few days, hence the large spread.
    const rows = dailyRows(rng, month, cells, 'continuo', 0.95);
    const name = deliveryName(month, 7);
    if (month === BAD_SEXO_MONTH) {
      rows.push(['2023-10-18', 'VEN', 'H', 2]);
      folder.note('cuarentena-sexo-h', name, "sexo 'H' is rejected (in H/M exports M means mujer); extra row", rows.length + 1);
    }
    folder.csv(name, HEADER, rows);
  }
  return folder.result();
}
