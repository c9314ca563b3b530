/**
 * `visas`: resolutions of the Visas y Prórrogas department per working day, trámite and sex;
 * PEI endorsements (online, every day) exist from November 2023. Totals match Tabla 11. The
 * December 2023 delivery carries a row whose date cannot be parsed.
 */
import { AVAL_PEI_DESDE, TOTALES_ACTUAL } from '../golden/memoria-2023-2024-servicios.js';
import type { SourceResult } from '../demo-summary.js';
import { dailyRows, splitCell, type MonthCell } from '../shared/aggregate-rows.js';
import { jitterWeights } from '../shared/allocate.js';
import { deliveryName, demoMonths } from '../shared/calendar.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import { createRng } from '../shared/prng.js';
import { officePattern, startingIn } from '../shared/seasonality.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['fecha', 'tramite', 'sexo', 'cantidad'];
const BAD_DATE_MONTH = '2023-12';

/** Comparison-period totals (Jun-22..Mar-23); the Memoria does not print them. */
const ANTERIOR = { visa: 3512, prorroga: 3371, aval_pei: 0 } as const;

/** Returns the summary of the `visas` folder after writing one delivery per month. */
export function writeVisasDemo(root: string): SourceResult {
  const rng = createRng('visas');
  const folder = openSourceFolder(root, 'visas');
  const series = (['visa', 'prorroga', 'aval_pei'] as const).map((tramite) => ({
    tramite,
    months: calibratedMonthlySeries(
      rng,
      { anterior: ANTERIOR[tramite], actual: TOTALES_ACTUAL.visas[tramite] },
      tramite === 'aval_pei' ? startingIn(AVAL_PEI_DESDE, officePattern) : officePattern,
      0.08,
    ),
  }));
  for (const month of demoMonths()) {
    const cells: MonthCell[] = series.flatMap(({ tramite, months }) =>
      splitCell({ dims: [tramite], count: months.get(month) ?? 0, profile: tramite === 'aval_pei' ? 'continuo' : 'habiles' }, ['M', 'F'], jitterWeights(rng, [0.56, 0.44], 0.06)),
    );
    const rows = dailyRows(rng, month, cells, 'habiles');
    const name = deliveryName(month, 4);
    if (month === BAD_DATE_MONTH) {
      rows.push(['2023-13-45', 'visa', 'M', 3]);
      folder.note('cuarentena-fecha', name, "fecha '2023-13-45' cannot be parsed (extra row)", rows.length + 1);
    }
    folder.csv(name, HEADER, rows);
  }
  return folder.result();
}
