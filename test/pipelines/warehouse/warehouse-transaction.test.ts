import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatStatus } from '../../../orchestration/schedule/status-text.js';
import { gatherStatus, statusHealthy } from '../../../orchestration/schedule/warehouse-status.js';
import { projectRoot } from '../../../pipelines/paths.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { acquireWarehouseLock, WarehouseBusyError } from '../../../pipelines/warehouse/warehouse-lock.js';
import { beginWarehouseTransaction } from '../../../pipelines/warehouse/warehouse-transaction.js';
import { testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-transaccion-almacen');
const warehousePath = join(root, 'almacen', 'memoria.duckdb');

/** What the warehouse holds, as a reader sees it: every table's rows, order-independent. */
async function content(): Promise<unknown[]> {
  const warehouse = await openWarehouse(warehousePath, { readOnly: true });
  try {
    const tables = await warehouse.rows<{ name: string }>(`select schema_name || '.' || table_name as name from duckdb_tables() order by name`);
    const sums = [];
    for (const { name } of tables) sums.push({ name, ...(await warehouse.rows(`select count(*)::bigint::varchar as n, sum(hash(t))::varchar as h from ${name} t`))[0] });
    return sums;
  } finally {
    warehouse.close();
  }
}

/** DuckDB's file header blocks (main header and the two database headers): a checkpoint rewrites one. */
async function headerHash(): Promise<string> {
  return createHash('sha256')
    .update((await readFile(warehousePath)).subarray(0, 3 * 4096))
    .digest('hex');
}

async function largestWorkFile(): Promise<number> {
  let largest = 0;
  for (const name of await readdir(join(root, 'almacen'))) {
    if (!name.startsWith('.trabajo-')) continue;
    for (const entry of await readdir(join(root, 'almacen', name), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) largest = Math.max(largest, (await stat(join(entry.parentPath, entry.name))).size);
    }
  }
  return largest;
}

beforeEach(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'almacen'), { recursive: true });
  const warehouse = await openWarehouse(warehousePath);
  await warehouse.run(`create schema datos; create table datos.t as select range as i, md5(range::varchar) as s from range(2000000)`);
  // Free blocks inside the file, as every rebuilt table leaves: the transaction's writes may reuse them.
  await warehouse.run(`create table datos.borrada as select range as i from range(1000000); checkpoint; drop table datos.borrada`);
  warehouse.close();
});

describe('a warehouse transaction', () => {
  it('writes the warehouse in place, without copying it, and rolls back to exactly its content', async () => {
    const before = await content();
    const { size, ino } = await stat(warehousePath);
    const header = await headerHash();
    const transaction = await beginWarehouseTransaction(warehousePath);
    expect(transaction.workPath).toBe(warehousePath);
    const warehouse = await openWarehouse(transaction.workPath);
    await warehouse.run(`insert into datos.t select range + 10000000, 'nuevo' from range(1500000)`);
    await warehouse.run(`delete from datos.t where i < 1000`);
    await warehouse.run(`create table datos.nueva as select range as i from range(500000)`);
    warehouse.close();
    // Nothing the size of the warehouse was written beside it; the committed header still rules the file.
    expect(await largestWorkFile()).toBeLessThan(64 * 1024);
    expect(await headerHash()).toBe(header);
    await transaction.rollback();
    expect(existsSync(`${warehousePath}.wal`)).toBe(false);
    expect((await stat(warehousePath)).size).toBe(size);
    expect((await stat(warehousePath)).ino).toBe(ino);
    expect(await content()).toEqual(before);
    expect((await readdir(join(root, 'almacen'))).filter((name) => name.startsWith('.trabajo-'))).toEqual([]);
  });

  it('commits with one checkpoint, in place', async () => {
    const { ino } = await stat(warehousePath);
    const transaction = await beginWarehouseTransaction(warehousePath);
    const warehouse = await openWarehouse(transaction.workPath);
    await warehouse.run(`insert into datos.t select range + 10000000, 'nuevo' from range(1500000)`);
    warehouse.close();
    await transaction.commit();
    expect(existsSync(`${warehousePath}.wal`)).toBe(false);
    expect((await stat(warehousePath)).ino).toBe(ino);
    const reader = await openWarehouse(warehousePath, { readOnly: true });
    try {
      expect(await reader.rows(`select count(*)::integer as n, count(*) filter (where s = 'nuevo')::integer as nuevas from datos.t`)).toEqual([{ n: 3500000, nuevas: 1500000 }]);
    } finally {
      reader.close();
    }
  });

  it('cannot be rolled back once a connection that does not hold its checkpoints has closed (why every connection must)', async () => {
    const before = await content();
    const header = await headerHash();
    const transaction = await beginWarehouseTransaction(warehousePath);
    // A DuckDB instance opened behind memoria's back checkpoints when it closes, as DuckDB does by default.
    const instance = await DuckDBInstance.create(transaction.workPath);
    const connection = await instance.connect();
    await connection.run(`insert into datos.t select range + 10000000, 'nuevo' from range(1500000)`);
    connection.closeSync();
    instance.closeSync();
    expect(await headerHash()).not.toBe(header);
    await transaction.rollback();
    // The rollback sees the checkpoint and leaves the (now committed) file intact rather than cut it.
    expect(await content()).not.toEqual(before);
  });

  it('left by a killed process is refused while it lives and discarded by the next open', async () => {
    const before = await content();
    const { size } = await stat(warehousePath);
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'test', 'pipelines', 'warehouse', 'open-transaction.fixture.ts'), warehousePath], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('escrito') && resolve());
      child.on('exit', (code) => reject(new Error(`el proceso terminó antes de escribir (${code})`)));
    });
    expect(existsSync(`${warehousePath}.wal`)).toBe(true);
    // While it lives, a reader is told a run is writing instead of reading what it has not committed.
    const refused = await openWarehouse(warehousePath, { readOnly: true }).then(
      (warehouse) => (warehouse.close(), undefined),
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(WarehouseBusyError);
    expect((refused as Error).message).toMatch(/tiene una ejecución en curso \(proceso \d+\) que todavía no confirmó lo que escribe/);
    // `memoria status` says a run is writing and reads nothing, rather than fail or show uncommitted rows.
    const status = await gatherStatus(warehousePath, undefined, new Date());
    expect(status.sinLectura).toMatch(/ejecución en curso/);
    expect(status.fuentes).toEqual([]);
    expect(statusHealthy(status)).toBe(true);
    expect(formatStatus(status, new Date())).toMatch(
      /En curso: «prueba de transacción» \(proceso \d+, desde .*\) está escribiendo el almacén\n\nNo se leyó el estado de las fuentes: el almacén .* tiene una ejecución en curso/,
    );
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    // The killed process's lock is taken over, its log and blocks dropped, its work folder removed.
    expect(await content()).toEqual(before);
    expect(existsSync(`${warehousePath}.wal`)).toBe(false);
    expect((await stat(warehousePath)).size).toBe(size);
    expect((await readdir(join(root, 'almacen'))).filter((name) => name.startsWith('.trabajo-'))).toEqual([]);
    expect(existsSync(`${warehousePath}.lock`)).toBe(false);
    // And the warehouse takes a new transaction as usual.
    const lock = await acquireWarehouseLock(warehousePath, { command: 'prueba', waitMs: 0 });
    const transaction = await beginWarehouseTransaction(warehousePath);
    await transaction.commit();
    await lock.release();
    expect(await content()).toEqual(before);
  });
});
