/**
 * The model-level NOT NULL test (data_tests/generic/no_nulas.sql) that stands for a not_null test per
 * column: rendered by dbt itself and run on a real DuckDB file, it must report each column holding
 * NULLs with its count, and nothing for a table without them (what makes dbt pass the test).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbtExecutable } from '../../pipelines/dbt/dbt-runner.js';
import { projectRoot } from '../../pipelines/paths.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'memoria-no-nulas-'));
  const instance = await DuckDBInstance.create(join(dir, 'prueba.duckdb'));
  const connection = await instance.connect();
  await connection.run(`create table con_nulas as select * from (values (1, 'x', null), (null, 'y', null), (3, 'z', 5)) t (a, b, c)`);
  await connection.run(`create table sin_nulas as select * from (values (1, 'x', 4), (2, 'y', 5)) t (a, b, c)`);
  connection.closeSync();
  instance.closeSync();
});

afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `dbt show` on an inline query against the scratch warehouse and returns its rows. */
async function show(sql: string): Promise<Record<string, unknown>[]> {
  const args = ['show', '--project-dir', projectRoot, '--profiles-dir', projectRoot, '--target-path', join(dir, 'target'), '--inline', sql, '--output', 'json', '--log-format', 'json'];
  const child = spawn(dbtExecutable(), args, { cwd: dir, env: { ...process.env, MEMORIA_WAREHOUSE: 'prueba.duckdb', DBT_LOG_PATH: join(dir, 'logs') } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const shown = output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { info: { name: string }; data: { preview?: string } })
    .find((event) => event.info.name === 'ShowNode');
  if (code !== 0 || !shown?.data.preview) throw new Error(`dbt show falló (${code}):\n${output.slice(-2000)}`);
  return JSON.parse(shown.data.preview) as Record<string, unknown>[];
}

describe('no_nulas, the NOT NULL test of several columns in one node', () => {
  it('reports every column with NULLs and how many, and nothing for a table without them', { timeout: 120_000 }, async () => {
    const test = (table: string) => `{{ test_no_nulas(model='main.${table}', columnas=['a', 'b', 'c']) }}`;
    const rows = await show(`select 'con_nulas' as tabla, * from (${test('con_nulas')}) union all select 'sin_nulas', * from (${test('sin_nulas')}) order by all`);
    expect(rows).toEqual([
      { tabla: 'con_nulas', columna: 'a', filas_nulas: 1 },
      { tabla: 'con_nulas', columna: 'c', filas_nulas: 2 },
    ]);
  });
});
