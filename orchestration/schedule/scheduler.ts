import cron, { type ScheduledTask } from 'node-cron';
import { nextSlot } from './cron-times.js';
import { pause } from '../../pipelines/time/pause.js';
import { backoffDelay, mayRetry } from './retry-policy.js';
import type { ScheduleConfig } from './schedule-config.js';
import type { ScheduleLog } from './schedule-log.js';
import type { CycleOutcome, CycleRunner } from './scheduled-run.js';
import { localText, SCHEDULE_TIME_ZONE } from '../../pipelines/time/zoned-time.js';

/** A tick this late (the process was busy or suspended) still runs; later ones are reported as missed. */
const MISSED_TOLERANCE_MS = 10 * 60_000;
/** Sources whose ticks fall within this window of each other share one cycle (one dbt build). */
const GATHER_MS = 1000;

interface Deferred {
  readonly promise: Promise<CycleOutcome | undefined>;
  resolve(outcome: CycleOutcome | undefined): void;
}

/**
 * The long-running scheduler behind `memoria schedule`. One node-cron task per source fires in El
 * Salvador time, with node-cron's overlap prevention: a source whose previous run is still going
 * skips the tick. Sources that fire together, or while a cycle runs, are pulled in the next cycle
 * together, so cycles never overlap within the process (the warehouse lock keeps other processes
 * out). A transient failure is retried with exponential back-off; `stop` (SIGTERM) ends scheduling,
 * interrupts the current cycle at its next safe point and waits for it up to a grace period.
 */
export class Scheduler {
  readonly #config: ScheduleConfig;
  readonly #log: ScheduleLog;
  readonly #runCycle: CycleRunner;
  readonly #tasks: ScheduledTask[] = [];
  readonly #pending = new Map<string, number>();
  readonly #retries = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #controller = new AbortController();
  #next: Deferred = deferred();
  #running: Promise<void> | undefined;
  #stopping = false;

  constructor(config: ScheduleConfig, log: ScheduleLog, runCycle: CycleRunner) {
    this.#config = config;
    this.#log = log;
    this.#runCycle = runCycle;
  }

