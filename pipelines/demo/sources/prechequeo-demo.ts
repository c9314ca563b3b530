/**
 * `prechequeo`: land pre-checks per day and land post, minors' exit authorisations per day and post,
 * and mobile controls with the PNC at unauthorised crossings (no post; one row per patrol, so rows
 * with the same key add up within a delivery). Totals match Tablas 16, 19-21. The October 2023
 * delivery carries a negative count that must be quarantined.
 */
import { TOTALES_ACTUAL } from '../golden/memoria-2023-2024-servicios.js';
import type { SourceResult } from '../demo-summary.js';
import { dailyRows, splitCell, type MonthCell } from '../shared/aggregate-rows.js';
import { jitterWeights, splitTotal } from '../shared/allocate.js';
import { deliveryName, demoMonths } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import { createRng, randomInt, type Rng } from '../shared/prng.js';
import { landTravelPattern } from '../shared/seasonality.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['fecha', 'tipo', 'puesto', 'cantidad'];
const NEGATIVE_MONTH = '2023-10';

/** Comparison-period totals: 46.6 % and 25 % below the reporting period, as Tablas 20 and 21 say. */
const ANTERIOR = { prechequeo_terrestre: 657_904, control_movil: 792, autorizacion_salida_nna: 35_201 } as const;

const LAND_POSTS = ['la_hachadura', 'las_chinamas', 'san_cristobal', 'anguiatu', 'el_poy', 'el_amatillo'];
const LAND_WEIGHTS = [0.2, 0.26, 0.16, 0.08, 0.12, 0.18];
const NNA_POSTS = ['aies_soarg', ...LAND_POSTS, 'puerto_acajutla'];
const NNA_WEIGHTS = [0.55, 0.09, 0.11, 0.07, 0.03, 0.05, 0.09, 0.01];

/** Returns the rows with every control_movil row split into one row per patrol (same key). */
function perPatrol(rng: Rng, rows: CsvValue[][]): CsvValue[][] {
  return rows.flatMap((row) => {
    const count = Number(row[3]);
    if (row[1] !== 'control_movil' || count < 2) return [row];
    const patrols = Math.min(count, randomInt(rng, 1, 3));
    const parts = splitTotal(
      count,
      Array.from({ length: patrols }, () => 0.5 + rng()),
    );
    return parts.filter((p) => p > 0).map((p) => [row[0] as CsvValue, row[1] as CsvValue, '', p]);
  });
}

/** Returns the summary of the `prechequeo` folder after writing one delivery per month. */
export function writePrechequeoDemo(root: string): SourceResult {
  const rng = createRng('prechequeo');
  const folder = openSourceFolder(root, 'prechequeo');
  const tipos = ['prechequeo_terrestre', 'autorizacion_salida_nna', 'control_movil'] as const;
  const series = tipos.map((tipo) => ({
    tipo,
    months: calibratedMonthlySeries(rng, { anterior: ANTERIOR[tipo], actual: TOTALES_ACTUAL.prechequeo[tipo] }, landTravelPattern, 0.05),
  }));
  for (const month of demoMonths()) {
    const cells: MonthCell[] = series.flatMap(({ tipo, months }) => {
      const cell = { dims: [tipo], count: months.get(month) ?? 0 };
      if (tipo === 'control_movil') return [{ ...cell, dims: [tipo, ''] }];
      const [posts, weights] = tipo === 'prechequeo_terrestre' ? [LAND_POSTS, LAND_WEIGHTS] : [NNA_POSTS, NNA_WEIGHTS];
      return splitCell(cell, posts, jitterWeights(rng, weights, 0.08));
    });
    const rows = perPatrol(rng, dailyRows(rng, month, cells, 'frontera_salida', 0.15));
    const name = deliveryName(month, 5);
    if (month === '2023-06') {
      folder.note('suma-sin-id', name, 'every delivery: control_movil sends one row per patrol with the same fecha and tipo (no puesto); they add up');
    }
    if (month === NEGATIVE_MONTH) {
      rows.push(['2023-10-14', 'prechequeo_terrestre', 'el_amatillo', -37]);
      folder.note('cuarentena-negativo', name, 'cantidad -37 (extra row with the key of a valid row, which must stay)', rows.length + 1);
    }
    folder.csv(name, HEADER, rows);
  }
  return folder.result();
}
