import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * dbt's partial parsing kept between runs (issue #17): parsing the whole project costs seconds on
 * every run, and a fresh target folder per run would throw dbt's own cache away. The cache is used
 * only by a build of the same dbt code (same fingerprint); dbt itself checks the rest (files, vars,
 * profile) and parses everything again when anything differs. It lives in the system's temporary
 * folder, one per warehouse folder, so that a run never changes the warehouse's folder but through
 * its commit, and losing it only costs a full parse.
 */
const FILE = 'partial_parse.msgpack';

/** `home` is the folder of the warehouse file (not of a run's work folder, which goes away). */
const cacheDirOf = (home: string) => join(tmpdir(), `memoria-analisis-dbt-${createHash('sha256').update(home).digest('hex').slice(0, 16)}`);

/** Copies the kept parse into `targetPath` when it belongs to the dbt code with this fingerprint. */
export async function restorePartialParse(home: string, fingerprint: string, targetPath: string): Promise<void> {
  const dir = cacheDirOf(home);
  if (!existsSync(join(dir, FILE)) || (await readFile(join(dir, 'huella'), 'utf8').catch(() => '')) !== fingerprint) return;
  await mkdir(targetPath, { recursive: true });
  await copyFile(join(dir, FILE), join(targetPath, FILE));
}

/** Keeps the parse dbt left in `targetPath` for the next build of the same code (written whole, then renamed). */
export async function keepPartialParse(home: string, fingerprint: string, targetPath: string): Promise<void> {
  if (!existsSync(join(targetPath, FILE))) return;
  const dir = cacheDirOf(home);
  await mkdir(dir, { recursive: true });
  await copyFile(join(targetPath, FILE), join(dir, `${FILE}.nuevo`));
  await writeFile(join(dir, 'huella.nueva'), fingerprint);
  await rename(join(dir, `${FILE}.nuevo`), join(dir, FILE));
  await rename(join(dir, 'huella.nueva'), join(dir, 'huella'));
}
