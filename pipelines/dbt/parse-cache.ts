import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

/**
 * dbt's partial parsing kept between runs (issue #17): parsing the whole project costs ≈ 7 s on
 * every run, against ≈ 3 s from a kept parse, and a fresh target folder per run would throw dbt's
 * own cache away. The cache belongs to the project's dbt code: one kept parse per code fingerprint,
 * shared by every warehouse (the profile names the warehouse relative to dbt's working folder, so it
 * is the same for all of them). dbt itself checks the rest (every file's hash, vars, profile, env
 * vars) and parses again what differs. It lives in the system's temporary folder, so a run never
 * changes the warehouse's folder but through its commit; losing it only costs a full parse.
 */
const FILE = 'partial_parse.msgpack';

const cacheDir = join(tmpdir(), `memoria-analisis-dbt-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 16)}`);

/** The kept parse of the dbt code with this fingerprint (the name carries it, so no second file must agree). */
const keptParse = (fingerprint: string) => join(cacheDir, `${fingerprint.slice(0, 32)}.msgpack`);

/** Copies the kept parse into `targetPath` when one belongs to the dbt code with this fingerprint. */
export async function restorePartialParse(fingerprint: string, targetPath: string): Promise<void> {
  if (!existsSync(keptParse(fingerprint))) return;
  await mkdir(targetPath, { recursive: true });
  // A run of newer code may remove it meanwhile: then dbt parses everything, as without a cache.
  await copyFile(keptParse(fingerprint), join(targetPath, FILE)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/**
 * Keeps the parse dbt left in `targetPath` for the next build of the same code, written whole under
 * a name of its own and then renamed (two runs may finish at once); parses of older code are removed.
 */
export async function keepPartialParse(fingerprint: string, targetPath: string): Promise<void> {
  if (!existsSync(join(targetPath, FILE))) return;
  await mkdir(cacheDir, { recursive: true });
  const partial = join(cacheDir, `.${process.pid}-${Date.now()}.nuevo`);
  await copyFile(join(targetPath, FILE), partial);
  await rename(partial, keptParse(fingerprint));
  for (const name of await readdir(cacheDir)) {
    if (name.endsWith('.msgpack') && join(cacheDir, name) !== keptParse(fingerprint)) await rm(join(cacheDir, name), { force: true });
  }
}
