import { join } from 'node:path';
import { findSource } from '../../pipelines/contract/landing-sources.js';
import { ConnectorError, type ConnectorState } from '../../pipelines/connectors/connector.js';
import { createConnector } from '../../pipelines/connectors/connector-factory.js';
import { readConnectorStates, saveConnectorStates, type StateUpdate } from '../../pipelines/connectors/watermark-store.js';
import { runEdition } from '../run/run-edition.js';
import { entryFromReport, newRunId, recordRunsApart, type RunLogEntry, type RunOutcome, type SourceRunRecord } from '../run/run-log.js';
import { acquireWarehouseLock, describeHolder, WarehouseBusyError } from '../../pipelines/warehouse/warehouse-lock.js';
import type { ScheduleConfig } from './schedule-config.js';
import { progressToLog, type ScheduleLog } from './schedule-log.js';

/** The sources a cycle pulls, each with its attempt number for the current slot (1 = the scheduled run). */
export interface CycleRequest {
  readonly fuentes: readonly { readonly fuente: string; readonly intento: number }[];
  readonly signal: AbortSignal;
}

export interface SourceCycleOutcome {
  readonly fuente: string;
  readonly resultado: 'correcto' | 'sin_novedades' | 'fallido';
  /** Worth retrying soon (network, timeouts, a busy warehouse); a data or configuration problem is not. */
  readonly transitorio: boolean;
  readonly error?: string;
}

export interface CycleOutcome {
  readonly ejecucionId: string;
  readonly resultado: RunOutcome;
  readonly fuentes: readonly SourceCycleOutcome[];
  readonly error?: string;
}

/** Runs one scheduler cycle; the scheduler calls it one at a time. */
export type CycleRunner = (request: CycleRequest) => Promise<CycleOutcome>;

/**
 * Returns the real cycle: take the warehouse lock, let each source's connector write its delivery,
 * run the edition pipeline (extract → dbt → publish) like `memoria run`, and commit the run log and
 * the new watermarks with it; a failed run is logged on its own and changes nothing else. Entries
 * that could not be written (the warehouse was busy) go in with the next cycle.
 */
