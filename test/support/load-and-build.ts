import { ROWS_PER_BATCH_ENV } from '../../orchestration/run/build-batches.js';
import { buildStep, extractStep } from '../../orchestration/run/pipeline-steps.js';
import { silentProgress } from '../../orchestration/run/progress.js';
import { newRunReport, type RunReport } from '../../orchestration/run/run-report.js';
import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import { beginWarehouseTransaction } from '../../pipelines/warehouse/warehouse-transaction.js';

/**
 * What `memoria run` does to the warehouse, in one transaction: extraction, then dbt over what
 * changed (the same steps, build scope and batches), without the edition's outputs, for what needs
 * only the warehouse (the contract tests, the base warehouse). `rowsPerBatch` sets
 * MEMORIA_FILAS_POR_TANDA for this build only.
 */
export async function loadAndBuild(landing: string, warehousePath: string, period: ReportingPeriod, rowsPerBatch?: number): Promise<RunReport> {
  const transaction = await beginWarehouseTransaction(warehousePath);
  const report = newRunReport('prueba', {});
  const earlier = process.env[ROWS_PER_BATCH_ENV];
  if (rowsPerBatch !== undefined) process.env[ROWS_PER_BATCH_ENV] = String(rowsPerBatch);
  try {
    await extractStep(landing, transaction, report, silentProgress);
    await buildStep(transaction, period, report, silentProgress);
    await transaction.commit();
    return report;
  } catch (error) {
    await transaction.rollback();
    throw new Error(`${(error as Error).message}\n${JSON.stringify(report.dbt?.fallos)}`);
  } finally {
    if (rowsPerBatch !== undefined) {
      if (earlier === undefined) delete process.env[ROWS_PER_BATCH_ENV];
      else process.env[ROWS_PER_BATCH_ENV] = earlier;
    }
  }
}
