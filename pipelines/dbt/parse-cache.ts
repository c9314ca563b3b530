import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { projectRoot } from '../paths.js';
import { profileEnvironment } from './dbt-runner.js';

/**
 * dbt's partial parsing kept between runs (issue #17): parsing the whole project costs ≈ 7 s on
 * every run, against ≈ 3 s from a kept parse, and a fresh target folder per run would throw dbt's
 * own cache away. dbt reuses a parse only for the same profile (the warehouse's file name, which it
 * reads relative to its working folder, and the checkpoint threshold) and vars (the period), and
 * checks every file's hash itself; so one parse is kept per dbt code fingerprint, profile and
 * vars, shared by every warehouse folder: a new warehouse of the same name and period starts from
 * it. It lives in the system's temporary folder, so a run never changes the warehouse's folder but
 * through its commit; losing it only costs a full parse.
 */
const FILE = 'partial_parse.msgpack';

const cacheDir = join(tmpdir(), `memoria-analisis-dbt-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 16)}`);

/** What a kept parse must share with a build to serve it: the dbt code, the profile and the vars. */
export interface ParseKey {
  readonly fingerprint: string;
  readonly warehousePath: string;
  readonly vars: Readonly<Record<string, string>>;
}

/** The kept parse for that key; the name starts with the code's fingerprint, so parses of other code can be told apart. */
function keptParse(key: ParseKey): string {
  const profile = JSON.stringify([basename(key.warehousePath), profileEnvironment(key.warehousePath), key.vars]);
  return join(cacheDir, `${key.fingerprint.slice(0, 32)}-${createHash('sha256').update(profile).digest('hex').slice(0, 16)}.msgpack`);
}

/** Copies the kept parse into `targetPath` when there is one for this key. */
export async function restorePartialParse(key: ParseKey, targetPath: string): Promise<void> {
  const kept = keptParse(key);
  if (!existsSync(kept)) return;
  await mkdir(targetPath, { recursive: true });
  // A run of other code may remove it meanwhile: then dbt parses everything, as without a cache.
  await copyFile(kept, join(targetPath, FILE)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/**
 * Keeps the parse dbt left in `targetPath` for the next build with this key, written whole under a
 * name of its own and then renamed (two runs may finish at once). Removes the parses of other dbt
 * code and what a killed run left half written. Best effort: a build that succeeded never fails here.
 */
export async function keepPartialParse(key: ParseKey, targetPath: string): Promise<void> {
  if (!existsSync(join(targetPath, FILE))) return;
  try {
    await mkdir(cacheDir, { recursive: true });
    const partial = join(cacheDir, `.${randomUUID()}.nuevo`);
    await copyFile(join(targetPath, FILE), partial);
    await rename(partial, keptParse(key));
    const code = `${key.fingerprint.slice(0, 32)}-`;
    for (const name of await readdir(cacheDir)) {
      const path = join(cacheDir, name);
      const stale = name.endsWith('.msgpack') ? !name.startsWith(code) : name.endsWith('.nuevo') && Date.now() - (await stat(path)).mtimeMs > 3_600_000;
      if (stale) await rm(path, { force: true });
    }
  } catch {
    // Losing the kept parse costs the next build a full parse, nothing else.
  }
}
