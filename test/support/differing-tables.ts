import { expect } from 'vitest';
import { compareWarehouses } from '../../orchestration/bench/compare-warehouses.js';
import { openWarehouse } from '../../pipelines/warehouse/warehouse-connection.js';

/**
 * Returns the tables of the intermediate, marts and calidad schemas whose rows differ between two
 * warehouses (compareWarehouses: row count and checksum of every row), leaving aside `lote` (which
 * build computed a row) and `cargada_en` (when each warehouse loaded a delivery).
 */
export async function differingTables(left: string, right: string): Promise<string[]> {
  const warehouse = await openWarehouse(left, { readOnly: true });
  let tables: string[];
  try {
    const rows = await warehouse.rows<{ name: string }>(`select schema_name || '.' || table_name as name from duckdb_tables() where schema_name in ('intermediate', 'marts', 'calidad') order by name`);
    tables = rows.map((row) => row.name);
  } finally {
    warehouse.close();
  }
  expect(tables.length).toBeGreaterThan(50);
  return compareWarehouses(
    left,
    right,
    tables.map((table) => [table, ['lote', 'cargada_en']] as const),
  );
}
