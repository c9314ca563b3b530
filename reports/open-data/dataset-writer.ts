import { join } from 'node:path';
import { sqlIdentifier, sqlString, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { ProtectedTable } from '../../privacy/protected-release.js';
import type { OpenDataset } from './open-datasets.js';

export interface WrittenDataset {
  readonly columns: { name: string; type: string }[];
  readonly files: { csv: string; parquet: string };
}

/**
 * Writes one dataset as `<name>.csv` (UTF-8, `,`, header, `.` decimals, empty for missing) and
 * `<name>.parquet`, both by DuckDB: from the mart, or from its protected version when it has one.
 */
export async function writeDataset(warehouse: Warehouse, dataset: OpenDataset, dir: string, table?: ProtectedTable): Promise<WrittenDataset> {
  let relation = `marts.${sqlIdentifier(dataset.name)}`;
  let columns: { name: string; type: string }[];
  if (table) {
    relation = await loadProtected(warehouse, table);
    columns = table.columns;
  } else {
    const described = await warehouse.rows<{ column_name: string; column_type: string }>(`describe ${relation}`);
    columns = described.map((column) => ({ name: column.column_name, type: column.column_type }));
  }
  columns = columns.filter((column) => !dataset.omitFields?.includes(column.name));
  const query = `select ${columns.map((column) => sqlIdentifier(column.name)).join(', ')} from ${relation} order by ${dataset.orderBy ?? 'all'}`;
  const files = { csv: `${dataset.name}.csv`, parquet: `${dataset.name}.parquet` };
  await warehouse.run(`copy (${query}) to ${sqlString(join(dir, files.csv))} (header, delimiter ',')`);
  await warehouse.run(`copy (${query}) to ${sqlString(join(dir, files.parquet))} (format parquet, compression zstd)`);
  return { columns, files };
}

/** Loads a protected table into a temp table with the mart's own types; returns its name. */
async function loadProtected(warehouse: Warehouse, table: ProtectedTable): Promise<string> {
  const staging = `publicar_${table.name}`;
  await warehouse.run(`create or replace temp table ${staging}_texto (${table.columns.map((column) => `${sqlIdentifier(column.name)} varchar`).join(', ')})`);
  const appender = await warehouse.connection.createAppender(`${staging}_texto`, 'main', 'temp');
  for (const row of table.rows) {
    for (const column of table.columns) {
      const value = row[column.name];
      if (value === null || value === undefined) appender.appendNull();
      else appender.appendVarchar(value);
    }
    appender.endRow();
  }
  appender.closeSync();
  const casts = table.columns.map((column) => `cast(${sqlIdentifier(column.name)} as ${column.type}) as ${sqlIdentifier(column.name)}`);
  await warehouse.run(`create or replace temp table ${staging} as select ${casts.join(', ')} from ${staging}_texto`);
  return `temp.main.${staging}`;
}
