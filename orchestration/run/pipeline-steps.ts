import { join } from 'node:path';
import { RunFailure } from '../../pipelines/run-failure.js';
import { changedSources, dbtCodeFingerprint, loadedDeliveries, saveBuild, storedBuildAndRaw, type RawState } from '../../pipelines/dbt/build-fingerprint.js';
import { landingSources } from '../../pipelines/contract/landing-sources.js';
import { blockingResults, runDbt } from '../../pipelines/dbt/dbt-runner.js';
import { keepPartialParse, restorePartialParse } from '../../pipelines/dbt/parse-cache.js';
import { extractLanding } from '../../pipelines/extract/extract-landing.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { WarehouseTransaction } from '../../pipelines/warehouse/warehouse-transaction.js';
import { planBatches, rowsPerBatch } from './build-batches.js';
import type { Progress } from './progress.js';
import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import { QUARANTINE_ROWS, type QuarantinedRow, type RunReport } from './run-report.js';

/** Returns seconds elapsed since `start` (a performance.now() reading). */
const since = (start: number) => Math.round((performance.now() - start) / 100) / 10;

/** Extracts the landing folder into the transaction's warehouse; fails on any rejected file. */
export async function extractStep(landing: string, transaction: WarehouseTransaction, report: RunReport, progress: Progress): Promise<void> {
  const start = performance.now();
  progress.step(`Extrayendo entregas de ${landing}`);
  const summary = await extractLanding(landing, transaction.workPath, transaction.archiveDir, (delivery) => {
    const mark = delivery.estado === 'cargada' ? '+' : delivery.estado === 'ya_cargada' ? '=' : '✗';
    progress.detail(`${mark} ${delivery.fuente}/${delivery.archivo}${delivery.estado === 'cargada' ? ` (${delivery.filas} filas)` : ''}`);
  });
  report.entregas = summary.sources.flatMap((source) => source.deliveries);
  report.archivos_omitidos = summary.skipped;
  for (const source of summary.sources) {
    report.filas_cargadas[source.fuente] = source.deliveries.reduce((sum, delivery) => sum + (delivery.estado === 'cargada' ? delivery.filas : 0), 0);
  }
  report.pasos.push({ paso: 'extracción', segundos: since(start) });
  if (summary.rejected.length > 0) {
    const names = summary.rejected.map((delivery) => `${delivery.fuente}/${delivery.archivo}`).join(', ');
    throw new RunFailure(`${summary.rejected.length === 1 ? 'se rechazó el archivo' : 'se rechazaron los archivos'} ${names}`);
  }
}

/**
 * What a build must cover (issue #17: a month costs a month). Everything, from scratch, when the dbt
 * code or reference data changed since the last build (`full-refresh`); every node when the last
 * build did not record its raw layer (`all`); otherwise what lies downstream of what changed since
 * the last build (`changes`): the sources whose raw layer changed (new deliveries), with the
 * deliveries' shared models, and the period's models when the period (dbt's vars) changed; nothing
 * when neither did.
 */
export type BuildScope = { readonly kind: 'full-refresh' | 'all' | 'nothing' } | { readonly kind: 'changes'; readonly sources: readonly string[]; readonly period: boolean };

/**
 * The one model that reads the reporting period (dbt's vars `desde` and `hasta`); every figure that
 * depends on the period lies downstream of it (test/architecture/period-model.test.ts keeps it so).
 */
export const PERIOD_MODEL = 'int_periodos';

/**
 * Returns the scope of the next build of the transaction's warehouse, the raw layer it will include,
 * and the last delivery the models already hold (0 for a full refresh; null when unknown: a build
 * recorded before it was kept, which is then not split in batches).
 */
