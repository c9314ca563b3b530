import { execFile } from 'node:child_process';
import { cp, link, mkdir, mkdtemp, readdir, rm, stat, symlink } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { runDbt } from '../../pipelines/dbt/dbt-runner.js';
import { writeDemoLanding } from '../../pipelines/demo/demo-landing.js';
import { addMonths } from '../../pipelines/demo/shared/calendar.js';
import { extractLanding } from '../../pipelines/extract/extract-landing.js';
import { silentProgress } from '../run/progress.js';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { runEdition } from '../run/run-edition.js';
import type { DbtSummary } from '../run/run-report.js';
import { forgetBuildFingerprint } from '../../pipelines/dbt/build-fingerprint.js';
import { nodeDuckDBSettings, openWarehouse, sqlString } from '../../pipelines/warehouse/warehouse-connection.js';
import type { BenchFigures } from './bench-figures.js';
import { compareWarehouses } from './compare-warehouses.js';
import { monthDeliveryName, writeBenchCorrection, writeBenchMonth } from './flujo-bench-landing.js';
import { watchPeakMemory } from './peak-memory.js';
import { watchPeakSpill } from './peak-spill.js';

export interface BenchOptions {
  /** Crossings in the one-year landing (the N; 12,000,000 by default). */
  readonly rows: number;
  /** Years of history loaded before the incremental month (5 by default). */
  readonly years: number;
  /** Where the progress lines go (stderr in the CLI). */
  readonly log: (message: string) => void;
}

/** The last month of the benchmark year: the demo's other sources reach it too. */
const LAST_MONTH = '2024-05';
const COLUMNS = "{'id': 'VARCHAR', 'fecha': 'VARCHAR', 'puesto': 'VARCHAR', 'via': 'VARCHAR', 'direccion': 'VARCHAR', 'sexo': 'VARCHAR', 'nacionalidad': 'VARCHAR'}";

const seconds = (start: number) => Math.round((performance.now() - start) / 100) / 10;

/** The command users run, started as they start it: `node bin/memoria.mjs`. */
const MEMORIA_BIN = fileURLToPath(new URL('../../bin/memoria.mjs', import.meta.url));

/**
 * Runs the benchmark of issue #8 in a scratch folder (removed at the end) and returns its figures:
 * DuckDB's native read_csv against memoria's extraction on the same record-level `flujo` files, dbt
 * build of the flow models, a full run to a published edition, and a new month on top of `years`
 * years of history, incremental against a full rebuild of the same warehouse. Last (issue #16),
 * on the incremental warehouse once nothing else reads it: one `memoria consulta` of the benchmark
 * year by day and post, in its own process.
 */
