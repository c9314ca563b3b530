import { existsSync } from 'node:fs';
import { landingSources } from '../../pipelines/contract/landing-sources.js';
import { openWarehouse, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { inspectWarehouseLock, WarehouseBusyError, type LockHolder } from '../../pipelines/warehouse/warehouse-lock.js';
import { nextSlot } from './cron-times.js';
import { sourceFreshness, type Freshness } from './freshness.js';
import { readSourceHistory, type SourceHistory } from './source-history.js';
import type { ScheduleConfig } from './schedule-config.js';

/** One source as `memoria status` shows it. */
export interface SourceStatus {
  readonly fuente: string;
  readonly conector?: string;
  readonly cron?: string;
  readonly proxima?: Date;
  readonly ultimoCorrecto?: Date;
  readonly ultimoFallo?: Date;
  readonly errorUltimoFallo?: string;
  /** Latest raw.entregas.cargada_en of the source. */
  readonly ultimaEntrega?: Date;
  readonly cuarentena: number;
  readonly frescura: Freshness;
  /** What the freshness was measured from: the run log, or (never logged) the deliveries' load times. */
  readonly frescuraSegun?: 'registro' | 'entregas';
}

export interface WarehouseStatus {
  readonly almacen: string;
  readonly existe: boolean;
  readonly horario?: ScheduleConfig;
  readonly enCurso?: { readonly holder: LockHolder; readonly alive: boolean };
  /** Why the sources could not be read (a run is writing the warehouse and has not committed yet); `fuentes` is empty then. */
  readonly sinLectura?: string;
  readonly fuentes: readonly SourceStatus[];
  readonly cuarentenaTotal: number;
}

/** Returns the state of every scheduled or loaded source, read from the warehouse without writing it. */
export async function gatherStatus(warehousePath: string, schedule: ScheduleConfig | undefined, now: Date): Promise<WarehouseStatus> {
  const enCurso = await inspectWarehouseLock(warehousePath);
  if (!existsSync(warehousePath)) {
    const fuentes = (schedule?.fuentes ?? []).map((entry) => ({
      fuente: entry.fuente,
      conector: entry.conector.tipo,
      cron: entry.cron,
      proxima: nextSlot(entry.cron, now),
      cuarentena: 0,
      frescura: { estado: 'sin_datos' as const },
    }));
    return { almacen: warehousePath, existe: false, horario: schedule, enCurso, fuentes, cuarentenaTotal: 0 };
  }
  let warehouse: Warehouse;
  try {
    warehouse = await openWarehouse(warehousePath, { readOnly: true });
  } catch (error) {
    // A run writing the warehouse has not committed yet: its state is neither the old one nor the new one.
    if (!(error instanceof WarehouseBusyError)) throw error;
    return { almacen: warehousePath, existe: true, horario: schedule, enCurso, sinLectura: error.message, fuentes: [], cuarentenaTotal: 0 };
  }
  try {
    const history = new Map((await readSourceHistory(warehouse)).map((entry) => [entry.fuente, entry]));
    const loaded = await lastDeliveries(warehouse);
    const quarantine = await quarantineCounts(warehouse);
    const scheduled = new Map((schedule?.fuentes ?? []).map((entry) => [entry.fuente, entry]));
    const names = landingSources.map((source) => source.name).filter((name) => scheduled.has(name) || history.has(name) || loaded.has(name));
    const fuentes = names.map((fuente): SourceStatus => {
      const plan = scheduled.get(fuente);
      const logged: SourceHistory | undefined = history.get(fuente);
      const lastSuccess = logged?.ultimoCorrecto ? new Date(logged.ultimoCorrecto) : loaded.get(fuente);
      return {
        fuente,
        conector: plan?.conector.tipo ?? logged?.conector,
        cron: plan?.cron,
        proxima: plan ? nextSlot(plan.cron, now) : undefined,
        ultimoCorrecto: lastSuccess,
        ultimoFallo: logged?.ultimoFallo ? new Date(logged.ultimoFallo) : undefined,
        errorUltimoFallo: logged?.errorUltimoFallo,
        ultimaEntrega: loaded.get(fuente),
        cuarentena: quarantine.get(fuente) ?? 0,
        frescura: sourceFreshness(plan?.cron, lastSuccess, now, schedule?.toleranciaMs ?? 0),
        frescuraSegun: logged?.ultimoCorrecto ? 'registro' : loaded.has(fuente) ? 'entregas' : undefined,
      };
    });
    return { almacen: warehousePath, existe: true, horario: schedule, enCurso, fuentes, cuarentenaTotal: [...quarantine.values()].reduce((a, b) => a + b, 0) };
  } finally {
    warehouse.close();
  }
}

/**
 * Returns whether every scheduled source is up to date and none is failing now (exit code 0 of
 * `memoria status`). While a run writes the warehouse nothing can be read, and a run in progress is
 * not a failure: the next check judges what it committed.
 */
export function statusHealthy(status: WarehouseStatus): boolean {
  if (status.existe && status.sinLectura) return true;
  return (
    status.existe &&
    status.fuentes.every((source) => ['al_dia', 'sin_horario'].includes(source.frescura.estado) && !(source.ultimoFallo && (!source.ultimoCorrecto || source.ultimoFallo > source.ultimoCorrecto)))
  );
}

async function lastDeliveries(warehouse: Warehouse): Promise<Map<string, Date>> {
  if (!(await relationExists(warehouse, 'raw', 'entregas'))) return new Map();
  const rows = await warehouse.rows<{ fuente: string; cargada: string }>("select fuente, strftime(max(cargada_en), '%Y-%m-%dT%H:%M:%S.%gZ') as cargada from raw.entregas group by fuente");
  return new Map(rows.map((row) => [row.fuente, new Date(row.cargada)]));
}

async function quarantineCounts(warehouse: Warehouse): Promise<Map<string, number>> {
  if (!(await relationExists(warehouse, 'calidad', 'cuarentena'))) return new Map();
  const rows = await warehouse.rows<{ fuente: string; filas: number }>('select fuente, count(*)::integer as filas from calidad.cuarentena group by fuente');
  return new Map(rows.map((row) => [row.fuente, row.filas]));
}

async function relationExists(warehouse: Warehouse, schema: string, name: string): Promise<boolean> {
  const [{ found }] = await warehouse.rows<{ found: number }>('select count(*)::integer as found from information_schema.tables where table_schema = ? and table_name = ?', [schema, name]);
  return found > 0;
}
