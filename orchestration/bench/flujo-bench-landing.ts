/**
 * Record-level `flujo` deliveries for the benchmark: one row per border crossing (id, day, post,
 * vía, direction, sex, nationality), one delivery per month, as the integrated migration-control
 * system exports them. Seeded, so the same call writes byte-identical files. A few rows break the
 * contract on purpose (a lone `H` for sexo, a repeated id) so that quarantine is part of the cost.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { addMonths } from '../../pipelines/demo/shared/calendar.js';
import { hashText, mulberry32, type Rng } from '../../pipelines/demo/shared/prng.js';

const HEADER = 'id,fecha,puesto,via,direccion,sexo,nacionalidad';

/** Border posts with their vía and share of crossings (the airport carries most). */
const POSTS: ReadonlyArray<readonly [string, string, number]> = [
  ['aies_soarg', 'aerea', 52],
  ['ilopango', 'aerea', 1],
  ['la_hachadura', 'terrestre', 10],
  ['las_chinamas', 'terrestre', 8],
  ['san_cristobal', 'terrestre', 7],
  ['anguiatu', 'terrestre', 3],
  ['el_poy', 'terrestre', 7],
  ['el_amatillo', 'terrestre', 10],
  ['puerto_acajutla', 'maritima', 1],
  ['puerto_la_union', 'maritima', 1],
];
const NATIONALITIES: ReadonlyArray<readonly [string, number]> = [
  ['SLV', 58],
  ['GTM', 12],
  ['HND', 10],
  ['USA', 8],
  ['NIC', 4],
  ['MEX', 2],
  ['CRI', 1],
  ['PAN', 1],
  ['COL', 1],
  ['ESP', 1],
  ['CAN', 1],
  ['VEN', 1],
];

/** One delivery file the generator wrote. */
export interface BenchDelivery {
  readonly file: string;
  readonly rows: number;
}

/** Returns a picker that draws an index with probability proportional to its weight. */
function weightedIndex(weights: readonly number[]): (rng: Rng) => number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const weight of weights) cumulative.push((running += weight) / total);
  return (rng) => {
    const target = rng();
    let index = 0;
    while (index < cumulative.length - 1 && target >= cumulative[index]) index++;
    return index;
  };
}

const pickPost = weightedIndex(POSTS.map((post) => post[2]));
const pickNationality = weightedIndex(NATIONALITIES.map((nationality) => nationality[1]));

/** Returns the number of days of a `YYYY-MM` month. */
function daysIn(month: string): number {
  const [year, mon] = month.split('-').map(Number);
  return new Date(Date.UTC(year, mon, 0)).getUTCDate();
}

/** Returns the record id of crossing `seq` of a month: the month's digits, then a 7-digit sequence. */
export function crossingId(month: string, seq: number): string {
  return `${month.replace('-', '')}${String(seq).padStart(7, '0')}`;
}

/** Returns the delivery name of a month's export: sent on the 5th of the next month. */
export function monthDeliveryName(month: string): string {
  return `${addMonths(month, 1)}-05_sicm.csv`;
}

/**
 * Writes the export of one month with `rows` crossings to `<dir>/flujo/` and returns it. Every
 * 250,000th row carries sexo `H` and every 500,000th repeats the previous id (both quarantined).
 */
export async function writeBenchMonth(dir: string, month: string, rows: number): Promise<BenchDelivery> {
  const folder = join(dir, 'flujo');
  await mkdir(folder, { recursive: true });
  const file = join(folder, monthDeliveryName(month));
  const rng = mulberry32(hashText(`memoria-bench/flujo/${month}`));
  const days = Array.from({ length: daysIn(month) }, (_, day) => `${month}-${String(day + 1).padStart(2, '0')}`);
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  let chunk = `${HEADER}\r\n`;
  for (let seq = 1; seq <= rows; seq++) {
    const [puesto, via] = POSTS[pickPost(rng)];
    const direccion = rng() < 0.5 ? 'entrada' : 'salida';
    let sexo = rng() < 0.52 ? 'M' : 'F';
    if (seq % 250_000 === 0) sexo = 'H';
    const id = crossingId(month, seq % 500_000 === 0 ? seq - 1 : seq);
    chunk += `${id},${days[Math.floor(rng() * days.length)]},${puesto},${via},${direccion},${sexo},${NATIONALITIES[pickNationality(rng)][0]}\r\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await finished(out);
  return { file, rows };
}

/**
 * Writes a correction of an old month to `<dir>/flujo/`, delivered on `deliveredOn` (YYYY-MM-DD):
 * `rows` crossings of `month` sent again with the same ids, now filed at El Amatillo by land
 * (a post that was keyed wrong). The later delivery replaces them: the old month changes.
 */
export async function writeBenchCorrection(dir: string, month: string, rows: number, deliveredOn: string): Promise<BenchDelivery> {
  const folder = join(dir, 'flujo');
  await mkdir(folder, { recursive: true });
  const file = join(folder, `${deliveredOn}_correccion_${month}.csv`);
  const rng = mulberry32(hashText(`memoria-bench/flujo/correccion/${month}`));
  const lines = [HEADER];
  for (let seq = 1; seq <= rows; seq++) {
    const sexo = rng() < 0.52 ? 'M' : 'F';
    lines.push(`${crossingId(month, seq * 7)},${month}-15,el_amatillo,terrestre,entrada,${sexo},${NATIONALITIES[pickNationality(rng)][0]}`);
  }
  const out = createWriteStream(file);
  out.end(lines.join('\r\n') + '\r\n');
  await finished(out);
  return { file, rows };
}