export async function runFlujoBench(options: BenchOptions): Promise<BenchFigures> {
  const { log } = options;
  const loadStart = loadavg().map((value) => Math.round(value * 10) / 10);
  const memory = watchPeakMemory();
  // Node's peak RSS only grows: recorded when each phase ends, it shows which phase raised it.
  // dbt runs in a new process each time, so its peak is each phase's own.
  const nodePeakAfter: Record<string, number> = {};
  const dbtPeakIn: Record<string, number> = {};
  let currentPhase = 'generación de los archivos';
  const phase = (name: string) => {
    nodePeakAfter[currentPhase] = memory.read().nodeMb;
    dbtPeakIn[currentPhase] = memory.childSincePhase();
    currentPhase = name;
    log(name);
  };
  const root = await mkdtemp(join(tmpdir(), 'memoria-bench-'));
  try {
    const perMonth = Math.max(1, Math.floor(options.rows / 12));
    const yearMonths = Array.from({ length: 12 }, (_, index) => addMonths(LAST_MONTH, index - 11));
    const year = join(root, 'anio');
    log(`Generando ${options.rows.toLocaleString('en-US')} cruces (${yearMonths[0]} a ${LAST_MONTH}) en ${root}`);
    for (const [index, month] of yearMonths.entries()) {
      await writeBenchMonth(year, month, index === 11 ? options.rows - perMonth * 11 : perMonth);
    }
    const demo = join(root, 'demo');
    await writeDemoLanding(demo);
    await rm(join(demo, 'flujo'), { recursive: true });

    phase('read_csv nativo de DuckDB');
    const native = await nativeLoad(join(year, 'flujo'), join(root, 'nativo.duckdb'));
    phase('Extracción de memoria');
    const extractStart = performance.now();
    const extracted = join(root, 'extraccion', 'memoria.duckdb');
    const summary = await extractLanding(year, extracted, join(root, 'extraccion', 'entregas'));
    const extractS = seconds(extractStart);
    const extractedRows = summary.sources.flatMap((source) => source.deliveries).reduce((sum, delivery) => sum + delivery.filas, 0);
    if (summary.rejected.length) throw new Error(`la extracción rechazó ${summary.rejected.map((delivery) => delivery.archivo).join(', ')}`);

    phase('dbt build de los modelos de flujo');
    const dbtStart = performance.now();
    const period = { desde: yearMonths[0], hasta: LAST_MONTH };
    const dbt = await runDbt({
      command: 'build',
      warehousePath: extracted,
      targetPath: join(root, 'dbt-flujo'),
      period,
      select: '+flujo_mensual',
      indirectSelection: 'cautious',
      withoutUnitTests: true,
    });
    const dbtS = seconds(dbtStart);
    if (dbt.exitCode !== 0) throw new Error(`dbt build falló:\n${dbt.tail.slice(-10).join('\n')}`);

    phase('Ejecución completa de un año hasta la edición publicada');
    const yearLanding = await landingWith(join(root, 'edicion-anio'), demo, join(year, 'flujo'));
    const oneYearWarehouse = join(root, 'anio-almacen', 'memoria.duckdb');
    const fullRun = await timedEdition(yearLanding, oneYearWarehouse, join(root, 'anio-edicion'), period.desde, period.hasta);

    const history = join(root, 'historia');
    const historyMonths = Array.from({ length: options.years * 12 }, (_, index) => addMonths(LAST_MONTH, index - options.years * 12 + 1));
    phase(`Generando la historia: ${options.years} años (${historyMonths[0]} a ${LAST_MONTH})`);
    await mkdir(join(history, 'flujo'), { recursive: true });
    for (const month of historyMonths) {
      // The benchmark year's files are the same files: hard links, not copies.
      if (yearMonths.includes(month)) await link(join(year, 'flujo', monthDeliveryName(month)), join(history, 'flujo', monthDeliveryName(month)));
      else await writeBenchMonth(history, month, perMonth);
    }
    const historyLanding = await landingWith(join(root, 'edicion-historia'), demo, join(history, 'flujo'));
    const warehouse = join(root, 'historia-almacen', 'memoria.duckdb');
    const newMonth = addMonths(LAST_MONTH, 1);
    const newPeriod = { desde: addMonths(newMonth, -11), hasta: newMonth };
    // The history is published for the period ending with its last month; the new month comes with
    // its own period, as each monthly edition does, and both warehouses receive it that way.
    phase('Carga de la historia');
    const historyRun = await timedEdition(historyLanding, warehouse, join(root, 'historia-edicion'), period.desde, period.hasta);

    phase(`Mes nuevo ${newMonth} y corrección de un mes antiguo`);
    const newDelivery = await writeBenchMonth(history, newMonth, perMonth);
    // The first month of the benchmark year: an old month in every history, so the 1-year and the
    // n-year warehouses receive the same new month and the same correction.
    const corrected = yearMonths[0];
    const correctionRows = Math.max(1, Math.min(10_000, Math.floor(perMonth / 100)));
    const correction = await writeBenchCorrection(history, corrected, correctionRows, `${addMonths(newMonth, 1)}-06`);
    const rebuilt = join(root, 'reconstruccion-almacen', 'memoria.duckdb');
    await cp(join(root, 'historia-almacen'), join(root, 'reconstruccion-almacen'), { recursive: true });
    await forgetBuildFingerprint(rebuilt);

    phase('Mes nuevo, incremental');
    const incremental = await timedEdition(historyLanding, warehouse, join(root, 'incremental-edicion'), newPeriod.desde, newPeriod.hasta);
    phase('Ejecución sin novedades (la misma entrada otra vez)');
    const noop = await timedEdition(historyLanding, warehouse, join(root, 'incremental-edicion'), newPeriod.desde, newPeriod.hasta);
    phase('Mes nuevo, reconstrucción completa');
    const spill = watchPeakSpill(join(root, 'reconstruccion-almacen'));
    const full = await timedEdition(historyLanding, rebuilt, join(root, 'reconstruccion-edicion'), newPeriod.desde, newPeriod.hasta);
    const peakSpillMb = await spill.stop();
    phase('Mes nuevo sobre un año de historia');
    // The same two files the history received, and nothing else of it.
    for (const file of [newDelivery.file, correction.file]) await link(file, join(year, 'flujo', basename(file)));
    const oneYear = await timedEdition(yearLanding, oneYearWarehouse, join(root, 'anio-edicion'), newPeriod.desde, newPeriod.hasta);
    phase('Comparando el almacén incremental con la reconstrucción');
    const differences = await compareWarehouses(warehouse, rebuilt);
    const warehouseMb = Math.round((await stat(warehouse)).size / 1e6);

    // After the memory watch stops: the consulta's process must not raise the pipeline's peak, and
    // the register row it writes comes after the comparison and the warehouse size.
    const peak = memory.stop();
    nodePeakAfter[currentPhase] = peak.nodeMb;
    dbtPeakIn[currentPhase] = memory.childSincePhase();
    log(`Consulta de ${period.desde} a ${period.hasta} por día y puesto (memoria consulta)`);
    const consulta = await timedConsulta(warehouse, join(root, 'consulta', 'respuesta.csv'), period.desde, period.hasta);
    const cpu = cpus();
    // Ratios to three decimals: a target is not met by rounding (0.104 is not ≤ 0.10).
    return {
      extract_rows_per_s: Math.round(extractedRows / extractS),
      native_rows_per_s: Math.round(native.rows / native.seconds),
      extract_ratio: Math.round((extractedRows / extractS / (native.rows / native.seconds)) * 1000) / 1000,
      dbt_build_s: dbtS,
      full_run_s: fullRun.seconds,
      incremental_s: incremental.seconds,
      full_rebuild_s: full.seconds,
      incremental_ratio: Math.round((incremental.seconds / full.seconds) * 1000) / 1000,
      incremental_history_ratio: Math.round((incremental.seconds / oneYear.seconds) * 1000) / 1000,
      noop_run_s: noop.seconds,
      peak_spill_mb: peakSpillMb,
      warehouse_mb: warehouseMb,
      peak_rss_mb: Math.max(peak.nodeMb, peak.childMb),
      consulta_dia_puesto_s: consulta.seconds,
      detalle: {
        filas: extractedRows,
        anios_historia: options.years,
        filas_historia: perMonth * historyMonths.length + (options.rows - perMonth * 12),
        filas_mes_nuevo: perMonth,
        filas_correccion: correctionRows,
        extraccion_s: extractS,
        nativo_s: native.seconds,
        carga_historia_s: historyRun.seconds,
        incremental_dbt_s: incremental.dbtSeconds,
        incremental_un_anio_s: oneYear.seconds,
        sin_novedades_hizo_nada: noop.unchanged,
        full_rebuild_dbt_s: full.dbtSeconds,
        pasos: { anio: fullRun.steps, historia: historyRun.steps, incremental: incremental.steps, un_anio: oneYear.steps, reconstruccion: full.steps },
        nodos_mas_lentos: { anio: fullRun.slowest, historia: historyRun.slowest, incremental: incremental.slowest, un_anio: oneYear.slowest, reconstruccion: full.slowest },
        incremental_igual_a_completa: differences.length === 0,
        diferencias: differences,
        peak_rss_node_mb: peak.nodeMb,
        peak_rss_dbt_mb: peak.childMb,
        peak_rss_node_mb_por_fase: nodePeakAfter,
        peak_rss_dbt_mb_por_fase: Object.fromEntries(Object.entries(dbtPeakIn).filter(([, mb]) => mb > 0)),
        consulta_filas_anio: consulta.records,
        consulta_filas_respuesta: consulta.answerRows,
        maquina: {
          cpus: cpu.length,
          modelo: cpu[0]?.model ?? '',
          memoria_gb: Math.round(totalmem() / 2 ** 30),
          sistema: `${process.platform} ${release()}`,
          carga_inicio: loadStart,
          carga_fin: loadavg().map((value) => Math.round(value * 10) / 10),
        },
      },
    };
  } finally {
    memory.stop();
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Answers `memoria consulta --medida flujo --por dia,puesto` for `desde`..`hasta` in a child process
 * (what a user waits for, Node's start included) and returns its seconds, the records of the
 * period it adds up (rows of marts.conteos_diarios) and the rows of the answer; throws when it fails.
 */
async function timedConsulta(warehouse: string, out: string, desde: string, hasta: string): Promise<{ seconds: number; records: number; answerRows: number }> {
  await mkdir(join(out, '..'), { recursive: true });
  const args = [
    'consulta',
    '--medida',
    'flujo',
    '--por',
    'dia,puesto',
    '--desde',
    desde,
    '--hasta',
    hasta,
    '--solicitud',
    'Cruces fronterizos de un año por día y puesto (memoria bench)',
    '--out',
    out,
    '--warehouse',
    warehouse,
  ];
  const start = performance.now();
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(process.execPath, [MEMORIA_BIN, ...args], { maxBuffer: 1 << 20 }));
  } catch (error) {
    const failure = error as { code?: number; stderr?: string };
    throw new Error(`memoria consulta falló (salida ${failure.code}): ${failure.stderr?.trim() ?? String(error)}`);
  }
  const elapsed = seconds(start);
  const answerRows = /^\s+(\d+) filas?\b/m.exec(stdout);
  if (!answerRows) throw new Error(`memoria consulta no informó sus filas:\n${stdout}`);
  const reader = await openWarehouse(warehouse, { readOnly: true });
  try {
    const [counted] = await reader.rows<{ filas: number }>(`select count(*)::integer as filas from marts.conteos_diarios where fuente = 'flujo' and mes between ? and ?`, [desde, hasta]);
    return { seconds: elapsed, records: Number(counted.filas), answerRows: Number(answerRows[1]) };
  } finally {
    reader.close();
  }
}

/** Loads every CSV of `folder` into one table with DuckDB's own reader, one statement per file; returns rows and seconds. */
async function nativeLoad(folder: string, databasePath: string): Promise<{ rows: number; seconds: number }> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.csv')).sort();
  const start = performance.now();
  const instance = await DuckDBInstance.create(databasePath, { ...nodeDuckDBSettings });
  const connection = await instance.connect();
  await connection.run(`create table flujo (id varchar, fecha varchar, puesto varchar, via varchar, direccion varchar, sexo varchar, nacionalidad varchar)`);
  for (const name of files) {
    await connection.run(`insert into flujo select * from read_csv(${sqlString(join(folder, name))}, header = true, all_varchar = true,
      auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${COLUMNS})`);
  }
  const reader = await connection.runAndReadAll('select count(*)::integer as filas from flujo');
  const rows = Number(reader.getRowObjects()[0].filas);
  connection.closeSync();
  instance.closeSync();
  return { rows, seconds: seconds(start) };
}

