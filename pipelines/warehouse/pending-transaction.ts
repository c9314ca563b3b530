import { createHash } from 'node:crypto';
import { open, readdir, readFile, rename, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireWarehouseLock, currentProcessIdentity, inspectWarehouseLock, isProcessAlive, WarehouseBusyError, type ProcessIdentity } from './warehouse-lock.js';

/**
 * A transaction that writes the warehouse file in place (warehouse-transaction.ts), without copying it.
 *
 * DuckDB keeps what a connection commits in its write-ahead log (`<file>.wal`) and in blocks the
 * file's last checkpoint does not use; only a checkpoint makes them part of the file, and it rewrites
 * the file's header last. While a transaction is pending, every connection to the file holds its
 * checkpoints back (warehouse-connection.ts and, for dbt, profiles.yml); so dropping the log and
 * the blocks past the old end of the file gives back the warehouse exactly as it was. The marker,
 * written into the run's work folder before anything else, records what that takes: the file's size
 * and a hash of its header blocks when the transaction began (a changed header means the commit's
 * checkpoint happened).
 */
export interface PendingMarker extends ProcessIdentity {
  /** The warehouse file's name in its folder. */
  readonly almacen: string;
  readonly tamano: number;
  readonly cabecera: string;
}

/** A pending transaction found beside a warehouse file. */
export interface FoundPending {
  readonly workDir: string;
  readonly marker: PendingMarker;
  /** Whether the process that began it still runs and still has it open. */
  readonly alive: boolean;
}

const MARKER_FILE = 'transaccion.json';
/** DuckDB's main header and its two alternating database headers, 4 KiB each. */
const HEADER_BYTES = 3 * 4096;
/** A run's work folder beside the warehouse: `.trabajo-<pid>-<ms>`. */
export const WORK_DIR_PATTERN = /^\.trabajo-(\d+)-\d+$/;

/** Warehouse files with a transaction open in this process: their connections must not checkpoint. */
const heldByThisProcess = new Set<string>();

/** Holds back checkpoints of every connection this process opens to `warehousePath`, until the returned release. */
export function holdCheckpoints(warehousePath: string): () => void {
  const key = resolve(warehousePath);
  heldByThisProcess.add(key);
  return () => heldByThisProcess.delete(key);
}

/** Returns whether a transaction of this process is writing `warehousePath` in place. */
export function checkpointsHeld(warehousePath: string): boolean {
  return heldByThisProcess.has(resolve(warehousePath));
}

/** Records, in the transaction's work folder, how to give the warehouse back as it is now. */
export async function markPending(workDir: string, warehousePath: string): Promise<PendingMarker> {
  const marker: PendingMarker = {
    ...currentProcessIdentity(),
    almacen: basename(warehousePath),
    tamano: (await stat(warehousePath)).size,
    cabecera: await headerHash(warehousePath),
  };
  const temporary = join(workDir, `${MARKER_FILE}.tmp`);
  await writeFile(temporary, JSON.stringify(marker) + '\n');
  await rename(temporary, join(workDir, MARKER_FILE));
  return marker;
}

/**
 * Gives the warehouse back as it was when `marker` was written, unless the commit's checkpoint
 * already happened (then the file is the committed one and only an empty log can remain). Every
 * connection to the file must be closed. Safe to repeat after an interruption.
 */
export async function discardPending(warehousePath: string, marker: PendingMarker): Promise<void> {
  await rm(`${warehousePath}.wal`, { force: true });
  if ((await headerHash(warehousePath)) === marker.cabecera) await truncate(warehousePath, marker.tamano);
}

/** Returns the pending transactions on `warehousePath` (of any process), read from the work folders beside it. */
export async function findPending(warehousePath: string): Promise<FoundPending[]> {
  const home = dirname(resolve(warehousePath));
  let names: string[];
  try {
    names = await readdir(home);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: FoundPending[] = [];
  for (const name of names) {
    if (!WORK_DIR_PATTERN.test(name)) continue;
    const marker = await readMarker(join(home, name));
    if (marker?.almacen !== basename(warehousePath)) continue;
    const alive = marker.pid === process.pid ? checkpointsHeld(warehousePath) : isProcessAlive(marker);
    found.push({ workDir: join(home, name), marker, alive });
  }
  return found;
}

/**
 * Makes `warehousePath` safe to open outside a transaction: a transaction left by a killed run is
 * discarded (under the warehouse lock, as the next run would), and a live one refuses the open with
 * a Spanish message, since what it wrote is not committed yet.
 */
export async function settleAbandonedTransactions(warehousePath: string): Promise<void> {
  const pending = await findPending(warehousePath);
  if (pending.length === 0) return;
  const live = pending.find((entry) => entry.alive);
  if (live) {
    throw new WarehouseBusyError(
      `el almacén ${warehousePath} tiene una ejecución en curso (proceso ${live.marker.pid}) que todavía no confirmó lo que escribe; ` +
        'se puede leer cuando termine (el estado se ve con «memoria status»)',
    );
  }
  // This process may already hold the lock (a command that opens the warehouse under it).
  const holder = await inspectWarehouseLock(warehousePath);
  if (holder?.holder.pid === process.pid && holder.alive) return discardAbandoned(warehousePath);
  const lock = await acquireWarehouseLock(warehousePath, { command: 'memoria (recuperación de una ejecución interrumpida)', waitMs: 0 });
  try {
    await discardAbandoned(warehousePath);
  } finally {
    await lock.release();
  }
}

/**
 * Discards the transactions on `warehousePath` whose process is gone and removes their work folders
 * (and work folders without a transaction, of processes that are gone). The caller holds the lock.
 */
export async function discardAbandoned(warehousePath: string): Promise<void> {
  for (const entry of await findPending(warehousePath)) {
    if (entry.alive) continue;
    await discardPending(warehousePath, entry.marker);
    await rm(entry.workDir, { recursive: true, force: true });
  }
  const home = dirname(resolve(warehousePath));
  for (const name of await readdir(home)) {
    const match = WORK_DIR_PATTERN.exec(name);
    if (!match || (await readMarker(join(home, name)))) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && !isProcessAlive({ pid, host: hostname() })) await rm(join(home, name), { recursive: true, force: true });
  }
}

async function readMarker(workDir: string): Promise<PendingMarker | undefined> {
  try {
    return JSON.parse(await readFile(join(workDir, MARKER_FILE), 'utf8')) as PendingMarker;
  } catch {
    return undefined;
  }
}

async function headerHash(warehousePath: string): Promise<string> {
  const file = await open(warehousePath, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEADER_BYTES, 0);
    return createHash('sha256').update(buffer.subarray(0, bytesRead)).digest('hex');
  } finally {
    await file.close();
  }
}
