import type { Progress } from '../run/progress.js';
import { localText } from '../../pipelines/time/zoned-time.js';

/** Where the scheduler writes what it does, in Spanish: the service journal (stdout/stderr under systemd). */
export interface ScheduleLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Returns a log writing `AAAA-MM-DD HH:MM:SS mensaje` lines (El Salvador time) to stdout, problems to stderr. */
export function consoleScheduleLog(): ScheduleLog {
  const line = (message: string) => `${localText(new Date(), true)} ${message}\n`;
  return {
    info: (message) => void process.stdout.write(line(message)),
    warn: (message) => void process.stderr.write(line(`aviso: ${message}`)),
    error: (message) => void process.stderr.write(line(`error: ${message}`)),
  };
}

/** Returns a log that keeps its lines in memory (tests, and `memoria schedule --una-vez` summaries). */
export function memoryScheduleLog(): ScheduleLog & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => void lines.push(message),
    warn: (message) => void lines.push(`aviso: ${message}`),
    error: (message) => void lines.push(`error: ${message}`),
  };
}

/** Returns a run progress that writes the pipeline's steps (not its counters) to the service log. */
export function progressToLog(log: ScheduleLog, prefix: string, detailed = false): Progress {
  return {
    step: (message) => log.info(`${prefix} ${message}`),
    detail: (message) => (detailed ? log.info(`${prefix}   ${message}`) : undefined),
    count: () => {},
  };
}