/** Returns a landing folder holding the demo's other sources and `flujo` (symbolic links). */
async function landingWith(dir: string, demo: string, flujo: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const source of await readdir(demo)) await symlink(join(demo, source), join(dir, source));
  await symlink(flujo, join(dir, 'flujo'));
  return dir;
}

/** Runs `memoria run` on the landing and returns its seconds and those of its dbt build; throws when it fails. */
async function timedEdition(
  landing: string,
  warehouse: string,
  out: string,
  desde: string,
  hasta: string,
): Promise<{ seconds: number; dbtSeconds: number; steps: Record<string, number>; slowest: DbtSummary['nodos_mas_lentos']; unchanged: boolean }> {
  const start = performance.now();
  const report = await runEdition({ landing, warehouse, out, period: reportingPeriod(desde, hasta) }, silentProgress);
  const elapsed = seconds(start);
  if (report.resultado !== 'correcto') throw new Error(`memoria run falló: ${report.error}\n${JSON.stringify(report.dbt?.fallos ?? [])}`);
  const steps: Record<string, number> = Object.fromEntries(report.pasos.map((step) => [step.paso, step.segundos]));
  // What no step times: beginning the warehouse transaction, its commit (one checkpoint), the report.
  steps['transacción del almacén y otros'] = Math.round((elapsed - report.pasos.reduce((sum, step) => sum + step.segundos, 0)) * 10) / 10;
  return { seconds: elapsed, dbtSeconds: steps['dbt build'] ?? 0, steps, slowest: report.dbt?.nodos_mas_lentos ?? [], unchanged: report.sin_novedades !== undefined };
}
