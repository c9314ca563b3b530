/**
 * Aggregate sources send counts (`cantidad`) per day or per month and dimension values. These helpers
 * turn a month's counts per cell into the rows of a delivery.
 */
import { splitTotal } from './allocate.js';
import type { CsvValue } from './csv-text.js';
import { splitOverDays, type DayProfile } from './daily-profile.js';
import type { Rng } from './prng.js';

/** A combination of dimension values and its count for one month. */
export interface MonthCell {
  readonly dims: readonly CsvValue[];
  readonly count: number;
  /** Day profile of this cell; defaults to the one passed to dailyRows. */
  readonly profile?: DayProfile;
}

/** Returns `[day, ...dims, cantidad]` rows in day order, leaving out days with nothing to report. */
export function dailyRows(rng: Rng, month: string, cells: readonly MonthCell[], profile: DayProfile, spread = 0.25): CsvValue[][] {
  const byDay = new Map<string, CsvValue[][]>();
  for (const cell of cells) {
    for (const [day, count] of splitOverDays(rng, cell.count, month, cell.profile ?? profile, spread)) {
      if (count === 0) continue;
      const rows = byDay.get(day) ?? [];
      rows.push([day, ...cell.dims, count]);
      byDay.set(day, rows);
    }
  }
  return [...byDay.keys()].sort().flatMap((day) => byDay.get(day) ?? []);
}

/** Returns `[month, ...dims, cantidad]` rows (one per cell, zeros left out). */
export function monthlyRows(month: string, cells: readonly MonthCell[]): CsvValue[][] {
  return cells.filter((c) => c.count > 0).map((c) => [month, ...c.dims, c.count]);
}

/** Returns cells that split a count over the values of one more dimension, following weights. */
export function splitCell(cell: MonthCell, values: readonly CsvValue[], weights: readonly number[]): MonthCell[] {
  const parts = splitTotal(cell.count, weights);
  return values.map((value, i) => ({ ...cell, dims: [...cell.dims, value], count: parts[i] ?? 0 }));
}

/** Returns the sum of the `cantidad` (last) column of rows. */
export function sumCantidad(rows: ReadonlyArray<readonly CsvValue[]>): number {
  return rows.reduce((sum, row) => sum + Number(row[row.length - 1]), 0);
}
