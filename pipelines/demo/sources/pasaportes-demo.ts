/**
 * `pasaportes`: one row per passport issued (record-level, with the issuance system's id), one
 * delivery per month. The July 2023 delivery carries an id scanned twice: the second row must go to
 * quarantine and the first one stays.
 */
import type { SourceResult } from '../demo-summary.js';
import { expandCounts, jitterWeights, splitTotal } from '../shared/allocate.js';
import { deliveryName } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { createRng, type Rng } from '../shared/prng.js';
import { DayBuckets, yearlyIds } from '../shared/records.js';
import { openSourceFolder } from '../shared/source-folder.js';
import { planPassports, type PassportCell } from './pasaportes-plan.js';

const HEADER = ['id', 'fecha', 'oficina_tipo', 'oficina', 'sexo', 'tramite', 'canal'];
const DUPLICATE_MONTH = '2023-07';
const DUPLICATE_ROW = 1500;

/** Share of first issues, renewals and revalidations. */
const TRAMITE_SHARES: Record<PassportCell['oficinaTipo'], number[]> = {
  sucursal: [0.27, 0.63, 0.1],
  consulado: [0.33, 0.62, 0.05],
};

type Passport = readonly [string, string, string, string, string];

/** Returns the month's passports of one office and sex, with their trámite and channel. */
function cellPassports(rng: Rng, cell: PassportCell): Passport[] {
  const [primera = 0, renovacion = 0, revalidacion = 0] = splitTotal(cell.count, jitterWeights(rng, TRAMITE_SHARES[cell.oficinaTipo], 0.08));
  if (renovacion < cell.enLinea) throw new Error(`pasaportes: ${cell.oficina} has fewer renewals than online ones`);
  const base = [cell.oficinaTipo, cell.oficina, cell.sexo] as const;
  return expandCounts<Passport>(rng, [
    [[...base, 'primera_vez', 'presencial'], primera],
    [[...base, 'renovacion', 'presencial'], renovacion - cell.enLinea],
    [[...base, 'renovacion', 'en_linea'], cell.enLinea],
    [[...base, 'revalidacion', 'presencial'], revalidacion],
  ]);
}

/** Returns the delivery's rows with a second row for an id that was already in it (another office). */
function withRepeatedId(rows: CsvValue[][]): { rows: CsvValue[][]; line: number } {
  let index = DUPLICATE_ROW;
  while (rows[index]?.[2] !== 'sucursal') index++;
  const original = rows[index] as CsvValue[];
  const repeated = [...original];
  repeated[3] = original[3] === 'central' ? 'soyapango' : 'central';
  return { rows: [...rows.slice(0, index + 1), repeated, ...rows.slice(index + 1)], line: index + 3 };
}

/** Returns the summary of the `pasaportes` folder after writing one delivery per month. */
export function writePasaportesDemo(root: string): SourceResult {
  const rng = createRng('pasaportes');
  const folder = openSourceFolder(root, 'pasaportes');
  const nextId = yearlyIds('PAS', 6);
  for (const [month, cells] of planPassports(rng)) {
    const buckets = new DayBuckets<Passport>();
    for (const cell of cells) {
      if (cell.count === 0) continue;
      buckets.spread(rng, month, cell.oficinaTipo === 'sucursal' ? 'oficina' : 'habiles', cellPassports(rng, cell));
    }
    let rows: CsvValue[][] = buckets.ordered(rng).map(([day, passport]) => [nextId(day), day, ...passport]);
    const name = deliveryName(month, 3);
    if (month === DUPLICATE_MONTH) {
      const repeated = withRepeatedId(rows);
      rows = repeated.rows;
      folder.note('cuarentena-id-repetido', name, `id ${String(rows[repeated.line - 2]?.[0])} appears twice; the second row (another office) must be quarantined`, repeated.line);
    }
    folder.csv(name, HEADER, rows);
  }
  return folder.result();
}
