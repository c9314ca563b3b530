import { resolve } from 'node:path';
import { defaults } from '../../pipelines/paths.js';
import { RunFailure } from '../../pipelines/run-failure.js';
import { consoleProgress, type Progress } from '../run/progress.js';
import { formatRunReport, newRunReport, type RunReport } from '../run/run-report.js';
import { memoriaVersion } from '../../pipelines/version.js';
import { acquireWarehouseLock, defaultLockWaitMs, describeHolder, WarehouseBusyError } from '../../pipelines/warehouse/warehouse-lock.js';
import { beginWarehouseTransaction, type WarehouseTransaction } from '../../pipelines/warehouse/warehouse-transaction.js';
import { exitCodes } from './exit-codes.js';
import type { CommandOptions } from './main.js';

type WarehouseWork = (transaction: WarehouseTransaction, report: RunReport, progress: Progress) => Promise<void>;

/**
 * Runs `work` in a transaction on the warehouse and commits it only when it succeeds: the shared
 * frame of `memoria extract` and `memoria build`. Returns the exit code.
 */
export async function withWarehouse(options: CommandOptions, parameters: Record<string, string>, work: WarehouseWork): Promise<number> {
  const warehousePath = resolve(String(options.warehouse ?? defaults.warehouse));
  const progress = consoleProgress(Boolean(options.detalle));
  const report = newRunReport(await memoriaVersion(), { almacen: warehousePath, ...parameters });
  let lock;
  try {
    lock = await acquireWarehouseLock(warehousePath, {
      command: `memoria ${parameters.entrada ? 'extract' : 'build'}`,
      waitMs: defaultLockWaitMs(),
      onWait: (holder) => progress.step(`El almacén está en uso por ${describeHolder(holder)}; esperando a que termine`),
    });
  } catch (error) {
    if (!(error instanceof WarehouseBusyError)) throw error;
    console.error(`memoria: ${error.message}.`);
    return exitCodes.failed;
  }
  try {
    const transaction = await beginWarehouseTransaction(warehousePath);
    try {
      await work(transaction, report, progress);
      await transaction.commit();
      report.resultado = 'correcto';
    } catch (error) {
      await transaction.rollback();
      if (!(error instanceof RunFailure)) throw error;
      report.error = error.message;
    }
  } finally {
    await lock.release();
  }
  const text = formatRunReport(report)
    .split('\n')
    .filter((line) => !line.startsWith('Edición publicada') && !line.startsWith('No se publicó'));
  if (report.resultado === 'correcto') {
    console.log([...text, `Almacén actualizado: ${warehousePath}`].join('\n'));
    return exitCodes.ok;
  }
  console.error([...text, `Falló: ${report.error}. El almacén queda como estaba.`].join('\n'));
  return exitCodes.failed;
}
