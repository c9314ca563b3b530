import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaults } from '../../pipelines/paths.js';
import { DEFAULT_SCHEDULE_FILE, loadSchedule, ScheduleError, type ScheduleConfig } from '../schedule/schedule-config.js';
import { formatStatus } from '../schedule/status-text.js';
import { gatherStatus, statusHealthy } from '../schedule/warehouse-status.js';
import { exitCodes } from './exit-codes.js';
import type { CommandOptions } from './main.js';

/**
 * `memoria status [--horario ARCHIVO] [--warehouse ARCHIVO]`: per source, last success and failure,
 * freshness against its schedule, and what is in quarantine. Exits 0 when every scheduled source is up
 * to date and none is failing, 1 otherwise (for monitoring), 2 for a wrong schedule file.
 */
export async function statusCommand(options: CommandOptions, now = new Date()): Promise<number> {
  let schedule: ScheduleConfig | undefined;
  const file = String(options.horario ?? DEFAULT_SCHEDULE_FILE);
  if (options.horario !== undefined || existsSync(file)) {
    try {
      schedule = await loadSchedule(file);
    } catch (error) {
      if (!(error instanceof ScheduleError)) throw error;
      console.error(`memoria: ${error.message}.`);
      return exitCodes.usage;
    }
  }
  const warehouse = resolve(String(options.warehouse ?? schedule?.almacen ?? defaults.warehouse));
  const status = await gatherStatus(warehouse, schedule, now);
  console.log(formatStatus(status, now));
  return statusHealthy(status) ? exitCodes.ok : exitCodes.failed;
}
