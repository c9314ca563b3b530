import { sqlIdentifier, type Warehouse } from '../pipelines/warehouse/warehouse-connection.js';
import type { BaseCell } from './figure-system.js';
import type { ProtectedTable, TextRow } from './protected-release.js';
import { protectedSources, type ProtectedSource } from './protected-sources.js';
import { readEarlierMerges } from './publication-ledger.js';
import { mergeRareCategories } from './rare-categories.js';

/** The finest grid of the protected sources, as every release and answer adds it up. */
export interface FinestGrid {
  /** Each protected source's monthly mart, rare categories merged. */
  readonly marts: Map<string, ProtectedTable>;
  /** The base cell of each row of each mart, in row order (derived dimensions included). */
  readonly cells: Map<string, BaseCell[]>;
  /** Values merged into `otras`. */
  readonly merged: string[];
}

/**
 * Reads the finest grid of every protected source: its monthly mart with the rare values merged
 * into `otras` as earlier releases bind it (privacy/rare-categories.ts), each row a base cell with
 * its derived dimensions (`region` of `nacionalidad`). The edition publishes these cells; an
 * answer to an information request adds them up.
 */
export async function readFinestGrid(warehouse: Warehouse, threshold: number): Promise<FinestGrid> {
  const marts = new Map<string, ProtectedTable>();
  for (const source of protectedSources) marts.set(source.mart, await readProtectedTable(warehouse, source.mart));
  const merging = protectedSources.filter((source) => source.mergeRare);
  const earlierMerges = merging.length
    ? await readEarlierMerges(
        warehouse,
        merging[0].mergeRare!,
        merging.map((source) => source.source),
      )
    : undefined;
  const merged = mergeRareCategories(protectedSources, marts, threshold, earlierMerges);
  const cells = new Map<string, BaseCell[]>();
  for (const source of protectedSources) {
    const derived = await derivedLookups(warehouse, source);
    cells.set(
      source.mart,
      marts.get(source.mart)!.rows.map((row) => {
        const dims: Record<string, string> = {};
        for (const dimension of source.dimensions) dims[dimension] = row[dimension] ?? '';
        for (const [name, lookup] of derived) dims[name] = lookup.get(dims[source.derived![name].from]) ?? 'no_reconocida';
        return { source: source.source, mes: row.mes!, dims, value: Number(row.cantidad), sensitive: source.isSensitive(dims) };
      }),
    );
  }
  return { marts, cells, merged };
}

/** Returns, for each derived dimension of the source, the value of every code of the dimension it comes from. */
async function derivedLookups(warehouse: Warehouse, source: ProtectedSource): Promise<Map<string, Map<string, string>>> {
  const lookups = new Map<string, Map<string, string>>();
  for (const [name, rule] of Object.entries(source.derived ?? {})) {
    const rows = await warehouse.rows<{ codigo: string; valor: string }>(`select codigo, ${sqlIdentifier(rule.column)} as valor from referencia.${sqlIdentifier(rule.table)}`);
    lookups.set(name, new Map(rows.map((row) => [row.codigo, row.valor])));
  }
  return lookups;
}

/** Reads a mart with every value as text, plus a `suprimido` column to fill. */
export async function readProtectedTable(warehouse: Warehouse, name: string): Promise<ProtectedTable> {
  const relation = `marts.${sqlIdentifier(name)}`;
  const described = await warehouse.rows<{ column_name: string; column_type: string }>(`describe ${relation}`);
  const rows = await warehouse.rows<TextRow>(`select columns(*)::varchar from ${relation} order by all`);
  return { name, columns: [...described.map((column) => ({ name: column.column_name, type: column.column_type })), { name: 'suprimido', type: 'BOOLEAN' }], rows };
}
