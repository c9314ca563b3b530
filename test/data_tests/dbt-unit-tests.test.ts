/**
 * The models' dbt unit tests (`unit_tests:` in models/**.yml: given rows in, expected rows out).
 * They check the SQL, not the data, so the pipeline's builds leave them out (dbt's advice; see
 * buildStep) and they run here, once per version of the code, against a copy of the demo warehouse
 * (dbt reads the columns of each test's inputs from the built models).
 */
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDbt, type DbtRunResult } from '../../pipelines/dbt/dbt-runner.js';
import { demoEditionPaths, testTmpRoot } from '../support/demo-edition.js';

const root = join(testTmpRoot, 'test-dbt-unit-tests');
const warehouse = join(root, 'memoria.duckdb');
let run: DbtRunResult;
let declared: string[];

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await copyFile(demoEditionPaths.warehouse, warehouse);
  run = await runDbt({ command: 'test', warehousePath: warehouse, targetPath: join(root, 'target'), vars: { desde: '2023-06', hasta: '2024-03' }, select: 'test_type:unit' });
  const manifest = JSON.parse(await readFile(join(root, 'target', 'manifest.json'), 'utf8')) as { unit_tests: Record<string, unknown> };
  declared = Object.keys(manifest.unit_tests);
});

describe("the models' dbt unit tests", () => {
  it('all run and pass', () => {
    expect(run.exitCode, run.tail.join('\n')).toBe(0);
    expect(declared.length).toBeGreaterThan(30);
    const unitTests = run.results.filter((result) => result.resourceType === 'unit_test');
    expect(unitTests.map((result) => result.uniqueId).sort()).toEqual([...declared].sort());
    expect(unitTests.filter((result) => result.status !== 'pass')).toEqual([]);
  });
});
