import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDemoLanding } from '../../pipelines/demo/demo-landing.js';
import { silentProgress } from '../../orchestration/run/progress.js';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { REPORT_FILE, runEdition } from '../../orchestration/run/run-edition.js';
import { demoEditionPaths } from './demo-edition.js';

/** Builds the 2023-2024 demo edition once for every suite that reads it (golden figures, outputs). */
export default async function setup(): Promise<void> {
  // While iterating on one suite, MEMORIA_TEST_REUSE=1 keeps an edition built by an earlier run.
  if (process.env.MEMORIA_TEST_REUSE === '1' && existsSync(join(demoEditionPaths.out, REPORT_FILE))) return;
  await rm(demoEditionPaths.root, { recursive: true, force: true });
  await writeDemoLanding(demoEditionPaths.landing);
  const report = await runEdition(
    { landing: demoEditionPaths.landing, out: demoEditionPaths.out, warehouse: demoEditionPaths.warehouse, period: reportingPeriod('2023-06', '2024-03'), createdAt: '2024-04-15T12:00:00Z' },
    silentProgress,
  );
  if (report.resultado !== 'correcto') {
    throw new Error(`La edición de demostración falló: ${report.error}\n${JSON.stringify(report.dbt?.fallos ?? [], null, 2)}`);
  }
}
