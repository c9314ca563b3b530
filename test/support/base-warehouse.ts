import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { testTmpRoot } from './demo-edition.js';
import { loadAndBuild } from './load-and-build.js';

/**
 * A warehouse built once, by the global setup, from an empty landing: every model built, holding
 * nothing. A suite that needs a warehouse of its own starts from a copy, so its first run builds
 * only what depends on its sources and its period (the build scope of any later run) instead of
 * all 114 models and their tests: a full build costs ≈ 30 s of dbt on these 2 cores, and a dozen
 * suites paid it. What proves a first build still starts from nothing: the demo edition, and the
 * full and batched rebuilds of incremental-contract.test.ts.
 */
export const baseWarehouse = join(testTmpRoot, 'test-base', 'almacen', 'memoria.duckdb');

/** Builds the base warehouse (global setup). */
export async function buildBaseWarehouse(): Promise<void> {
  const root = dirname(dirname(baseWarehouse));
  await rm(root, { recursive: true, force: true });
  const landing = join(root, 'landing');
  await mkdir(landing, { recursive: true });
  await mkdir(dirname(baseWarehouse), { recursive: true });
  await loadAndBuild(landing, baseWarehouse, reportingPeriod('2023-06', '2024-03'));
}

/** Puts a copy of the base warehouse at `warehousePath` (its folder is created). */
export async function startFromBaseWarehouse(warehousePath: string): Promise<void> {
  await mkdir(dirname(warehousePath), { recursive: true });
  await copyFile(baseWarehouse, warehousePath);
}
