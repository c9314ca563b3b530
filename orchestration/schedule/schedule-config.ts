import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import cron from 'node-cron';
import { findSource, landingSources } from '../../pipelines/contract/landing-sources.js';
import { parseConnectorConfig, type ConnectorConfig } from '../../pipelines/connectors/connector-config.js';
import { defaults } from '../../pipelines/paths.js';
import { reportingPeriod, type ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import type { RetryPolicy } from './retry-policy.js';

/** One scheduled source: when it runs (cron, El Salvador time) and how its data is fetched. */
export interface ScheduledSource {
  readonly fuente: string;
  readonly cron: string;
  readonly conector: ConnectorConfig;
}

/** The schedule file (`config/horario.json`), validated, with paths made absolute. */
export interface ScheduleConfig {
  readonly archivo: string;
  readonly entrada: string;
  readonly almacen: string;
  readonly edicion: string;
  readonly periodo: ReportingPeriod;
  /** How long a run waits for a warehouse another process is writing before it counts as a transient failure. */
  readonly esperaAlmacenMs: number;
  /** On SIGTERM, how long the current run may take to finish before it is abandoned. */
  readonly esperaCierreMs: number;
  /** After its latest slot, how long a source may take (run and retries) before status calls it late. */
  readonly toleranciaMs: number;
  readonly reintentos: RetryPolicy;
  readonly fuentes: readonly ScheduledSource[];
}

/** The schedule file is wrong; the message (Spanish) names the field. */
export class ScheduleError extends Error {}

/** The schedule file used when none is given. */
export const DEFAULT_SCHEDULE_FILE = 'config/horario.json';

const TOP_KEYS = ['descripcion', 'entrada', 'almacen', 'edicion', 'periodo', 'espera_almacen_minutos', 'espera_cierre_segundos', 'tolerancia_minutos', 'reintentos', 'fuentes'];

/** Returns the schedule in `file` (relative paths inside it are read from `cwd`), or throws ScheduleError. */
export async function loadSchedule(file: string, cwd = process.cwd()): Promise<ScheduleConfig> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ScheduleError(`no se pudo leer el horario ${path} (${(error as NodeJS.ErrnoException).code}); copie config/horario.ejemplo.json y adáptelo`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScheduleError(`el horario ${path} no es JSON válido: ${(error as Error).message}`);
  }
  return parseSchedule(json, path, cwd);
}

/** Returns the validated schedule of a parsed JSON document. */
export function parseSchedule(json: unknown, archivo: string, cwd = process.cwd()): ScheduleConfig {
  const fail = (message: string): never => {
    throw new ScheduleError(`${archivo}: ${message}`);
  };
  if (!isObject(json)) return fail('debe ser un objeto JSON');
  const unknown = Object.keys(json).find((key) => !TOP_KEYS.includes(key));
  if (unknown) fail(`campo desconocido «${unknown}» (se admiten: ${TOP_KEYS.join(', ')})`);
  const text = (key: string, fallback: string) => {
    const value = json[key] ?? fallback;
    return typeof value === 'string' && value ? resolve(cwd, value) : fail(`${key}: debe ser una ruta`);
  };
  const number = (value: unknown, key: string, fallback: number, minimum = 0) => {
    const found = value ?? fallback;
    return typeof found === 'number' && Number.isFinite(found) && found >= minimum ? found : fail(`${key}: debe ser un número ≥ ${minimum}`);
  };
  const periodo = isObject(json.periodo) ? json.periodo : {};
  let period: ReportingPeriod;
  try {
    period = reportingPeriod(String(periodo.desde ?? defaults.desde), String(periodo.hasta ?? defaults.hasta));
  } catch (error) {
    return fail(`periodo: ${(error as Error).message.replace(/--(desde|hasta)/g, '$1')}`);
  }
  const retries = isObject(json.reintentos) ? json.reintentos : {};
  if (!isObject(json.fuentes) || Object.keys(json.fuentes).length === 0) fail('fuentes: debe nombrar al menos una fuente, con su «cron» y su «conector»');
  const fuentes = Object.entries(json.fuentes as Record<string, unknown>).map(([name, entry]): ScheduledSource => {
    const where = `fuentes.${name}`;
    const source = findSource(name);
    if (!source) return fail(`${where}: no es una fuente del contrato (fuentes: ${landingSources.map((s) => s.name).join(', ')})`);
    if (!isObject(entry)) return fail(`${where}: debe ser un objeto con «cron» y «conector»`);
    const extra = Object.keys(entry).find((key) => !['cron', 'conector', 'descripcion'].includes(key));
    if (extra) fail(`${where}.${extra}: campo desconocido (se admiten: cron, conector, descripcion)`);
    return { fuente: name, cron: cronExpression(entry.cron, `${where}.cron`, fail), conector: parseConnectorConfig(entry.conector, source, `${where}.conector`, fail) };
  });
  return {
    archivo,
    entrada: text('entrada', defaults.demoLanding),
    almacen: text('almacen', defaults.warehouse),
    edicion: text('edicion', defaults.out),
    periodo: period,
    esperaAlmacenMs: number(json.espera_almacen_minutos, 'espera_almacen_minutos', 30) * 60_000,
    esperaCierreMs: number(json.espera_cierre_segundos, 'espera_cierre_segundos', 120) * 1000,
    toleranciaMs: number(json.tolerancia_minutos, 'tolerancia_minutos', 60) * 60_000,
    reintentos: {
      intentos: number(retries.intentos, 'reintentos.intentos', 4, 1),
      esperaInicialMs: number(retries.espera_inicial_segundos, 'reintentos.espera_inicial_segundos', 60) * 1000,
      factor: number(retries.factor, 'reintentos.factor', 2, 1),
      esperaMaximaMs: number(retries.espera_maxima_segundos, 'reintentos.espera_maxima_segundos', 1800) * 1000,
    },
    fuentes,
  };
}

/** Five fields (minute hour day month weekday), as crontab; node-cron's optional seconds field is not used. */
function cronExpression(value: unknown, where: string, fail: (message: string) => never): string {
  if (typeof value !== 'string' || value.trim().split(/\s+/).length !== 5) {
    return fail(`${where}: debe ser una expresión cron de cinco campos, «minuto hora día mes día_semana» (p. ej. «30 5 * * *»)`);
  }
  const check = cron.validateDetailed(value.trim());
  if (!check.valid) return fail(`${where}: expresión cron inválida «${value}»: ${check.errors.map((error) => `${error.field} «${error.value ?? ''}»`).join(', ')}`);
  return value.trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