export async function buildScope(workPath: string, fingerprint: string, period: ReportingPeriod): Promise<{ scope: BuildScope; raw: RawState; builtUpTo: number | null }> {
  const { previous, raw } = await storedBuildAndRaw(
    workPath,
    landingSources.map((source) => source.name),
  );
  if (!previous || previous.huella !== fingerprint) return { scope: { kind: 'full-refresh' }, raw, builtUpTo: 0 };
  if (previous.crudo === null) return { scope: { kind: 'all' }, raw, builtUpTo: null };
  const sources = changedSources(previous.crudo, raw);
  const periodChanged = previous.periodo !== periodKey(period);
  return { scope: sources.length || periodChanged ? { kind: 'changes', sources, period: periodChanged } : { kind: 'nothing' }, raw, builtUpTo: previous.ultimaEntrega };
}

const periodKey = (period: ReportingPeriod) => `${period.desde}..${period.hasta}`;

/**
 * The dbt selection of a build over what changed. For each source with news: its models and
 * everything downstream (their shared marts, quality marts, targets and PNI figures), malformed
 * rows, and the deliveries' models every source reads (only those: what lies below them belongs to
 * each source). For a new period: the period's model and everything downstream.
 */
export function changesSelection(sources: readonly string[], period: boolean): string {
  const selectors = sources.length ? [...sources.map((source) => `source:raw.${source}+`), 'source:raw.filas_malformadas+', 'stg_entregas__entregas', 'int_entregas__ordenadas'] : [];
  return [...selectors, ...(period ? [`${PERIOD_MODEL}+`] : [])].join(' ');
}

/** The build's scope in the run's words (progress and report). */
function scopeText(scope: BuildScope): string {
  if (scope.kind !== 'changes') return { 'full-refresh': 'reconstrucción completa', all: 'todos los modelos', nothing: 'sin novedades: nada que construir' }[scope.kind];
  const what = [...(scope.sources.length ? [scope.sources.join(', ')] : []), ...(scope.period ? ['el periodo, que cambió'] : [])];
  return `solo lo que depende de ${what.join(' y de ')}`;
}

/**
 * Runs `dbt build` (seeds, models, unit and data tests) on the transaction's warehouse over what changed
 * (buildScope); fails on any error-level result. With nothing to build it only parses the project
 * (the outputs read the models' documentation from the manifest).
 */
