import { DuckDBInstance } from '@duckdb/node-api';
import { nodeDuckDBSettings, sqlString } from '../../pipelines/warehouse/warehouse-connection.js';

/**
 * Tables an incremental build must leave exactly as a full rebuild does (the period's, then the
 * flows' from raw rows to published figures and quality marts), with the columns that legitimately
 * differ (`lote`: which build computed the row).
 */
const COMPARED: ReadonlyArray<readonly [string, string[]]> = [
  ['intermediate.int_periodos', []],
  ['intermediate.int_flujo__validadas', ['lote']],
  ['intermediate.int_flujo__corregidas', ['lote']],
  ['intermediate.int_flujo__mensual', ['lote']],
  ['intermediate.int_flujo__dia_semana', ['lote']],
  ['marts.flujo_dia_semana', []],
  ['marts.flujo_mensual', []],
  ['marts.cuadros_memoria', []],
  ['calidad.cuarentena', []],
  ['calidad.cambios_granularidad', []],
  ['calidad.codigos_desconocidos', []],
];

/**
 * Returns the tables whose content differs between two warehouse files (row count and an
 * order-independent checksum of every row), in Spanish; empty when they hold the same data. By
 * default the tables an incremental build must leave as a rebuild does; `tables` names others,
 * each with the columns left aside.
 */
export async function compareWarehouses(left: string, right: string, tables: ReadonlyArray<readonly [string, readonly string[]]> = COMPARED): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:', { ...nodeDuckDBSettings });
  const connection = await instance.connect();
  try {
    await connection.run(`attach ${sqlString(left)} as izquierda (read_only)`);
    await connection.run(`attach ${sqlString(right)} as derecha (read_only)`);
    const differences: string[] = [];
    for (const [table, ignored] of tables) {
      const summary = async (database: string) => {
        const columns = await connection.runAndReadAll(`select column_name from duckdb_columns() where database_name = ? and schema_name = ? and table_name = ? order by column_index`, [
          database,
          ...table.split('.'),
        ]);
        const kept = columns
          .getRowObjects()
          .map((row) => String(row.column_name))
          .filter((name) => !ignored.includes(name));
        const reader = await connection.runAndReadAll(
          `select count(*)::varchar || ' filas, suma ' || coalesce(sum(hash(fila)::hugeint), 0)::varchar as resumen
           from (select ${kept.map((name) => `"${name}"`).join(', ')} from ${database}.${table}) as fila`,
        );
        return String(reader.getRowObjects()[0].resumen);
      };
      const [a, b] = [await summary('izquierda'), await summary('derecha')];
      if (a !== b) differences.push(`${table}: ${a} contra ${b}`);
    }
    return differences;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
