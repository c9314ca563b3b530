import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { editionOutputs } from '../../reports/edition-outputs.js';
import { projectRoot } from '../paths.js';
import { beginWarehouseTransaction } from '../warehouse/warehouse-transaction.js';
import { openWarehouse } from '../warehouse/warehouse-connection.js';
import { buildStep, extractStep, qualityStep, RunFailure } from './pipeline-steps.js';
import type { Progress } from './progress.js';
import type { ReportingPeriod } from './reporting-period.js';
import { newRunReport, type RunReport } from './run-report.js';
import { memoriaVersion } from './version.js';

export interface EditionRequest {
  readonly landing: string;
  readonly out: string;
  readonly warehouse: string;
  readonly period: ReportingPeriod;
  /** Fixed creation time (tests); defaults to now. */
  readonly createdAt?: string;
  /** The editorial folder; defaults to `ediciones/<desde>_<hasta>/` of the project when it exists. */
  readonly editorialDir?: string;
  /** Small-cell threshold of the open data (outputs.md): default 5, so 1 to 4 people are suppressed. */
  readonly privacyThreshold?: number;
}

export const DEFAULT_PRIVACY_THRESHOLD = 5;

export const REPORT_FILE = 'informe-ejecucion.json';

/**
 * Runs the whole pipeline for one edition: extract → dbt build → outputs. Everything is written to
 * private copies first; the warehouse and `--out` are replaced only when every step succeeded, so a
 * failed run leaves both exactly as they were. Returns the report (also saved in the edition).
 */
export async function runEdition(request: EditionRequest, progress: Progress): Promise<RunReport> {
  const out = resolve(request.out);
  const warehousePath = resolve(request.warehouse);
  const { period } = request;
  const report = newRunReport(await memoriaVersion(), {
    entrada: resolve(request.landing), salida: out, almacen: warehousePath,
    desde: period.desde, hasta: period.hasta, desde_comparacion: period.desdeAnterior, hasta_comparacion: period.hastaAnterior,
    edicion_editorial: request.editorialDir ? resolve(request.editorialDir) : defaultEditorialDir(period) ?? '',
  });
  const transaction = await beginWarehouseTransaction(warehousePath);
  const staging = `${out}.nueva-${process.pid}`;
  try {
    await extractStep(resolve(request.landing), transaction, report, progress);
    const manifestPath = await buildStep(transaction, period, report, progress);

    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const warehouse = await openWarehouse(transaction.workPath, { readOnly: true });
    try {
      await qualityStep(warehouse, report);
      const context = {
        warehouse, period, dir: staging, manifestPath, report,
        createdAt: request.createdAt ?? new Date().toISOString(),
        editorialDir: request.editorialDir ? resolve(request.editorialDir) : defaultEditorialDir(period),
        previousDir: existsSync(out) ? out : undefined,
        privacyThreshold: request.privacyThreshold ?? DEFAULT_PRIVACY_THRESHOLD,
      };
      for (const output of editionOutputs) {
        const start = performance.now();
        progress.step(`Escribiendo ${output.name}`);
        report.salidas.push(...(await output.write(context)));
        report.pasos.push({ paso: output.name, segundos: Math.round((performance.now() - start) / 100) / 10 });
      }
    } finally {
      warehouse.close();
    }

    report.resultado = 'correcto';
    report.fin = new Date().toISOString();
    report.salidas.push(REPORT_FILE);
    await writeFile(join(staging, REPORT_FILE), JSON.stringify(report, null, 2) + '\n');
    await transaction.commit();
    await swapInto(staging, out);
    return report;
  } catch (error) {
    report.resultado = 'fallido';
    report.error = error instanceof RunFailure ? error.message : `error inesperado: ${(error as Error).stack ?? error}`;
    report.fin = new Date().toISOString();
    await transaction.rollback();
    await rm(staging, { recursive: true, force: true });
    return report;
  }
}

/** Returns the project's editorial folder for the period (`ediciones/2023-06_2024-03/`), when it exists. */
export function defaultEditorialDir(period: ReportingPeriod): string | undefined {
  const dir = join(projectRoot, 'ediciones', `${period.desde}_${period.hasta}`);
  return existsSync(dir) ? dir : undefined;
}

/** Replaces `out` with `staging` by renames, so readers see the old edition or the new one, never a mix. */
async function swapInto(staging: string, out: string): Promise<void> {
  const previous = `${out}.anterior-${process.pid}`;
  const hadPrevious = await stat(out).then(() => true, () => false);
  if (hadPrevious) await rename(out, previous);
  await rename(staging, out);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