export async function buildStep(transaction: WarehouseTransaction, period: ReportingPeriod, report: RunReport, progress: Progress): Promise<string> {
  const start = performance.now();
  const fingerprint = await dbtCodeFingerprint();
  const { scope, raw, builtUpTo } = await buildScope(transaction.workPath, fingerprint, period);
  const alcance = scopeText(scope);
  progress.step(`Construyendo el almacén con dbt (periodo ${period.desde} a ${period.hasta}; ${alcance})`);
  const vars = { desde: period.desde, hasta: period.hasta };
  const select = scope.kind === 'changes' ? changesSelection(scope.sources, scope.period) : undefined;
  const deliveries = await loadedDeliveries(transaction.workPath);
  const batches =
    scope.kind === 'nothing' || builtUpTo === null
      ? []
      : planBatches(
          deliveries.filter((delivery) => delivery.entregaId > builtUpTo),
          rowsPerBatch(),
        );
  for (const [index, batch] of batches.entries()) {
    const first = scope.kind === 'full-refresh' && index === 0;
    progress.step(`Construyendo por tandas: tanda ${index + 1} de ${batches.length + 1} (entregas hasta la ${batch.ultimaEntrega}; las pruebas, al final)`);
    const result = await runDbt({
      command: 'build',
      warehousePath: transaction.workPath,
      // Another vars would make dbt parse again anyway: a folder of its own keeps the kept parse intact.
      targetPath: join(transaction.workDir, 'dbt-tandas'),
      vars: { ...vars, entrega_hasta: String(batch.ultimaEntrega) },
      excludeResourceTypes: ['test', 'unit_test'],
      // The first batch of a full refresh creates every model; the others add their deliveries.
      ...(first ? { fullRefresh: true } : { select: changesSelection(batch.fuentes, false) }),
    });
    const failed = blockingResults(result.results);
    if (result.exitCode !== 0 || failed.length > 0) {
      const detail = failed.length ? failed.map((node) => `${node.name}: ${node.message ?? node.status}`).join('; ') : result.tail.slice(-8).join('\n');
      throw new RunFailure(`dbt falló en la tanda ${index + 1} de ${batches.length + 1} (${detail})`);
    }
  }
  const targetPath = join(transaction.workDir, 'dbt-target');
  const parseKey = { fingerprint, warehousePath: transaction.workPath, vars };
  await restorePartialParse(parseKey, targetPath);
  let finished = 0;
  const result = await runDbt({
    command: scope.kind === 'nothing' ? 'parse' : 'build',
    warehousePath: transaction.workPath,
    targetPath,
    vars,
    // After the batches the models exist and hold the earlier deliveries: the last batch adds the rest.
    fullRefresh: scope.kind === 'full-refresh' && batches.length === 0,
    ...(select ? { select } : {}),
    onProgress: (line) => {
      const match = /^\S+\s+(\d+) of (\d+) (OK|PASS|WARN|ERROR|FAIL|SKIP)\S*\s+(.*?)\s*\.{2,}/.exec(line);
      if (!match) return;
      progress.detail(`dbt ${match[1]}/${match[2]} ${match[3]} ${match[4]}`);
      // dbt numbers nodes by start order; with two threads they finish out of order, so count completions.
      progress.count('dbt', ++finished, Number(match[2]));
    },
  });
  const tests = result.results.filter((node) => node.resourceType === 'test' || node.resourceType === 'unit_test');
  const blocking = blockingResults(result.results);
  report.dbt = {
    alcance,
    tandas: batches.length + 1,
    modelos: result.results.filter((node) => node.resourceType === 'model').length,
    pruebas: tests.length,
    pruebas_fallidas: tests.filter((node) => ['fail', 'error'].includes(node.status)).length,
    advertencias: result.results.filter((node) => node.status === 'warn').length,
    fallos: blocking.map((node) => ({ nodo: node.name, estado: node.status, mensaje: node.message })),
  };
  report.pasos.push({ paso: 'dbt build', segundos: since(start) });
  if (result.exitCode !== 0 || blocking.length > 0) {
    const detail = blocking.length ? `${blocking.length} nodos con error o prueba fallida` : result.tail.slice(-8).join('\n');
    throw new RunFailure(`dbt build falló (${detail})`);
  }
  await saveBuild(transaction.workPath, { huella: fingerprint, periodo: periodKey(period), crudo: raw, ultimaEntrega: deliveries.at(-1)?.entregaId ?? 0 });
  await keepPartialParse(parseKey, targetPath);
  return join(targetPath, 'manifest.json');
}

/** Reads the data-quality marts into the report: quarantine by reason, unknown codes, day/month switches. */
export async function qualityStep(warehouse: Warehouse, report: RunReport): Promise<void> {
  // Reasons quote the offending value first («…»); grouping without it keeps one line per kind of problem.
  const groups = await warehouse.rows<{ fuente: string; motivo: string; filas: number }>(`
    select fuente, regexp_replace(motivo, '«[^»]*»', '«…»') as motivo, count(*)::integer as filas
    from calidad.cuarentena group by all order by filas desc, fuente, motivo`);
  const filas = await warehouse.rows<QuarantinedRow>(`
    select fuente, archivo, linea, motivo from calidad.cuarentena order by fuente, archivo, linea limit ${QUARANTINE_ROWS}`);
  report.cuarentena = { total: groups.reduce((sum, group) => sum + group.filas, 0), por_motivo: groups, filas };
  report.codigos_desconocidos = await warehouse.rows(`
    select fuente, columna, codigo, filas::integer as filas from calidad.codigos_desconocidos order by fuente, columna, codigo`);
  report.cambios_granularidad = await warehouse.rows(`
    select fuente, mes::varchar as mes, dimensiones, granularidad_vigente, archivo from calidad.cambios_granularidad order by all`);
}
