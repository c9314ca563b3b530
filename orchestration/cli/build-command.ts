import { defaults } from '../../pipelines/paths.js';
import { buildStep } from '../run/pipeline-steps.js';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import type { CommandOptions } from './main.js';
import { withWarehouse } from './warehouse-command.js';

/** `memoria build`: dbt build (seeds, models, tests) on the warehouse. */
export async function buildCommand(options: CommandOptions): Promise<number> {
  const period = reportingPeriod(String(options.desde ?? defaults.desde), String(options.hasta ?? defaults.hasta));
  return withWarehouse(options, { desde: period.desde, hasta: period.hasta }, async (transaction, report, progress) => {
    await buildStep(transaction, period, report, progress);
  });
}
