/**
 * What a build covers (issue #17): from scratch when the dbt code changed, only what depends on the
 * sources with new deliveries and on the period when it changed otherwise, nothing when neither. The
 * build itself is proved equal to a full rebuild by incremental-contract.test.ts.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildScope, changesSelection } from '../../../orchestration/run/build-scope.js';
import { saveBuild } from '../../../pipelines/dbt/build-fingerprint.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-build-scope');
const path = join(root, 'memoria.duckdb');
const period = reportingPeriod('2023-06', '2024-03');

/** Adds a delivery of `source` with `rows` raw rows (0: every line was malformed). */
async function deliver(source: string, rows = 1): Promise<void> {
  const warehouse = await openWarehouse(path);
  try {
    await warehouse.run(`create schema if not exists raw; create table if not exists raw.entregas (entrega_id integer, fuente varchar, filas integer);
      create table if not exists raw.${source} (entrega_id integer, linea integer)`);
    await warehouse.run('insert into raw.entregas select coalesce(max(entrega_id), 0) + 1, ?, ? from raw.entregas', [source, rows]);
    for (let line = 1; line <= rows; line++) await warehouse.run(`insert into raw.${source} select max(entrega_id), ? from raw.entregas`, [line]);
  } finally {
    warehouse.close();
  }
}

/** Records a build of the warehouse as it is now, by code `huella` for `periodo`. */
async function built(huella: string, periodo = '2023-06..2024-03'): Promise<void> {
  const { raw } = await buildScope(path, huella, period);
  await saveBuild(path, { huella, periodo, crudo: raw, ultimaEntrega: null });
}

beforeEach(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
});

describe('the scope of a build', () => {
  it('is a full refresh for a warehouse never built, or built by other dbt code', async () => {
    await deliver('flujo');
    expect((await buildScope(path, 'a', period)).scope).toEqual({ kind: 'full-refresh' });
    await built('a');
    expect((await buildScope(path, 'b', period)).scope).toEqual({ kind: 'full-refresh' });
  });

  it("is what depends on the period when only the period changed, with the sources' news when both did", async () => {
    await deliver('flujo');
    await built('a');
    expect((await buildScope(path, 'a', reportingPeriod('2023-07', '2024-03'))).scope).toEqual({ kind: 'changes', sources: [], period: true });
    await deliver('pni');
    expect((await buildScope(path, 'a', reportingPeriod('2023-06', '2024-04'))).scope).toEqual({ kind: 'changes', sources: ['pni'], period: true });
  });

  it('is every model when the last build did not say what raw layer it had', async () => {
    await deliver('flujo');
    await saveBuild(path, { huella: 'a', periodo: '2023-06..2024-03', crudo: null, ultimaEntrega: null });
    expect((await buildScope(path, 'a', period)).scope).toEqual({ kind: 'all' });
  });

  it('is nothing without news, and the sources whose raw layer changed otherwise', async () => {
    await deliver('flujo');
    await deliver('retornados');
    await built('a');
    expect((await buildScope(path, 'a', period)).scope).toEqual({ kind: 'nothing' });
    // New deliveries (also ones only extracted, not built), one of them with every line malformed.
    await deliver('pni', 2);
    await deliver('flujo', 0);
    expect((await buildScope(path, 'a', period)).scope).toEqual({ kind: 'changes', sources: ['flujo', 'pni'], period: false });
    await built('a');
    // A row that reached the raw layer without a delivery: its source's tests must run.
    const warehouse = await openWarehouse(path);
    await warehouse.run('insert into raw.retornados values (999, 1)');
    warehouse.close();
    expect((await buildScope(path, 'a', period)).scope).toEqual({ kind: 'changes', sources: ['retornados'], period: false });
  });

  it('selects each source’s models and what lies downstream, with the deliveries’ shared models, and the period’s', () => {
    expect(changesSelection(['flujo', 'pni'], false)).toBe('source:raw.flujo+ source:raw.pni+ source:raw.filas_malformadas+ stg_entregas__entregas int_entregas__ordenadas');
    expect(changesSelection([], true)).toBe('int_periodos+');
    expect(changesSelection(['flujo'], true)).toBe('source:raw.flujo+ source:raw.filas_malformadas+ stg_entregas__entregas int_entregas__ordenadas int_periodos+');
  });
});
