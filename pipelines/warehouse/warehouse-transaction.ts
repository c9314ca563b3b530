import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { openWarehouse } from './warehouse-connection.js';
import { discardAbandoned, discardPending, holdCheckpoints, markPending } from './pending-transaction.js';

/**
 * A run's transaction on the warehouse. Extraction and dbt write `workPath`; `commit` moves the new
 * archived deliveries into place and then makes the writes part of the warehouse in one step, so a
 * failed or killed run leaves the warehouse as it was. Writers hold the warehouse lock
 * (warehouse-lock.ts) from begin to commit, so two transactions never overlap.
 *
 * An existing warehouse is written in place, never copied (a copy cost 12 s at five years of
 * history): its changes stay in DuckDB's write-ahead log and unused blocks until the commit's
 * checkpoint, and a rollback drops them (pending-transaction.ts). A warehouse that does not exist
 * yet is built as a private file in the work folder and renamed into place.
 */
export interface WarehouseTransaction {
  /** The file every step of the run writes: the warehouse itself, or a new one in the work folder. */
  readonly workPath: string;
  /** Where this run archives received deliveries until commit. */
  readonly archiveDir: string;
  /** Scratch folder of the run (dbt target, converted files); it also holds the transaction's marker. */
  readonly workDir: string;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/** Returns the archive folder kept beside a warehouse file. */
export function archiveDirOf(warehousePath: string): string {
  return join(dirname(warehousePath), 'entregas');
}

/** Starts a transaction on the warehouse at `warehousePath` (which need not exist yet); the caller holds its lock. */
export async function beginWarehouseTransaction(warehousePath: string): Promise<WarehouseTransaction> {
  const home = dirname(warehousePath);
  await mkdir(home, { recursive: true });
  // What a killed run left is given back before anything else reads the file.
  await discardAbandoned(warehousePath);
  const workDir = join(home, `.trabajo-${process.pid}-${Date.now()}`);
  const archiveDir = join(workDir, 'entregas');
  await mkdir(archiveDir, { recursive: true });
  if (!(await exists(warehousePath))) return newWarehouseTransaction(warehousePath, workDir, archiveDir);

  // A write-ahead log outside any transaction holds what a direct writer committed before it was killed: fold it in.
  if (await exists(`${warehousePath}.wal`)) (await openWarehouse(warehousePath)).close();
  const marker = await markPending(workDir, warehousePath);
  const release = holdCheckpoints(warehousePath);
  let open = true;
  return {
    workPath: warehousePath,
    archiveDir,
    workDir,
    async commit() {
      await moveTree(archiveDir, archiveDirOf(warehousePath));
      // The checkpoint writes the new header last: before it the warehouse is the old one, after it the new one.
      await checkpoint(warehousePath);
      open = false;
      release();
      await rm(workDir, { recursive: true, force: true });
    },
    async rollback() {
      if (!open) return;
      open = false;
      try {
        await discardPending(warehousePath, marker);
        await rm(workDir, { recursive: true, force: true });
      } finally {
        // Even if discarding failed, the transaction is over: the next open discards it (findPending).
        release();
      }
    },
  };
}

function newWarehouseTransaction(warehousePath: string, workDir: string, archiveDir: string): WarehouseTransaction {
  const workPath = join(workDir, 'memoria.duckdb');
  return {
    workPath,
    archiveDir,
    workDir,
    async commit() {
      await moveTree(archiveDir, archiveDirOf(warehousePath));
      await checkpoint(workPath);
      await rename(workPath, warehousePath);
      await rm(workDir, { recursive: true, force: true });
    },
    async rollback() {
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

async function checkpoint(path: string): Promise<void> {
  const warehouse = await openWarehouse(path);
  try {
    await warehouse.run('checkpoint');
  } finally {
    warehouse.close();
  }
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

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