  /** Starts one cron task per source and logs when each runs next. */
  start(): void {
    const quiet = { info() {}, warn() {}, debug() {}, error: (message: string | Error) => this.#log.error(String(message)) };
    for (const { fuente, cron: expression } of this.#config.fuentes) {
      const task = cron.createTask(expression, () => this.trigger([fuente]), {
        name: fuente,
        timezone: SCHEDULE_TIME_ZONE,
        noOverlap: true,
        missedExecutionTolerance: MISSED_TOLERANCE_MS,
        logger: quiet,
      });
      task.on('execution:overlap', () => this.#log.warn(`${fuente}: se omite el horario de las ${localText(new Date())}; su ejecución anterior sigue en curso`));
      task.on('execution:missed', (context) => this.#log.warn(`${fuente}: no se ejecutó a las ${localText(context.date)} (el proceso estuvo detenido u ocupado)`));
      void task.start();
      this.#tasks.push(task);
      const next = nextSlot(expression, new Date());
      this.#log.info(`${fuente}: «${expression}» (${this.#config.fuentes.find((entry) => entry.fuente === fuente)!.conector.tipo}), próxima ejecución ${next ? localText(next) : 'ninguna'}`);
    }
  }

  /**
   * Queues sources for the next cycle (attempt 1 unless retrying) and returns that cycle's outcome,
   * or undefined when the scheduler stopped first.
   */
  trigger(fuentes: readonly string[], attempt = 1): Promise<CycleOutcome | undefined> {
    if (this.#stopping) return Promise.resolve(undefined);
    for (const fuente of fuentes) {
      // A scheduled tick replaces a pending retry of the same source; a queued source keeps its attempt.
      if (attempt === 1) this.#cancelRetry(fuente);
      if (!this.#pending.has(fuente)) this.#pending.set(fuente, attempt);
    }
    const promise = this.#next.promise;
    this.#ensureDraining();
    return promise;
  }

  /** Runs every source of the schedule once (`memoria schedule --una-vez`); returns the cycle's outcome. */
  runAll(): Promise<CycleOutcome | undefined> {
    return this.trigger(this.#config.fuentes.map((entry) => entry.fuente));
  }

  /**
   * Stops scheduling and retries, asks the current cycle to stop at its next safe point, and waits
   * for it up to `graceMs`; returns whether it had to be abandoned still running.
   */
  async stop(graceMs: number): Promise<{ abandoned: boolean }> {
    if (this.#stopping) return { abandoned: this.#running !== undefined };
    this.#stopping = true;
    for (const task of this.#tasks.splice(0)) await task.destroy();
    for (const fuente of [...this.#retries.keys()]) this.#cancelRetry(fuente);
    this.#controller.abort();
    this.#pending.clear();
    const running = this.#running;
    if (!running) {
      this.#next.resolve(undefined);
      return { abandoned: false };
    }
    const timeout = new AbortController();
    const finished = await Promise.race([running.then(() => true), pause(graceMs, timeout.signal).then(() => false)]);
    timeout.abort();
    this.#next.resolve(undefined);
    return { abandoned: !finished };
  }

  #ensureDraining(): void {
    if (this.#running) return;
    this.#running = pause(GATHER_MS)
      .then(() => this.#drain())
      .finally(() => {
        this.#running = undefined;
        if (this.#pending.size > 0 && !this.#stopping) this.#ensureDraining();
      });
  }

  async #drain(): Promise<void> {
    while (this.#pending.size > 0 && !this.#stopping) {
      const fuentes = [...this.#pending].map(([fuente, intento]) => ({ fuente, intento }));
      this.#pending.clear();
      const current = this.#next;
      this.#next = deferred();
      let outcome: CycleOutcome;
      try {
        outcome = await this.#runCycle({ fuentes, signal: this.#controller.signal });
      } catch (error) {
        const message = `error inesperado: ${(error as Error).stack ?? error}`;
        this.#log.error(message);
        outcome = { ejecucionId: '', resultado: 'fallido', error: message, fuentes: fuentes.map(({ fuente }) => ({ fuente, resultado: 'fallido', transitorio: true, error: message })) };
      }
      this.#planRetries(fuentes, outcome);
      current.resolve(outcome);
    }
  }

  #planRetries(fuentes: readonly { fuente: string; intento: number }[], outcome: CycleOutcome): void {
    if (this.#stopping) return;
    const policy = this.#config.reintentos;
    for (const { fuente, intento } of fuentes) {
      const result = outcome.fuentes.find((entry) => entry.fuente === fuente);
      if (result?.resultado !== 'fallido' || !result.transitorio) continue;
      if (!mayRetry(policy, intento)) {
        this.#log.error(`${fuente}: se agotaron los ${policy.intentos} intentos; se volverá a intentar en su próximo horario`);
        continue;
      }
      const delay = backoffDelay(policy, intento);
      this.#log.warn(`${fuente}: intento ${intento} de ${policy.intentos} fallido; se reintenta en ${formatDelay(delay)}`);
      this.#retries.set(
        fuente,
        setTimeout(() => {
          this.#retries.delete(fuente);
          void this.trigger([fuente], intento + 1);
        }, delay),
      );
    }
  }

  #cancelRetry(fuente: string): void {
    clearTimeout(this.#retries.get(fuente));
    this.#retries.delete(fuente);
  }
}

function deferred(): Deferred {
  let resolve!: (outcome: CycleOutcome | undefined) => void;
  const promise = new Promise<CycleOutcome | undefined>((done) => (resolve = done));
  return { promise, resolve };
}

function formatDelay(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 6_000) / 10} min` : `${Math.round(ms / 100) / 10} s`;
}
