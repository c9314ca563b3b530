import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { openWarehouse } from './warehouse-connection.js';

/**
 * A run's private copy of the warehouse. Extraction and dbt write the copy; `commit` moves the new
 * archived deliveries into place and then swaps the copy in with one rename, so a failed or killed
 * run leaves the warehouse file exactly as it was. Writers hold the warehouse lock
 * (warehouse-lock.ts) from begin to commit, so two transactions never overlap.
 */
export interface WarehouseTransaction {
  /** The copy every step of the run writes. */
  readonly workPath: string;
  /** Where this run archives received deliveries until commit. */
  readonly archiveDir: string;
  /** Scratch folder of the run (dbt target, converted files). */
  readonly workDir: string;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/** Returns the archive folder kept beside a warehouse file. */
export function archiveDirOf(warehousePath: string): string {
  return join(dirname(warehousePath), 'entregas');
}

/** Starts a transaction on the warehouse at `warehousePath` (which need not exist yet). */
export async function beginWarehouseTransaction(warehousePath: string): Promise<WarehouseTransaction> {
  const home = dirname(warehousePath);
  await mkdir(home, { recursive: true });
  await removeAbandonedWork(home);
  const workDir = join(home, `.trabajo-${process.pid}-${Date.now()}`);
  await mkdir(workDir, { recursive: true });
  const workPath = join(workDir, 'memoria.duckdb');
  // A write-ahead log beside the warehouse (a direct writer was killed) belongs to it: fold it in before copying.
  if (await exists(`${warehousePath}.wal`)) (await openWarehouse(warehousePath)).close();
  if (await exists(warehousePath)) await copyFile(warehousePath, workPath);
  const archiveDir = join(workDir, 'entregas');
  await mkdir(archiveDir, { recursive: true });

  return {
    workPath,
    archiveDir,
    workDir,
    async commit() {
      await moveTree(archiveDir, archiveDirOf(warehousePath));
      await rm(`${workPath}.wal`, { force: true });
      await rename(workPath, warehousePath);
      await rm(workDir, { recursive: true, force: true });
    },
    async rollback() {
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

async function moveTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await moveTree(source, target);
    else await rename(source, target);
  }
}

/** Removes work folders of runs whose process no longer exists (killed runs); live runs are left alone. */
async function removeAbandonedWork(home: string): Promise<void> {
  for (const name of await readdir(home)) {
    const match = /^\.trabajo-(\d+)-\d+$/.exec(name);
    if (match && !isAlive(Number(match[1]))) await rm(join(home, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
