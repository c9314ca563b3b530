import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../pipelines/paths.js';
import { silentProgress } from '../../../orchestration/run/progress.js';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { runEdition } from '../../../orchestration/run/run-edition.js';
import { acquireWarehouseLock, lockPathOf, WarehouseBusyError } from '../../../pipelines/warehouse/warehouse-lock.js';
import { testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-candado');
const warehouse = join(root, 'almacen', 'memoria.duckdb');
const children: ChildProcessWithoutNullStreams[] = [];

/** Starts a process holding the lock (until its stdin closes, or for `holdMs`); resolves once it holds it. */
function holder(holdMs?: number): Promise<{ child: ChildProcessWithoutNullStreams; output: Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('test', 'orchestration', 'schedule', 'support', 'hold-lock.ts'), warehouse, ...(holdMs ? [String(holdMs)] : [])], {
    cwd: projectRoot,
  });
  children.push(child);
  let text = '';
  const output = new Promise<string>((resolve) => child.on('close', () => resolve(text)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('tomado')) resolve({ child, output });
    });
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('close', (code) => (code ? reject(new Error(text)) : resolve({ child, output })));
  });
}

/** Returns the pid of a process that has already exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

const writeLock = (holder: Record<string, unknown>) =>
  writeFile(lockPathOf(warehouse), JSON.stringify({ host: hostname(), comando: 'memoria run', desde: '2024-05-01T12:00:00.000Z', ficha: 'vieja', ...holder }));

beforeEach(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'almacen'), { recursive: true });
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('the warehouse lock', () => {
  it('is a file beside the warehouse naming its holder, removed on release', async () => {
    const lock = await acquireWarehouseLock(warehouse, { command: 'memoria schedule', waitMs: 0 });
    const content = JSON.parse(await readFile(lockPathOf(warehouse), 'utf8'));
    expect(content).toMatchObject({ pid: process.pid, host: hostname(), comando: 'memoria schedule' });
    await lock.release();
    expect(existsSync(lockPathOf(warehouse))).toBe(false);
  });

  it('makes a second writer wait for a live holder, then stop with a Spanish message saying who holds it', async () => {
    const { child } = await holder();
    const waits: unknown[] = [];
    const busy = await acquireWarehouseLock(warehouse, { command: 'memoria run', waitMs: 600, onWait: (who) => waits.push(who) }).catch((error) => error);
    expect(busy).toBeInstanceOf(WarehouseBusyError);
    expect(busy.message).toMatch(new RegExp(`está en uso por «prueba» \\(proceso ${child.pid}, desde .*\\) después de esperar 1 s; no se modificó nada`));
    expect(waits).toHaveLength(1);
    // A writer still waiting gets the lock as soon as the holder releases it.
    const waiting = acquireWarehouseLock(warehouse, { command: 'memoria run', waitMs: 30_000 });
    child.stdin.end();
    const lock = await waiting;
    expect(lock.holder.pid).toBe(process.pid);
    await lock.release();
  });

  it('does not block on the lock of a dead process (killed, even with kill -9), of a reused pid, or from before a reboot', async () => {
    await writeLock({ pid: deadPid() });
    await (await acquireWarehouseLock(warehouse, { command: 'memoria run', waitMs: 0 })).release();
    await writeLock({ pid: process.pid, inicioProceso: '1' });
    await (await acquireWarehouseLock(warehouse, { command: 'memoria run', waitMs: 0 })).release();
    await writeLock({ pid: process.pid, arranque: 'otro-arranque' });
    await (await acquireWarehouseLock(warehouse, { command: 'memoria run', waitMs: 0 })).release();
  });

  it('trusts a lock taken on another machine (it cannot check that process) and says where it is', async () => {
    await writeLock({ pid: 1234, host: 'otro-servidor' });
    await expect(acquireWarehouseLock(warehouse, { command: 'memoria run', waitMs: 0 })).rejects.toThrow(/proceso 1234 en el equipo otro-servidor/);
  });

  it('lets exactly one of several processes take over a stale lock at a time', async () => {
    await writeLock({ pid: deadPid() });
    const runs = await Promise.all([holder(300), holder(300), holder(300), holder(300)]);
    const intervals = (await Promise.all(runs.map((run) => run.output)))
      .map((text) => {
        const [taken, released] = ['tomado', 'liberado'].map((word) => Number(new RegExp(`${word} ([\\d.]+)`).exec(text)![1]));
        return { taken, released };
      })
      .sort((a, b) => a.taken - b.taken);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i].taken).toBeGreaterThanOrEqual(intervals[i - 1].released);
  });

  it('makes `memoria run` stop with a failed report and change nothing while another process writes', async () => {
    const { child } = await holder();
    const report = await runEdition({ landing: join(root, 'landing'), out: join(root, 'edicion'), warehouse, period: reportingPeriod('2024-01', '2024-03'), lockWaitMs: 300 }, silentProgress);
    expect(report.resultado).toBe('fallido');
    expect(report.error).toContain(`está en uso por «prueba» (proceso ${child.pid}`);
    expect(existsSync(warehouse)).toBe(false);
    expect(existsSync(join(root, 'edicion'))).toBe(false);
  });
});
