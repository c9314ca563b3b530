import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { localText } from '../time/zoned-time.js';

/**
 * The cross-process writer lock of one warehouse: `memoria run`, `extract`, `build` and the scheduler
 * take it before their transaction begins and keep it until it has committed (and the edition
 * swapped), so two writers never race. It is a file `<warehouse>.lock` created atomically with
 * link(2); a lock whose process is gone (killed, even with kill -9) is detected and taken over.
 */
export interface WarehouseLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

export interface LockRequest {
  /** What is asking, shown to whoever finds the warehouse busy (`memoria run`, `memoria schedule`). */
  readonly command: string;
  /** How long to wait for a live holder before giving up; 0 gives up at once. */
  readonly waitMs: number;
  /** Called once when the warehouse is found busy and the request starts waiting. */
  readonly onWait?: (holder: LockHolder) => void;
  readonly signal?: AbortSignal;
}

/** A process, told apart on this machine from a later one with the same pid. */
export interface ProcessIdentity {
  readonly pid: number;
  readonly host: string;
  /** Linux boot id: a process from before a reboot is gone whatever its pid. */
  readonly arranque?: string;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat): tells a reused pid apart. */
  readonly inicioProceso?: string;
}

/** Who holds a lock: enough to tell, on this machine, whether that very process is still running. */
export interface LockHolder extends ProcessIdentity {
  readonly comando: string;
  readonly desde: string;
  /** Random token: a holder only ever removes its own lock. */
  readonly ficha: string;
}

/** The warehouse is held by another live process; the message (Spanish) says who and since when. */
export class WarehouseBusyError extends Error {}

const POLL_MS = 250;
/** A takeover guard older than this was left by a process that died while breaking a stale lock. */
const GUARD_STALE_MS = 30_000;

/** Returns the lock file of a warehouse file. */
export function lockPathOf(warehousePath: string): string {
  return `${warehousePath}.lock`;
}

/** Returns the default wait for a busy warehouse: MEMORIA_ESPERA_ALMACEN seconds, or 10 minutes. */
export function defaultLockWaitMs(): number {
  const seconds = Number(process.env.MEMORIA_ESPERA_ALMACEN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 10 * 60_000;
}

/** Takes the warehouse's lock, waiting up to `waitMs` for a live holder; throws WarehouseBusyError after that. */
export async function acquireWarehouseLock(warehousePath: string, request: LockRequest): Promise<WarehouseLock> {
  const path = lockPathOf(warehousePath);
  await mkdir(dirname(path), { recursive: true });
  const holder: LockHolder = { ...currentProcessIdentity(), comando: request.command, desde: new Date().toISOString(), ficha: randomBytes(8).toString('hex') };
  const deadline = Date.now() + request.waitMs;
  let waiting = false;
  for (;;) {
    if (await createExclusive(path, JSON.stringify(holder) + '\n')) return heldLock(path, holder);
    const current = await readLockFile(path);
    if (current === undefined) continue; // released between our attempt and the read
    if (!isProcessAlive(current)) {
      await breakStaleLock(path, current.ficha);
      continue;
    }
    if (request.signal?.aborted) throw new WarehouseBusyError('se dejó de esperar el almacén: el servicio se está deteniendo');
    if (Date.now() >= deadline) throw new WarehouseBusyError(busyMessage(warehousePath, current, request.waitMs));
    if (!waiting) request.onWait?.(current);
    waiting = true;
    await sleep(POLL_MS);
  }
}

/** Returns who holds the warehouse's lock and whether that process is still alive, or undefined when free. */
export async function inspectWarehouseLock(warehousePath: string): Promise<{ holder: LockHolder; alive: boolean } | undefined> {
  const holder = await readLockFile(lockPathOf(warehousePath));
  return holder ? { holder, alive: isProcessAlive(holder) } : undefined;
}

/** Returns the Spanish description of a lock holder: command, process and start time. */
export function describeHolder(holder: LockHolder): string {
  const since = localText(new Date(holder.desde), true);
  const where = holder.host === hostname() ? '' : ` en el equipo ${holder.host}`;
  return `«${holder.comando}» (proceso ${holder.pid}${where}, desde ${since})`;
}

function busyMessage(warehousePath: string, holder: LockHolder, waitMs: number): string {
  const waited = waitMs > 0 ? ` después de esperar ${Math.round(waitMs / 1000)} s` : '';
  return `el almacén ${warehousePath} está en uso por ${describeHolder(holder)}${waited}; no se modificó nada. ` + 'Intente de nuevo cuando termine (el estado se ve con «memoria status»)';
}

function heldLock(path: string, holder: LockHolder): WarehouseLock {
  // A process that exits (process.exit, an uncaught error) still frees the warehouse; kill -9 is handled by the next taker.
  const onExit = () => {
    try {
      if (JSON.parse(readFileSync(path, 'utf8')).ficha === holder.ficha) unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.once('exit', onExit);
  return {
    path,
    holder,
    async release() {
      process.off('exit', onExit);
      const current = await readLockFile(path);
      if (current?.ficha === holder.ficha) await unlink(path).catch(() => {});
    },
  };
}

/** Creates `path` with `content` only if it does not exist, atomically (the content is complete when visible). */
async function createExclusive(path: string, content: string): Promise<boolean> {
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content);
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

async function readLockFile(path: string): Promise<LockHolder | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // Unreadable content cannot come from link(2) creation; treat it as a dead holder.
    return { pid: 0, host: hostname(), comando: 'desconocido', desde: new Date(0).toISOString(), ficha: 'ilegible' };
  }
}

/**
 * Removes a lock judged stale, under a short-lived guard file so that two processes breaking the same
 * stale lock cannot remove a fresh lock taken in between: the lock is re-read under the guard.
 */
async function breakStaleLock(path: string, staleToken: string): Promise<void> {
  const guard = `${path}.romper`;
  if (!(await createExclusive(guard, `${process.pid}\n`))) {
    const age = await stat(guard).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (age > GUARD_STALE_MS) await unlink(guard).catch(() => {});
    else await sleep(POLL_MS / 5);
    return;
  }
  try {
    const current = await readLockFile(path);
    if (current && current.ficha === staleToken) await unlink(path).catch(() => {});
  } finally {
    await unlink(guard).catch(() => {});
  }
}

/** Returns the identity of this process. */
export function currentProcessIdentity(): ProcessIdentity {
  return processIdentity(process.pid);
}

/** Returns whether the process (a lock's holder) still runs; one on another machine is assumed alive. */
export function isProcessAlive(holder: ProcessIdentity): boolean {
  if (holder.host !== hostname()) return true;
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
  const now = processIdentity(holder.pid);
  if (holder.arranque && now.arranque && holder.arranque !== now.arranque) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  return !(holder.inicioProceso && now.inicioProceso && holder.inicioProceso !== now.inicioProceso);
}

function processIdentity(pid: number): ProcessIdentity {
  return { pid, host: hostname(), arranque: readProc('/proc/sys/kernel/random/boot_id')?.trim(), inicioProceso: startTicks(pid) };
}

function startTicks(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  // Field 22 (starttime), counted after the command name, which may itself contain spaces and parentheses.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
