import { existsSync } from 'node:fs';
import { openWarehouse, type Warehouse } from '../warehouse/warehouse-connection.js';
import type { ConnectorState } from './connector.js';

/**
 * Connector state in the warehouse, table `registro.marcas_agua` (one row per source). It is written
 * into the run's warehouse transaction, so a watermark advances exactly when the run that loaded its records
 * commits, and never for a failed or killed run.
 */
const DDL = `
  create schema if not exists registro;
  create table if not exists registro.marcas_agua (
    fuente varchar primary key, conector varchar not null, marca varchar not null, frontera varchar not null,
    actualizada_en timestamp not null, ejecucion_id varchar)`;

/** A state to save for a source when the run commits. */
export interface StateUpdate {
  readonly fuente: string;
  readonly conector: string;
  readonly state: ConnectorState;
}

/** Returns the saved state of every source, read from the (live) warehouse; empty when there is none yet. */
export async function readConnectorStates(warehousePath: string): Promise<Map<string, ConnectorState>> {
  const states = new Map<string, ConnectorState>();
  if (!existsSync(warehousePath)) return states;
  const warehouse = await openWarehouse(warehousePath, { readOnly: true });
  try {
    const [{ present }] = await warehouse.rows<{ present: number }>("select count(*)::integer as present from duckdb_tables() where schema_name = 'registro' and table_name = 'marcas_agua'");
    if (!present) return states;
    for (const row of await warehouse.rows<{ fuente: string; marca: string; frontera: string }>('select fuente, marca, frontera from registro.marcas_agua')) {
      states.set(row.fuente, { marca: row.marca, frontera: JSON.parse(row.frontera) as Record<string, string> });
    }
    return states;
  } finally {
    warehouse.close();
  }
}

/** Writes states into the run's open warehouse transaction (called just before the run commits). */
export async function saveConnectorStates(warehouse: Warehouse, updates: readonly StateUpdate[], runId: string): Promise<void> {
  await warehouse.run(DDL);
  for (const update of updates) {
    await warehouse.run("insert or replace into registro.marcas_agua values (?, ?, ?, ?, now() at time zone 'UTC', ?)", [
      update.fuente,
      update.conector,
      update.state.marca,
      JSON.stringify(update.state.frontera),
      runId,
    ]);
  }
}