export function createCycleRunner(config: ScheduleConfig, log: ScheduleLog, detailed = false): CycleRunner {
  let unrecorded: RunLogEntry[] = [];
  return async ({ fuentes, signal }) => {
    const ejecucionId = newRunId();
    const inicio = new Date().toISOString();
    const names = fuentes.map((entry) => entry.fuente);
    log.info(`[${ejecucionId}] inicio: ${names.join(', ')}`);
    let lock;
    try {
      lock = await acquireWarehouseLock(config.almacen, {
        command: 'memoria schedule',
        waitMs: config.esperaAlmacenMs,
        signal,
        onWait: (holder) => log.info(`[${ejecucionId}] el almacén está en uso por ${describeHolder(holder)}; se espera`),
      });
    } catch (error) {
      if (!(error instanceof WarehouseBusyError)) throw error;
      log.warn(`[${ejecucionId}] ${error.message}`);
      const failed = fuentes.map((entry) => ({ fuente: entry.fuente, conector: connectorOf(config, entry.fuente), resultado: 'fallido' as const, intentos: entry.intento, error: error.message }));
      unrecorded.push({ ejecucionId, origen: 'programada', inicio, fin: new Date().toISOString(), resultado: 'fallido', error: error.message, fuentes: failed });
      return { ejecucionId, resultado: 'fallido', error: error.message, fuentes: failed.map((f) => ({ ...f, transitorio: !signal.aborted })) };
    }
    try {
      const states = await readConnectorStates(config.almacen);
      const pulls: (SourceRunRecord & { transitorio?: boolean; state?: ConnectorState })[] = [];
      for (const { fuente, intento } of fuentes) pulls.push({ ...(await pullSource(config, fuente, states.get(fuente), signal, log, ejecucionId)), intentos: intento });
      const records = pulls.map(({ transitorio: _t, state: _s, ...record }) => record);
      const context = { ejecucionId, origen: 'programada' as const, fuentes: records, anteriores: unrecorded };
      const transient = new Map(pulls.map((pull) => [pull.fuente, pull.transitorio ?? false]));
      let entry: RunLogEntry;
      if (signal.aborted || pulls.every((pull) => pull.resultado === 'fallido')) {
        const resultado = signal.aborted ? 'interrumpido' : 'fallido';
        const error = signal.aborted ? 'se interrumpió porque el servicio se está deteniendo' : 'ninguna fuente se pudo extraer';
        // Nothing was loaded: a pull that worked still counts as failed for this run (its file loads next time).
        const fuentesRun = records.map((record) => (record.resultado === 'fallido' ? record : { ...record, resultado: 'fallido' as const, error }));
        entry = { ejecucionId, origen: 'programada', inicio, fin: new Date().toISOString(), resultado, error, fuentes: fuentesRun };
      } else {
        const updates: StateUpdate[] = pulls.flatMap((pull) => (pull.state ? [{ fuente: pull.fuente, conector: pull.conector, state: pull.state }] : []));
        const report = await runEdition(
          {
            landing: config.entrada,
            out: config.edicion,
            warehouse: config.almacen,
            period: config.periodo,
            lock,
            signal,
            runLog: context,
            beforeCommit: (warehouse) => saveConnectorStates(warehouse, updates, ejecucionId),
          },
          progressToLog(log, `[${ejecucionId}]`, detailed),
        );
        const resultado = report.resultado === 'correcto' ? 'correcto' : signal.aborted ? 'interrumpido' : 'fallido';
        entry = entryFromReport(report, context, resultado);
        if (resultado === 'correcto') unrecorded = [];
      }
      if (entry.resultado !== 'correcto') await recordApart([...unrecorded, entry], ejecucionId);
      const seconds = Math.round((Date.parse(entry.fin) - Date.parse(inicio)) / 1000);
      if (entry.resultado === 'correcto') log.info(`[${ejecucionId}] correcta en ${seconds} s; edición publicada en ${config.edicion}`);
      else log.error(`[${ejecucionId}] ${entry.resultado === 'interrumpido' ? 'interrumpida' : 'fallida'} en ${seconds} s: ${entry.error}. El almacén y la edición quedan como estaban.`);
      return {
        ejecucionId,
        resultado: entry.resultado,
        error: entry.error,
        fuentes: entry.fuentes
          .filter((source) => names.includes(source.fuente))
          .map((source) => ({
            fuente: source.fuente,
            resultado: source.resultado,
            error: source.error,
            transitorio: source.resultado === 'fallido' && (transient.get(source.fuente) ?? false),
          })),
      };
    } finally {
      await lock.release();
    }
  };

  /** Commits the entries of a run that published nothing; kept for the next cycle if even that fails. */
  async function recordApart(entries: RunLogEntry[], id: string): Promise<void> {
    try {
      await recordRunsApart(config.almacen, entries);
      unrecorded = [];
    } catch (error) {
      unrecorded = entries;
      log.error(`[${id}] no se pudo escribir el registro de ejecuciones: ${(error as Error).message}`);
    }
  }
}

async function pullSource(config: ScheduleConfig, fuente: string, state: ConnectorState | undefined, signal: AbortSignal, log: ScheduleLog, id: string) {
  const scheduled = config.fuentes.find((entry) => entry.fuente === fuente)!;
  const connector = createConnector(scheduled.conector);
  const start = performance.now();
  const seconds = () => Math.round((performance.now() - start) / 100) / 10;
  const prefix = `[${id}] ${fuente} (${connector.tipo}):`;
  try {
    const result = await connector.pull({
      source: findSource(fuente)!,
      folder: join(config.entrada, fuente),
      state,
      signal,
      log: (message) => log.info(`${prefix} ${message}`),
    });
    if (result.archivo) log.info(`${prefix} entrega ${result.archivo} con ${result.filas} registros`);
    return { fuente, conector: connector.tipo, resultado: 'correcto' as const, archivo: result.archivo, filasExtraidas: result.filas, segundos: seconds(), state: result.state };
  } catch (error) {
    const transitorio = error instanceof ConnectorError ? error.transitorio : false;
    const message = error instanceof ConnectorError ? error.message : `error inesperado: ${(error as Error).message}`;
    log.error(`${prefix} falló la extracción${transitorio ? ' (transitorio)' : ''}: ${message}`);
    return { fuente, conector: connector.tipo, resultado: 'fallido' as const, error: message, segundos: seconds(), transitorio };
  }
}

function connectorOf(config: ScheduleConfig, fuente: string): string {
  return config.fuentes.find((entry) => entry.fuente === fuente)?.conector.tipo ?? 'carpeta';
}
