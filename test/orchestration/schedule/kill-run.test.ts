import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipelines/paths.js';
import { silentProgress } from '../../../orchestration/run/progress.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { runEdition } from '../../../orchestration/run/run-edition.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { lockPathOf } from '../../../pipelines/warehouse/warehouse-lock.js';
import { demoEditionPaths, testTmpRoot } from '../../support/demo-edition.js';
import { fileFingerprint } from '../../support/folder-fingerprint.js';

const root = join(testTmpRoot, 'test-kill9');
const paths = { landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse: join(root, 'almacen', 'memoria.duckdb') };
const NEW_DELIVERY = '2024-05-31_nueva.csv';
const timings: Record<string, number> = {};

/**
 * Starts a real `memoria run` (its own process group, as systemd runs a service) and kills the whole
 * group with SIGKILL as soon as its progress shows `when`; resolves with the pid once it is dead.
 */
function killRunWhen(when: RegExp, delayMs = 0): Promise<{ pid: number; signal: string | null; stderr: string }> {
  const child = spawn(process.execPath, [join(projectRoot, 'bin', 'memoria.mjs'), 'run', '--landing', paths.landing, '--out', paths.out, '--warehouse', paths.warehouse, '--detalle'], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let killed = false;
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (!killed && when.test(stderr)) {
      killed = true;
      setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), delayMs);
    }
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ pid: child.pid!, signal, stderr })));
}

/**
 * Returns the fingerprint of every file under the warehouse folder and the edition, leaving out the
 * given prefixes: bytes, and for the warehouse its committed content (test/support/folder-fingerprint.ts).
 */
async function fingerprint(skip: string[] = []): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const dir of [join(root, 'almacen'), paths.out]) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (!entry.isFile() || skip.some((prefix) => relative(root, path).startsWith(prefix))) continue;
      hashes[relative(root, path)] = await fileFingerprint(path);
    }
  }
  return hashes;
}

/** What a killed run leaves: its lock, its work folder and DuckDB's log of what it wrote (uncommitted). */
const LEFT_BY_KILLED = ['almacen/.trabajo-', 'almacen/memoria.duckdb.lock', 'almacen/memoria.duckdb.wal'];

beforeAll(async () => {
  // A published edition and its warehouse (the demo built by the global setup), plus one new delivery to load.
  await rm(root, { recursive: true, force: true });
  await cp(demoEditionPaths.landing, paths.landing, { recursive: true });
  await cp(join(demoEditionPaths.warehouse, '..'), join(root, 'almacen'), { recursive: true });
  await cp(demoEditionPaths.out, paths.out, { recursive: true });
  await writeFile(join(paths.landing, 'retornados', NEW_DELIVERY), 'fecha,id,via,sexo,edad\n2024-05-30,K9-1,aerea,F,31\n2024-05-30,K9-2,terrestre,M,17\n');
});

describe('a run killed with kill -9', () => {
  let before: Record<string, string>;
  const killedPids: number[] = [];

  it("mid-extraction leaves the warehouse's content, its archive and the edition byte-for-byte as they were", async () => {
    before = await fingerprint();
    const start = performance.now();
    const killed = await killRunWhen(/Extrayendo entregas[\s\S]*\n {2}[+=] \w+\//);
    timings['hasta matar en la extracción'] = Math.round(performance.now() - start);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stderr).not.toContain('Construyendo');
    killedPids.push(killed.pid);
    // What it leaves behind is only its lock, its private work folder and DuckDB's log of its uncommitted writes.
    const leftovers = Object.keys(await fingerprint()).filter((path) => !(path in before));
    expect(leftovers.every((path) => path.startsWith(`almacen/.trabajo-${killed.pid}-`) || path === 'almacen/memoria.duckdb.lock' || path === 'almacen/memoria.duckdb.wal')).toBe(true);
    expect(JSON.parse(await readFile(lockPathOf(paths.warehouse), 'utf8')).pid).toBe(killed.pid);
    expect(await fingerprint(LEFT_BY_KILLED)).toEqual(before);
  });

  it('mid-dbt (the whole process group, as systemd kills a service) also leaves everything as it was', async () => {
    const start = performance.now();
    const killed = await killRunWhen(/Construyendo el almacén con dbt[\s\S]*dbt \d+\/\d+/, 500);
    timings['hasta matar en dbt'] = Math.round(performance.now() - start);
    expect(killed.signal).toBe('SIGKILL');
    killedPids.push(killed.pid);
    expect(await fingerprint(LEFT_BY_KILLED)).toEqual(before);
  });

  it('does not stop the next run: the stale lock is taken over at once, the work folders are removed, the delivery loads once', async () => {
    const start = performance.now();
    const report = await runEdition({ ...paths, period: reportingPeriod('2023-06', '2024-03'), createdAt: '2024-06-01T12:00:00Z', lockWaitMs: 0 }, silentProgress);
    timings['ejecución siguiente'] = Math.round(performance.now() - start);
    console.log(`Tiempos kill -9 (ms): ${JSON.stringify(timings)}`);
    expect(report.error).toBeUndefined();
    expect(report.resultado).toBe('correcto');
    expect(report.entregas.filter((delivery) => delivery.estado === 'cargada').map((delivery) => delivery.archivo)).toEqual([NEW_DELIVERY]);
    expect(existsSync(lockPathOf(paths.warehouse))).toBe(false);
    const names = await readdir(join(root, 'almacen'));
    for (const pid of killedPids) expect(names.some((name) => name.startsWith(`.trabajo-${pid}-`))).toBe(false);
    const warehouse = await openWarehouse(paths.warehouse, { readOnly: true });
    try {
      expect(await warehouse.rows(`select count(*)::integer as entregas from raw.entregas where archivo = '${NEW_DELIVERY}'`)).toEqual([{ entregas: 1 }]);
      expect(await warehouse.rows(`select id from raw.retornados r join raw.entregas e using (entrega_id) where e.archivo = '${NEW_DELIVERY}' order by id`)).toEqual([{ id: 'K9-1' }, { id: 'K9-2' }]);
      expect(await warehouse.rows(`select origen, resultado from registro.ejecuciones order by fin desc limit 1`)).toEqual([{ origen: 'manual', resultado: 'correcto' }]);
    } finally {
      warehouse.close();
    }
  });
});
