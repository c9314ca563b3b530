/**
 * `certificaciones`: certificates of migratory movements and no-restriction records per working day,
 * totals as in Tablas 13 and 14. September 2023 is first sent as day rows and later consolidated
 * into one month row per tipo with the same total: the later delivery wins, nothing doubles.
 */
import { TOTALES_ACTUAL } from '../golden/memoria-2023-2024-servicios.js';
import type { SourceResult } from '../demo-summary.js';
import { dailyRows, monthlyRows, sumCantidad, type MonthCell } from '../shared/aggregate-rows.js';
import { deliveryName, demoMonths } from '../shared/calendar.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import { createRng } from '../shared/prng.js';
import { officePattern } from '../shared/seasonality.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['fecha', 'tipo', 'cantidad'];
const SWITCH_MONTH = '2023-09';

/** Comparison-period totals (Jun-22..Mar-23); the Memoria does not print them. */
const ANTERIOR = { certificacion_movimientos: 3127, constancia_no_restriccion: 109 } as const;

/** Returns the summary of the `certificaciones` folder after writing one delivery per month. */
export function writeCertificacionesDemo(root: string): SourceResult {
  const rng = createRng('certificaciones');
  const folder = openSourceFolder(root, 'certificaciones');
  const tipos = ['certificacion_movimientos', 'constancia_no_restriccion'] as const;
  const series = tipos.map((tipo) => ({
    tipo,
    months: calibratedMonthlySeries(rng, { anterior: ANTERIOR[tipo], actual: TOTALES_ACTUAL.certificaciones[tipo] }, officePattern, 0.1),
  }));
  for (const month of demoMonths()) {
    const cells: MonthCell[] = series.map(({ tipo, months }) => ({ dims: [tipo], count: months.get(month) ?? 0 }));
    const daily = dailyRows(rng, month, cells, 'habiles');
    const name = folder.csv(deliveryName(month, 4), HEADER, daily);
    if (month !== SWITCH_MONTH) continue;
    const monthly = monthlyRows(month, cells);
    if (sumCantidad(monthly) !== sumCantidad(daily)) throw new Error('certificaciones: consolidated month changed the total');
    const consolidated = folder.csv(deliveryName(month, 25, 'csv', 'consolidado'), HEADER, monthly);
    folder.note(
      'cambio-dia-mes',
      consolidated,
      `${month} first sent as ${daily.length} day rows in ${name}, then as ${monthly.length} month rows (fecha '${month}') with the same total ${sumCantidad(monthly)}`,
    );
  }
  return folder.result();
}
