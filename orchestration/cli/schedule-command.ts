import { existsSync } from 'node:fs';
import { ConnectorError } from '../../pipelines/connectors/connector.js';
import { readCredential } from '../../pipelines/connectors/credentials.js';
import { dbtExecutable } from '../../pipelines/dbt/dbt-runner.js';
import { DEFAULT_SCHEDULE_FILE, loadSchedule, ScheduleError, type ScheduleConfig } from '../schedule/schedule-config.js';
import { consoleScheduleLog, type ScheduleLog } from '../schedule/schedule-log.js';
import { createCycleRunner } from '../schedule/scheduled-run.js';
import { Scheduler } from '../schedule/scheduler.js';
import { exitCodes } from './exit-codes.js';
import type { CommandOptions } from './main.js';

/**
 * `memoria schedule [--horario ARCHIVO] [--una-vez] [--detalle]`: runs each source of the schedule
 * file on its cron times (El Salvador) until SIGTERM or Ctrl-C; with --una-vez, runs every source
 * once and exits (0 when the edition was published and every source extracted).
 */
export async function scheduleCommand(options: CommandOptions): Promise<number> {
  let config: ScheduleConfig;
  try {
    config = await loadSchedule(String(options.horario ?? DEFAULT_SCHEDULE_FILE));
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    console.error(`memoria: ${error.message}.`);
    return exitCodes.usage;
  }
  const problems = setupProblems(config);
  if (problems.length) {
    console.error(`memoria: el horario ${config.archivo} no se puede ejecutar:\n${problems.map((problem) => `  · ${problem}`).join('\n')}`);
    return exitCodes.usage;
  }
  dbtExecutable(); // fails now, with the install hint, rather than at the first scheduled run
  const log = consoleScheduleLog();
  const scheduler = new Scheduler(config, log, createCycleRunner(config, log, Boolean(options.detalle)));
  if (options['una-vez']) {
    const outcome = await scheduler.runAll();
    const ok = outcome?.resultado === 'correcto' && outcome.fuentes.every((source) => source.resultado !== 'fallido');
    return ok ? exitCodes.ok : exitCodes.failed;
  }
  const count = config.fuentes.length;
  const stopped = untilStopped(scheduler, config, log); // signal handlers first: a SIGTERM right after start is still clean
  log.info(`memoria schedule: ${count} ${count === 1 ? 'fuente' : 'fuentes'} de ${config.archivo}; almacén ${config.almacen}; edición ${config.edicion}`);
  scheduler.start();
  return stopped;
}

/** Returns what keeps the schedule from running: a missing landing folder or credential (named, never shown). */
function setupProblems(config: ScheduleConfig): string[] {
  const problems: string[] = [];
  if (!existsSync(config.entrada)) problems.push(`la carpeta de entrada ${config.entrada} no existe (para la demostración: npx memoria demo)`);
  for (const { fuente, conector } of config.fuentes) {
    const source = conector.tipo === 'postgres' ? conector.conexion : conector.tipo === 'http' ? conector.token : undefined;
    if (!source) continue;
    try {
      readCredential(source, `${fuente}`);
    } catch (error) {
      if (!(error instanceof ConnectorError)) throw error;
      problems.push(`${fuente}: ${error.message}`);
    }
  }
  return problems;
}

/** Resolves with the exit code once SIGTERM or SIGINT has stopped the scheduler; a second signal abandons at once. */
function untilStopped(scheduler: Scheduler, config: ScheduleConfig, log: ScheduleLog): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = async (signal: NodeJS.Signals) => {
      if (stopping) {
        log.warn(`${signal} otra vez: se abandona la ejecución en curso; el almacén y la edición quedan como estaban`);
        process.exit(exitCodes.ok);
      }
      stopping = true;
      log.info(`${signal} recibido: no se programan más ejecuciones; se espera la actual hasta ${Math.round(config.esperaCierreMs / 1000)} s`);
      const { abandoned } = await scheduler.stop(config.esperaCierreMs);
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      if (abandoned) {
        // The run's writes are uncommitted until it ends: leaving now publishes nothing; the lock goes with the process (exit handler).
        log.warn('la ejecución en curso no terminó a tiempo: se abandona; el almacén y la edición quedan como estaban');
        process.exit(exitCodes.ok);
      }
      log.info('memoria schedule detenido');
      resolve(exitCodes.ok);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
