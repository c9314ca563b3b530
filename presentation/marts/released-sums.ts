/**
 * Figures about protected populations as the reports may print them: rows of the tables the
 * disclosure control released (`context.release.tables`), added up only when none of the rows is
 * suppressed — a sum of published figures gives nothing away, a sum over a suppressed one would.
 */
import type { ProtectedRelease, ProtectedTable, TextRow } from '../../privacy/protected-release.js';
import { PRINTED_TOTALS } from '../../privacy/protected-sources.js';

/** A printed figure: a count, `suppressed` (prints `x`) or `notAvailable` (prints `..`: the table is not published). */
export type ReleasedFigure = number | 'suppressed' | 'notAvailable';

/** Returns the sum of the released rows that match: `suppressed` when one of them is, 0 when none matches (no row means zero). */
export function releasedSum(table: ProtectedTable | undefined, match: (row: TextRow) => boolean): ReleasedFigure {
  if (!table) return 'notAvailable';
  let sum = 0;
  for (const row of table.rows) {
    if (!match(row)) continue;
    if (row.suprimido === 'true' || row.cantidad === null) return 'suppressed';
    sum += Number(row.cantidad);
  }
  return sum;
}

/** Returns true when every column of `filter` has its value in the row. */
export const matching =
  (filter: Readonly<Record<string, string>>) =>
  (row: TextRow): boolean =>
    Object.entries(filter).every(([column, value]) => (row[column] ?? '') === value);

/** Returns the sum of two printed figures: suppressed when either is. */
export function addFigures(a: ReleasedFigure, b: ReleasedFigure): ReleasedFigure {
  if (a === 'suppressed' || b === 'suppressed') return 'suppressed';
  if (a === 'notAvailable' || b === 'notAvailable') return 'notAvailable';
  return a + b;
}

/**
 * Returns a protected measure's released total over `months`: each month from
 * `medidas_protegidas_mensual` when the measure is published there (a month without a row is zero),
 * else through `release.printed`, which vouches only for what the disclosure control saw or what
 * published cells add up to; `suppressed` when a month is withheld or cannot be vouched for.
 */
export function releasedMonths(release: ProtectedRelease, measure: string, months: readonly string[]): ReleasedFigure {
  const rows = (release.tables.get(PRINTED_TOTALS)?.rows ?? []).filter((row) => row.medida === measure);
  const byMonth = new Map(rows.map((row) => [row.mes!, row.suprimido === 'true' || row.cantidad === null || row.cantidad === '' ? null : Number(row.cantidad)]));
  const month = (mes: string): number | null => {
    if (rows.length) return byMonth.has(mes) ? byMonth.get(mes)! : 0;
    try {
      return release.printed(measure, mes, mes);
    } catch {
      return null;
    }
  };
  let sum = 0;
  for (const mes of months) {
    const value = month(mes);
    if (value === null) return 'suppressed';
    sum += value;
  }
  return sum;
}
