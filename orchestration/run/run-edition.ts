import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { editionOutputs } from './edition-outputs.js';
import { recordPublication } from '../../privacy/publication-ledger.js';
import { DisclosureFailure, protectRelease, type ProtectedRelease } from '../../privacy/protected-release.js';
import { projectRoot } from '../../pipelines/paths.js';
import { entryFromReport, newRunId, writeRunLog, type RunLogContext } from './run-log.js';
import { beginWarehouseTransaction } from '../../pipelines/warehouse/warehouse-transaction.js';
import { openWarehouse, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { acquireWarehouseLock, defaultLockWaitMs, describeHolder, WarehouseBusyError, type WarehouseLock } from '../../pipelines/warehouse/warehouse-lock.js';
import { buildStep, extractStep, qualityStep } from './pipeline-steps.js';
import { inputsFingerprint, runInputsFingerprint, type RunInputs } from './run-inputs.js';
import { RunFailure } from '../../pipelines/run-failure.js';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../privacy/privacy-threshold.js';
import type { Progress } from './progress.js';
import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import { newRunReport, serializeRunReport, type RunReport } from './run-report.js';
import { memoriaVersion } from '../../pipelines/version.js';
import { publicationDate } from '../../presentation/edition/publication-date.js';

export interface EditionRequest {
  readonly landing: string;
  readonly out: string;
  readonly warehouse: string;
  readonly period: ReportingPeriod;
  /** Fixed creation time (tests); defaults to now. */
  readonly createdAt?: string;
  /** The publication date (`--fecha-publicacion`, AAAA-MM-DD); else edicion.yml's, else the run's day. */
  readonly publicationDate?: string;
  /** The editorial folder; defaults to `ediciones/<desde>_<hasta>/` of the project when it exists. */
  readonly editorialDir?: string;
  /** Small-cell threshold of the open data (outputs.md): default 5, so 1 to 4 people are suppressed. */
  readonly privacyThreshold?: number;
  /** The warehouse lock when the caller already holds it (the scheduler); otherwise the run takes its own. */
  readonly lock?: WarehouseLock;
  /** How long to wait for a warehouse another process is writing; defaults to MEMORIA_ESPERA_ALMACEN or 10 min. */
  readonly lockWaitMs?: number;
  /** Stops the run at the next step boundary (never during the commit); nothing is published. */
  readonly signal?: AbortSignal;
  /** How a successful run is entered in the run log; defaults to a manual run. */
  readonly runLog?: RunLogContext;
  /** Writes extra state (connector watermarks) into the run's warehouse transaction right before it commits. */
  readonly beforeCommit?: (warehouse: Warehouse, report: RunReport) => Promise<void>;
}

export const REPORT_FILE = 'informe-ejecucion.json';

/**
 * Runs the whole pipeline for one edition: extract → dbt build → outputs. Everything is written to
 * a warehouse transaction and a private folder first; the warehouse commits and `--out` is replaced
 * only when every step succeeded, so a failed run leaves both as they were. The warehouse lock is
 * held from the transaction's start to the swap, so another writer waits. Returns the report (also
 * saved in the edition).
 */
export async function runEdition(request: EditionRequest, progress: Progress): Promise<RunReport> {
  const out = resolve(request.out);
  const warehousePath = resolve(request.warehouse);
  const { period } = request;
  const report = newRunReport(await memoriaVersion(), {
    entrada: resolve(request.landing),
    salida: out,
    almacen: warehousePath,
    desde: period.desde,
    hasta: period.hasta,
    desde_comparacion: period.desdeAnterior,
    hasta_comparacion: period.hastaAnterior,
    edicion_editorial: request.editorialDir ? resolve(request.editorialDir) : (defaultEditorialDir(period) ?? ''),
  });
  let ownLock: WarehouseLock | undefined;
  if (!request.lock) {
    try {
      ownLock = await acquireWarehouseLock(warehousePath, {
        command: 'memoria run',
        waitMs: request.lockWaitMs ?? defaultLockWaitMs(),
        signal: request.signal,
        onWait: (holder) => progress.step(`El almacén está en uso por ${describeHolder(holder)}; esperando a que termine`),
      });
    } catch (error) {
      if (!(error instanceof WarehouseBusyError)) throw error;
      report.error = error.message;
      report.fin = new Date().toISOString();
      return report;
    }
  }
  try {
    const inputs = runInputsOf(request);
    if (await unchangedSincePublished(inputs, warehousePath, out, report, progress)) {
      await logUnchangedRun(request, warehousePath, report);
      return report;
    }
    return await runLocked(request, { out, warehousePath, report, inputs }, progress);
  } finally {
    await ownLock?.release();
  }
}

/** Returns what the edition of `request` is made from. */
function runInputsOf(request: EditionRequest): RunInputs {
  return {
    landing: resolve(request.landing),
    period: { desde: request.period.desde, hasta: request.period.hasta },
    editorialDir: request.editorialDir ? resolve(request.editorialDir) : defaultEditorialDir(request.period),
    publicationDate: request.publicationDate,
    privacyThreshold: request.privacyThreshold ?? DEFAULT_PRIVACY_THRESHOLD,
    createdAt: request.createdAt,
  };
}

/**
 * Returns true, with the report filled in, when the published edition in `out` was made from
 * exactly these inputs: no new delivery, no change of code, editorial folder, options or warehouse.
 * Nothing needs building or publishing then (a scheduled run on a day without news takes seconds).
 */
async function unchangedSincePublished(inputs: RunInputs, warehousePath: string, out: string, report: RunReport, progress: Progress): Promise<boolean> {
  const start = performance.now();
  const publishedPath = join(out, REPORT_FILE);
  if (!existsSync(warehousePath) || !existsSync(publishedPath)) return false;
  let published: Partial<RunReport>;
  try {
    published = JSON.parse(await readFile(publishedPath, 'utf8')) as Partial<RunReport>;
  } catch {
    return false;
  }
  if (published.resultado !== 'correcto' || !published.huella_entradas) return false;
  progress.step('Comprobando si hay novedades desde la edición publicada');
  if ((await runInputsFingerprint(inputs, warehousePath)) !== published.huella_entradas) return false;
  report.resultado = 'correcto';
  report.huella_entradas = published.huella_entradas;
  report.sin_novedades = { edicion_publicada: published.fecha_publicacion?.fecha ?? published.fin ?? '' };
  report.pasos.push({ paso: 'comprobación de novedades', segundos: Math.round((performance.now() - start) / 100) / 10 });
  report.fin = new Date().toISOString();
  return true;
}

/** Records a run without news in the run log (and the connectors' watermarks), in one transaction of the warehouse itself. */
async function logUnchangedRun(request: EditionRequest, warehousePath: string, report: RunReport): Promise<void> {
  const warehouse = await openWarehouse(warehousePath);
  try {
    await warehouse.run('begin transaction');
    const context = request.runLog ?? { ejecucionId: newRunId(), origen: 'manual' as const, fuentes: [] };
    await writeRunLog(warehouse, [...(context.anteriores ?? []), entryFromReport(report, context, 'correcto')]);
    await request.beforeCommit?.(warehouse, report);
    await warehouse.run('commit');
  } finally {
    warehouse.close();
  }
}

async function runLocked(request: EditionRequest, run: { out: string; warehousePath: string; report: RunReport; inputs: RunInputs }, progress: Progress): Promise<RunReport> {
  const { out, warehousePath, report } = run;
  const { period } = request;
  const checkpoint = () => {
    if (request.signal?.aborted) throw new RunFailure('se interrumpió la ejecución porque el servicio se está deteniendo');
  };
  const transaction = await beginWarehouseTransaction(warehousePath);
  const staging = `${out}.nueva-${process.pid}`;
  try {
    checkpoint();
    await extractStep(resolve(request.landing), transaction, report, progress);
    checkpoint();
    const manifestPath = await buildStep(transaction, period, report, progress);
    checkpoint();

    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const warehouse = await openWarehouse(transaction.workPath, { readOnly: true });
    const createdAt = request.createdAt ?? new Date().toISOString();
    let release: ProtectedRelease;
    try {
      await qualityStep(warehouse, report);
      const threshold = request.privacyThreshold ?? DEFAULT_PRIVACY_THRESHOLD;
      progress.step('Protegiendo las cifras de poblaciones protegidas (control de divulgación)');
      release = await protectRelease(warehouse, period, threshold).catch((error: unknown) => {
        if (error instanceof DisclosureFailure) throw new RunFailure(error.message);
        throw error;
      });
      report.divulgacion = release.summary;
      report.pasos.push({ paso: 'control de divulgación', segundos: release.summary.segundos });
      const editorialDir = request.editorialDir ? resolve(request.editorialDir) : defaultEditorialDir(period);
      const publication = await publicationDate(request.publicationDate, editorialDir, createdAt);
      report.fecha_publicacion = publication;
      const context = {
        release,
        warehouse,
        period,
        dir: staging,
        manifestPath,
        report,
        createdAt,
        publication,
        editorialDir,
        previousDir: existsSync(out) ? out : undefined,
        privacyThreshold: threshold,
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
    // The run log and the connectors' watermarks go into the same transaction, so they commit with the data or not at all.
    const bookkeeping = await openWarehouse(transaction.workPath);
    try {
      const context = request.runLog ?? { ejecucionId: newRunId(), origen: 'manual' as const, fuentes: [] };
      await writeRunLog(bookkeeping, [...(context.anteriores ?? []), entryFromReport(report, context, 'correcto')]);
      await recordPublication(bookkeeping, release.system, `${period.desde}_${period.hasta}`, createdAt, release.summary.agrupadas_en_otras);
      await request.beforeCommit?.(bookkeeping, report);
      // What the edition was made from, with the warehouse as it will be committed: the next run compares it.
      report.huella_entradas = await inputsFingerprint(run.inputs, bookkeeping);
    } finally {
      bookkeeping.close();
    }
    await writeFile(join(staging, REPORT_FILE), serializeRunReport(report));
    checkpoint();
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
  const hadPrevious = await stat(out).then(
    () => true,
    () => false,
  );
  if (hadPrevious) await rename(out, previous);
  await rename(staging, out);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
