import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { checkpointsHeld, settleAbandonedTransactions } from './pending-transaction.js';

/**
 * One open warehouse file. Node holds it only between `openWarehouse` and `close`: dbt runs in
 * another process and DuckDB allows one writer per file, so every caller closes before dbt starts.
 *
 * Conversion policy for values read into Node: whole numbers become `number` (they are counts, far
 * below 2^53; a larger one throws rather than lose precision), DECIMAL and DATE values must be cast
 * to VARCHAR in SQL so money stays exact and no date shifts through a time zone.
 */
export interface Warehouse {
  readonly connection: DuckDBConnection;
  run(sql: string, values?: DuckDBValue[]): Promise<void>;
  rows<T = Record<string, unknown>>(sql: string, values?: DuckDBValue[]): Promise<T[]>;
  close(): void;
}

/**
 * Settings of every DuckDB instance Node opens. A bounded cache: bulk loads need little memory,
 * and the machine is shared (see profiles.yml); larger work spills to disk.
 */
export const nodeDuckDBSettings: Readonly<Record<string, string>> = { threads: '2', memory_limit: '1GB' };

/**
 * The write-ahead log size at which DuckDB would checkpoint on its own, while a transaction of this
 * process writes the file in place: never (its checkpoint is the commit, pending-transaction.ts).
 */
export const HELD_CHECKPOINT_THRESHOLD = '1TB';

/**
 * Returns an open connection to the warehouse file at `path` (created when missing unless read-only).
 * Outside this process's own transaction, a transaction left by a killed run is discarded first and
 * a live one refuses the open (WarehouseBusyError): what it wrote is not committed yet.
 */
export async function openWarehouse(path: string, options: { readOnly?: boolean } = {}): Promise<Warehouse> {
  const held = path !== ':memory:' && checkpointsHeld(path);
  if (path !== ':memory:' && !held) await settleAbandonedTransactions(path);
  const settings: Record<string, string> = { ...nodeDuckDBSettings };
  if (options.readOnly) settings.access_mode = 'READ_ONLY';
  if (held) settings.checkpoint_threshold = HELD_CHECKPOINT_THRESHOLD;
  const instance = await DuckDBInstance.create(path, settings);
  const connection = await instance.connect();
  if (held && !options.readOnly) await connection.run('pragma disable_checkpoint_on_shutdown');
  return {
    connection,
    async run(sql, values) {
      await connection.run(sql, values);
    },
    async rows<T>(sql: string, values?: DuckDBValue[]) {
      const reader = await connection.runAndReadAll(sql, values);
      return reader.getRowObjectsJS().map((row) => toPlain(row)) as T[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function toPlain(row: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'bigint') {
      if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
        throw new Error(`El valor ${value} de «${key}» no cabe en un número exacto de JavaScript.`);
      }
      plain[key] = Number(value);
    } else {
      plain[key] = value;
    }
  }
  return plain;
}

/** Returns a SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Returns a quoted SQL identifier. */
export function sqlIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
