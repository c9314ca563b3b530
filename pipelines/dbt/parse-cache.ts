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
 * reads relative to its working folder, and the checkpoint threshold) and vars, and checks every
 * file's hash, and the environment variables each file reads, itself; runs give the period and a
 * batch's last delivery as environment variables, not vars, so that a new period or batch reparses
 * only the files that read them (a build 6 s instead of 10 s). One parse is kept per dbt code
 * fingerprint, profile and period, shared by every warehouse folder: a build of a period already
 * parsed starts from its own (0.6 s less than reparsing the period's file), one of a new period
 * from the latest parse of another. They live in the system's temporary folder, so a run never
 * changes the warehouse's folder but through its commit; losing them only costs a full parse.
 */
const FILE = 'partial_parse.msgpack';

const cacheDir = join(tmpdir(), `memoria-analisis-dbt-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 16)}`);

/** Kept parses of each code and profile, beyond which the oldest periods' go. */
const PERIODS_KEPT = 12;

/** What a kept parse must share with a build to serve it: the dbt code and the profile; at best, the period too. */
export interface ParseKey {
  readonly fingerprint: string;
  readonly warehousePath: string;
  readonly period: string;
}

/** The start of the names of the kept parses of this code and profile: the code's fingerprint first, so parses of other code can be told apart. */
function profilePrefix(key: ParseKey): string {
  const profile = JSON.stringify([basename(key.warehousePath), profileEnvironment(key.warehousePath)]);
  return `${key.fingerprint.slice(0, 32)}-${createHash('sha256').update(profile).digest('hex').slice(0, 16)}-`;
}

/** The kept parse for that key. */
function keptParse(key: ParseKey): string {
  return join(cacheDir, `${profilePrefix(key)}${createHash('sha256').update(key.period).digest('hex').slice(0, 8)}.msgpack`);
}

/** The kept parses of this code and profile, newest first. */
async function keptForProfile(key: ParseKey): Promise<string[]> {
  const prefix = profilePrefix(key);
  const names = existsSync(cacheDir) ? (await readdir(cacheDir)).filter((name) => name.startsWith(prefix) && name.endsWith('.msgpack')) : [];
  const dated = await Promise.all(names.map(async (name) => ({ path: join(cacheDir, name), mtime: (await stat(join(cacheDir, name)).catch(() => ({ mtimeMs: 0 }))).mtimeMs })));
  return dated.sort((a, b) => b.mtime - a.mtime).map((entry) => entry.path);
}

/** Copies the kept parse of this key into `targetPath`, else the latest of another period, when there is one. */
export async function restorePartialParse(key: ParseKey, targetPath: string): Promise<void> {
  const exact = keptParse(key);
  const kept = existsSync(exact) ? exact : (await keptForProfile(key))[0];
  if (kept === undefined) return;
  await mkdir(targetPath, { recursive: true });
  // A run of other code may remove it meanwhile: then dbt parses everything, as without a cache.
  await copyFile(kept, join(targetPath, FILE)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/**
 * Keeps the parse dbt left in `targetPath` for the next build with this key, written whole under a
 * name of its own and then renamed (two runs may finish at once). Removes the parses of other dbt
 * code, those of the oldest periods beyond PERIODS_KEPT and what a killed run left half written.
 * Best effort: a build that succeeded never fails here.
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
    for (const path of (await keptForProfile(key)).slice(PERIODS_KEPT)) await rm(path, { force: true });
  } catch {
    // Losing the kept parse costs the next build a full parse, nothing else.
  }
}
