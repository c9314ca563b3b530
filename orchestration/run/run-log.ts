import { randomBytes } from 'node:crypto';
import type { RunReport } from './run-report.js';
import { beginWarehouseTransaction } from '../../pipelines/warehouse/warehouse-transaction.js';
import { openWarehouse, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';

/**
 * The run log, schema `registro` of the warehouse: one row per run (`registro.ejecuciones`) and one
 * per source of the run (`registro.ejecuciones_fuentes`). A successful run writes its rows into its
 * own warehouse transaction, so they commit with the data; a failed run's rows are committed
 * afterwards in a transaction of their own, so the warehouse data stays exactly as it was.
 */
export type RunOutcome = 'correcto' | 'fallido' | 'interrumpido';
export type SourceOutcome = 'correcto' | 'sin_novedades' | 'fallido';

/** One source in one run: what its connector fetched and what the extraction loaded. */
export interface SourceRunRecord {
  readonly fuente: string;
  readonly conector: string;
  readonly resultado: SourceOutcome;
  /** The delivery file the connector wrote into the landing folder, if any. */
  readonly archivo?: string;
  readonly filasExtraidas?: number;
  readonly entregasCargadas?: number;
  readonly filasCargadas?: number;
  readonly intentos?: number;
  readonly segundos?: number;
  readonly error?: string;
}

export interface RunLogEntry {
  readonly ejecucionId: string;
  /** `programada` (the scheduler) or `manual` (`memoria run`). */
  readonly origen: 'programada' | 'manual';
  readonly inicio: string;
  readonly fin: string;
  readonly resultado: RunOutcome;
  readonly error?: string;
  readonly desde?: string;
  readonly hasta?: string;
  readonly entregasCargadas?: number;
  readonly filasCargadas?: number;
  readonly filasCuarentena?: number;
  readonly version?: string;
  readonly fuentes: readonly SourceRunRecord[];
}

/** How a run enters the log: its id, who started it, what its connectors fetched, and entries still to write. */
export interface RunLogContext {
  readonly ejecucionId: string;
  readonly origen: 'programada' | 'manual';
  /** The connectors' pulls of this run (the scheduler); sources that only had files delivered are added from the report. */
  readonly fuentes: readonly SourceRunRecord[];
  /** Entries of earlier runs that could not be written then (the warehouse was busy); they go in with this one. */
  readonly anteriores?: readonly RunLogEntry[];
}

/** Returns a new run id: UTC time, process and a random suffix (sortable by start). */
export function newRunId(): string {
  return `${new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/**
 * Returns the log entry of a finished run: the connectors' pulls completed with what the extraction
 * loaded per source, plus every other source that had a delivery loaded or rejected.
 */
export function entryFromReport(report: RunReport, context: RunLogContext, resultado: RunOutcome): RunLogEntry {
  const loaded = new Map<string, { entregas: number; filas: number; rechazadas: number; vistas: number }>();
  // A failed run committed nothing: its deliveries count as not loaded (they load on the next good run).
  for (const delivery of resultado === 'correcto' ? report.entregas : report.entregas.filter((d) => d.estado === 'rechazada')) {
    const totals = loaded.get(delivery.fuente) ?? { entregas: 0, filas: 0, rechazadas: 0, vistas: 0 };
    totals.vistas++;
    if (delivery.estado === 'cargada') (totals.entregas++, (totals.filas += delivery.filas));
    if (delivery.estado === 'rechazada') totals.rechazadas++;
    loaded.set(delivery.fuente, totals);
  }
  const runFailed = resultado !== 'correcto';
  const outcome = (fuente: string): SourceOutcome => (runFailed ? 'fallido' : (loaded.get(fuente)?.entregas ?? 0) > 0 ? 'correcto' : 'sin_novedades');
  const pulled = new Set(context.fuentes.map((source) => source.fuente));
  const sources: SourceRunRecord[] = context.fuentes.map((source) => ({
    ...source,
    entregasCargadas: loaded.get(source.fuente)?.entregas ?? 0,
    filasCargadas: loaded.get(source.fuente)?.filas ?? 0,
    ...(source.resultado === 'fallido' ? {} : { resultado: outcome(source.fuente), error: runFailed ? report.error : undefined }),
  }));
  for (const [fuente, totals] of loaded) {
    if (pulled.has(fuente)) continue;
    // A manual run checked every folder; a scheduled run names only sources that brought something.
    if (context.origen === 'programada' && totals.entregas + totals.rechazadas === 0) continue;
    sources.push({ fuente, conector: 'carpeta', resultado: outcome(fuente), entregasCargadas: totals.entregas, filasCargadas: totals.filas, error: runFailed ? report.error : undefined });
  }
  return {
    ejecucionId: context.ejecucionId,
    origen: context.origen,
    inicio: report.inicio,
    fin: report.fin ?? new Date().toISOString(),
    resultado,
    error: runFailed ? report.error : undefined,
    desde: report.parametros.desde,
    hasta: report.parametros.hasta,
    entregasCargadas: [...loaded.values()].reduce((sum, totals) => sum + totals.entregas, 0),
    filasCargadas: [...loaded.values()].reduce((sum, totals) => sum + totals.filas, 0),
    filasCuarentena: runFailed ? undefined : report.cuarentena.total,
    version: report.version,
    fuentes: sources.sort((a, b) => a.fuente.localeCompare(b.fuente)),
  };
}

const DDL = `
  create schema if not exists registro;
  create table if not exists registro.ejecuciones (
    ejecucion_id varchar primary key, origen varchar not null, inicio timestamp not null, fin timestamp not null,
    segundos double not null, resultado varchar not null, error varchar, desde varchar, hasta varchar,
    entregas_cargadas integer, filas_cargadas bigint, filas_cuarentena bigint, version varchar);
  create table if not exists registro.ejecuciones_fuentes (
    ejecucion_id varchar not null, fuente varchar not null, conector varchar not null, resultado varchar not null,
    archivo varchar, filas_extraidas bigint, entregas_cargadas integer, filas_cargadas bigint, intentos integer,
    segundos double, error varchar, primary key (ejecucion_id, fuente));`;

/** Creates the run log's schema and tables where they do not exist yet. */
export async function ensureRunLogSchema(warehouse: Warehouse): Promise<void> {
  await warehouse.run(DDL);
}

/** Writes run log entries into an open warehouse (the run's own transaction, before it commits). */
export async function writeRunLog(warehouse: Warehouse, entries: readonly RunLogEntry[]): Promise<void> {
  await ensureRunLogSchema(warehouse);
  for (const entry of entries) {
    const seconds = (Date.parse(entry.fin) - Date.parse(entry.inicio)) / 1000;
    await warehouse.run('insert or replace into registro.ejecuciones values (?, ?, ?::timestamp, ?::timestamp, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      entry.ejecucionId,
      entry.origen,
      utc(entry.inicio),
      utc(entry.fin),
      seconds,
      entry.resultado,
      entry.error ?? null,
      entry.desde ?? null,
      entry.hasta ?? null,
      entry.entregasCargadas ?? null,
      entry.filasCargadas ?? null,
      entry.filasCuarentena ?? null,
      entry.version ?? null,
    ]);
    for (const source of entry.fuentes) {
      await warehouse.run('insert or replace into registro.ejecuciones_fuentes values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        entry.ejecucionId,
        source.fuente,
        source.conector,
        source.resultado,
        source.archivo ?? null,
        source.filasExtraidas ?? null,
        source.entregasCargadas ?? null,
        source.filasCargadas ?? null,
        source.intentos ?? null,
        source.segundos ?? null,
        source.error ?? null,
      ]);
    }
  }
}

/**
 * Commits run log entries on their own (a failed or interrupted run) in a transaction of the warehouse
 * swapped in by rename. The caller holds the warehouse lock.
 */
export async function recordRunsApart(warehousePath: string, entries: readonly RunLogEntry[]): Promise<void> {
  const transaction = await beginWarehouseTransaction(warehousePath);
  try {
    const warehouse = await openWarehouse(transaction.workPath);
    try {
      await writeRunLog(warehouse, entries);
    } finally {
      warehouse.close();
    }
    await transaction.commit();
  } catch (error) {
    await transaction.rollback();
    throw error;
  }
}

/** DuckDB's TIMESTAMP holds UTC wall time; ISO text with a Z becomes that wall time. */
function utc(iso: string): string {
  return new Date(iso).toISOString().replace('T', ' ').replace('Z', '');
}
