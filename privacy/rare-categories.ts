import type { ProtectedTable } from './protected-release.js';
import { MERGED_CODE, type ProtectedSource } from './protected-sources.js';

/**
 * Merges the rare values of each source's `mergeRare` dimension into `otras`, the same values in
 * every table of the edition (the registry's nationalities: a value merged in residencias is
 * merged in visas too). A value is rare when more than half of its non-zero cells, over all those
 * tables, count fewer people than the threshold: published on its own it would be mostly blanks.
 * Earlier releases bind the choice: a value they merged stays merged, one they published on its
 * own stays on its own (so no two `otras` can be subtracted). Rewrites the tables in place (rows
 * re-added after merging) and returns the merged values, sorted.
 */
export function mergeRareCategories(
  sources: readonly ProtectedSource[],
  marts: Map<string, ProtectedTable>,
  threshold: number,
  earlier: { readonly merged: ReadonlySet<string>; readonly separate: ReadonlySet<string> } = { merged: new Set(), separate: new Set() },
): string[] {
  const merging = sources.filter((source) => source.mergeRare);
  const cells = new Map<string, { nonZero: number; small: number }>();
  for (const source of merging) {
    for (const row of marts.get(source.mart)!.rows) {
      const value = row[source.mergeRare!];
      const count = Number(row.cantidad);
      if (!value || count === 0) continue;
      const entry = cells.get(value) ?? { nonZero: 0, small: 0 };
      entry.nonZero++;
      if (count < threshold) entry.small++;
      cells.set(value, entry);
    }
  }
  const rare = new Set([...cells].filter(([value, entry]) => earlier.merged.has(value) || (entry.small * 2 > entry.nonZero && !earlier.separate.has(value))).map(([value]) => value));
  if (rare.size === 0) return [];

  for (const source of merging) {
    const table = marts.get(source.mart)!;
    const column = source.mergeRare!;
    const keyColumns = table.columns.map((c) => c.name).filter((name) => name !== 'cantidad' && name !== 'suprimido');
    const merged = new Map<string, Record<string, string | null>>();
    for (const row of table.rows) {
      const value = row[column];
      const published = { ...row, [column]: value && rare.has(value) ? MERGED_CODE : value };
      const key = JSON.stringify(keyColumns.map((name) => published[name]));
      const existing = merged.get(key);
      if (existing) existing.cantidad = String(Number(existing.cantidad) + Number(published.cantidad));
      else merged.set(key, published);
    }
    const rows = [...merged.values()].sort((a, b) => compareRows(a, b, keyColumns));
    table.rows.splice(0, table.rows.length, ...rows);
  }
  return [...rare].sort();
}

function compareRows(a: Record<string, string | null>, b: Record<string, string | null>, columns: string[]): number {
  for (const column of columns) {
    const left = a[column] ?? '';
    const right = b[column] ?? '';
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}
