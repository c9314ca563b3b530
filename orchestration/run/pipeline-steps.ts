import { join } from 'node:path';
import { RunFailure } from '../../pipelines/run-failure.js';
import { dbtCodeFingerprint, saveBuild } from '../../pipelines/dbt/build-fingerprint.js';
import { blockingResults, runDbt, type DbtNodeResult } from '../../pipelines/dbt/dbt-runner.js';
import { keepPartialParse, restorePartialParse } from '../../pipelines/dbt/parse-cache.js';
import { extractLanding } from '../../pipelines/extract/extract-landing.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { WarehouseTransaction } from '../../pipelines/warehouse/warehouse-transaction.js';
import { dbtBuilds, rowsPerBatch } from './build-batches.js';
import { buildScope, periodKey, scopeText } from './build-scope.js';
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
 * Runs `dbt build` (seeds, models and data tests; the unit tests run in `npm test`) on the
 * transaction's warehouse over what changed (buildScope), in batches of deliveries when a large load
 * arrives (build-batches.ts); fails on any error-level result. With nothing to build it only parses
 * the project (the outputs read the models' documentation from the manifest).
 */
export async function buildStep(transaction: WarehouseTransaction, period: ReportingPeriod, report: RunReport, progress: Progress): Promise<string> {
  const start = performance.now();
  const fingerprint = await dbtCodeFingerprint();
  const { scope, raw, deliveries, builtUpTo } = await buildScope(transaction.workPath, fingerprint, period);
  // A build recorded before it kept its last delivery is not split: which deliveries it holds is unknown.
  const builds = dbtBuilds(scope, builtUpTo === null ? [] : deliveries.filter((delivery) => delivery.entregaId > builtUpTo), rowsPerBatch());
  const alcance = scopeText(scope);
  progress.step(`Construyendo el almacén con dbt (periodo ${period.desde} a ${period.hasta}; ${alcance}${builds.length > 1 ? `; en ${builds.length} tandas de entregas` : ''})`);
  const targetPath = join(transaction.workDir, 'dbt-target');
  const parseKey = { fingerprint, warehousePath: transaction.workPath, period: periodKey(period) };
  await restorePartialParse(parseKey, targetPath);
  const results: DbtNodeResult[] = [];
  for (const [index, build] of builds.entries()) {
    if (builds.length > 1) progress.step(`Tanda ${index + 1} de ${builds.length}: ${build.entregaHasta === undefined ? 'todas las entregas' : `hasta la entrega ${build.entregaHasta}`}`);
    let finished = 0;
    const result = await runDbt({
      command: scope.kind === 'nothing' ? 'parse' : 'build',
      warehousePath: transaction.workPath,
      // Batches share the kept parse: dbt parses again only what reads their last delivery.
      targetPath,
      period,
      entregaHasta: build.entregaHasta,
      fullRefresh: build.fullRefresh,
      // Unit tests check the models' SQL on fixed rows, not the data: they run once per version of the
      // code, in `npm test` (test/data_tests/dbt-unit-tests.test.ts), not in every build (dbt's advice).
      withoutUnitTests: true,
      ...(build.select ? { select: build.select } : {}),
      onProgress: (line) => {
        const match = /^\S+\s+(\d+) of (\d+) (OK|PASS|WARN|ERROR|FAIL|SKIP)\S*\s+(.*?)\s*\.{2,}/.exec(line);
        if (!match) return;
        progress.detail(`dbt ${match[1]}/${match[2]} ${match[3]} ${match[4]}`);
        // dbt numbers nodes by start order; with two threads they finish out of order, so count completions.
        progress.count('dbt', ++finished, Number(match[2]));
      },
    });
    results.push(...result.results);
    const blocking = blockingResults(result.results);
    if (result.exitCode !== 0 || blocking.length > 0) {
      summarizeBuild(report, alcance, builds.length, results);
      report.pasos.push({ paso: 'dbt build', segundos: since(start) });
      const detail = blocking.length ? `${blocking.length} nodos con error o prueba fallida` : result.tail.slice(-8).join('\n');
      throw new RunFailure(`dbt build falló${builds.length > 1 ? ` en la tanda ${index + 1} de ${builds.length}` : ''} (${detail})`);
    }
  }
  summarizeBuild(report, alcance, builds.length, results);
  report.pasos.push({ paso: 'dbt build', segundos: since(start) });
  await saveBuild(transaction.workPath, { huella: fingerprint, periodo: periodKey(period), crudo: raw, ultimaEntrega: deliveries.at(-1)?.entregaId ?? 0 });
  await keepPartialParse(parseKey, targetPath);
  return join(targetPath, 'manifest.json');
}

/** Writes what the build's dbt invocations did into the report (nodes of every batch counted). */
function summarizeBuild(report: RunReport, alcance: string, tandas: number, results: DbtNodeResult[]): void {
  const tests = results.filter((node) => node.resourceType === 'test');
  report.dbt = {
    alcance,
    tandas,
    modelos: results.filter((node) => node.resourceType === 'model').length,
    pruebas: tests.length,
    pruebas_fallidas: tests.filter((node) => ['fail', 'error'].includes(node.status)).length,
    advertencias: results.filter((node) => node.status === 'warn').length,
    fallos: blockingResults(results).map((node) => ({ nodo: node.name, estado: node.status, mensaje: node.message })),
    nodos_mas_lentos: slowestNodes(results),
  };
}

const SLOWEST_NODES = 10;

/** Returns the nodes that took longest, each node's seconds added up over the batches that built it. */
function slowestNodes(results: DbtNodeResult[]): { nodo: string; segundos: number }[] {
  const seconds = new Map<string, number>();
  for (const node of results) seconds.set(node.name, (seconds.get(node.name) ?? 0) + node.seconds);
  return [...seconds]
    .sort((a, b) => b[1] - a[1])
    .slice(0, SLOWEST_NODES)
    .map(([nodo, total]) => ({ nodo, segundos: Math.round(total * 10) / 10 }));
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
