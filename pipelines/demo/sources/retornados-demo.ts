/**
 * `retornados`: one row per returned Salvadoran received by the GAMI (record-level, with id), with
 * way of return, sex, age in whole years (minors included, a few unknown) and country of departure.
 * Totals by way and sex match Tabla 17. October 2023 is delivered twice, byte for byte.
 */
import { RETORNADOS_VIA } from '../golden/memoria-2023-2024-servicios.js';
import type { SourceResult } from '../demo-summary.js';
import { expandCounts } from '../shared/allocate.js';
import { deliveryName, demoMonths } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import { createRng, pickWeighted, randomInt, type Rng } from '../shared/prng.js';
import { DayBuckets, yearlyIds } from '../shared/records.js';
import { returnsPattern } from '../shared/seasonality.js';
import { openSourceFolder } from '../shared/source-folder.js';

const HEADER = ['id', 'fecha', 'via', 'sexo', 'edad', 'pais_procedencia'];
const REDELIVERED_MONTH = '2023-10';

type Via = keyof typeof RETORNADOS_VIA;
type Returnee = readonly [via: Via, sexo: 'M' | 'F'];

const ORIGIN: Record<Via, { countries: string[]; weights: number[] }> = {
  aerea: { countries: ['USA', 'MEX'], weights: [0.82, 0.18] },
  terrestre: { countries: ['MEX', 'GTM'], weights: [0.55, 0.45] },
};

/** Returns an age in whole years ('' when the record has none): mostly young adults, some minors. */
function age(rng: Rng, via: Via, sexo: 'M' | 'F'): CsvValue {
  if (rng() < 0.01) return '';
  const minorShare = via === 'terrestre' ? 0.25 : sexo === 'F' ? 0.12 : 0.06;
  if (rng() < minorShare) return randomInt(rng, 0, 17);
  return 18 + Math.floor(44 * rng() ** 1.7);
}

/** Returns the summary of the `retornados` folder after writing one delivery per month and the re-delivery. */
export function writeRetornadosDemo(root: string): SourceResult {
  const rng = createRng('retornados');
  const folder = openSourceFolder(root, 'retornados');
  const nextId = yearlyIds('RET', 5);
  const series = (Object.keys(RETORNADOS_VIA) as Via[]).flatMap((via) =>
    (['M', 'F'] as const).map((sexo) => {
      const key = sexo === 'M' ? 'm' : 'f';
      const golden = RETORNADOS_VIA[via];
      const months = calibratedMonthlySeries(rng, { anterior: golden.anterior[key], actual: golden.actual[key] }, returnsPattern, 0.1);
      return { returnee: [via, sexo] as Returnee, months };
    }),
  );
  for (const month of demoMonths()) {
    const buckets = new DayBuckets<Returnee>();
    for (const via of ['aerea', 'terrestre'] as const) {
      const counts = series.filter((s) => s.returnee[0] === via).map((s) => [s.returnee, s.months.get(month) ?? 0] as const);
      buckets.spread(rng, month, via === 'aerea' ? 'vuelos' : 'habiles', expandCounts(rng, counts));
    }
    const rows: CsvValue[][] = buckets.ordered(rng).map(([day, [via, sexo]]) => [nextId(day), day, via, sexo, age(rng, via, sexo), pickWeighted(rng, ORIGIN[via].countries, ORIGIN[via].weights)]);
    const name = folder.csv(deliveryName(month, 6), HEADER, rows);
    if (month === REDELIVERED_MONTH) {
      const again = folder.csv(deliveryName(month, 20, 'csv', 'reenvio'), HEADER, rows);
      folder.note('reenvio', again, `identical bytes to ${name}: loading it changes nothing`);
    }
  }
  return folder.result();
}
