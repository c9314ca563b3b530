import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDemoLanding } from '../../pipelines/demo/demo-landing.js';
import { silentProgress } from '../../orchestration/run/progress.js';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { REPORT_FILE, runEdition } from '../../orchestration/run/run-edition.js';
import { baseWarehouse, buildBaseWarehouse } from './base-warehouse.js';
import { demoEditionPaths } from './demo-edition.js';

/**
 * Builds, once for every suite, the 2023-2024 demo edition (golden figures, outputs) and the empty
 * base warehouse that suites with their own landing start from (base-warehouse.ts), side by side:
 * dbt keeps about one core busy, and the machine has two.
 */
export default async function setup(): Promise<void> {
  // While iterating on one suite, MEMORIA_TEST_REUSE=1 keeps what an earlier run built. Only while the
  // dbt code and seeds stay the same: a reused warehouse built by other dbt code rebuilds its whole
  // history in every suite that loads into it (batch-contract.test.ts then outlasts its hook timeout).
  const reuse = process.env.MEMORIA_TEST_REUSE === '1';
  await Promise.all([reuse && existsSync(join(demoEditionPaths.out, REPORT_FILE)) ? undefined : buildDemoEdition(), reuse && existsSync(baseWarehouse) ? undefined : buildBaseWarehouse()]);
}

async function buildDemoEdition(): Promise<void> {
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
