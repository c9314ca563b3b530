/**
 * Which generator wrote a demo landing folder: a fingerprint of the generator's own sources and the
 * landing contract, kept beside the folder (`<folder>.version`). A folder written by an older
 * generator (before referrals carried person keys, say) would publish figures the code no longer
 * means, so `memoria run` rewrites it instead of reusing it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { projectRoot } from '../paths.js';

// The generator and the contract it writes to (the source declarations).
const GENERATOR_DIRS = [join(projectRoot, 'pipelines', 'demo'), join(projectRoot, 'pipelines', 'contract')];

/** Returns the fingerprint of the demo generator: its source files (path and bytes) and the contract's. */
export async function demoGeneratorFingerprint(): Promise<string> {
  const files: string[] = [];
  for (const dir of GENERATOR_DIRS) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) files.push(join(entry.parentPath, entry.name));
    }
  }
  const hash = createHash('sha256');
  for (const file of files.map((path) => relative(projectRoot, path)).sort()) hash.update(`${file}\n`).update(await readFile(join(projectRoot, file)));
  return hash.digest('hex');
}

const versionFile = (dir: string) => `${dir.replace(/[\\/]+$/, '')}.version`;

/** Records that `dir` was written by the current generator. */
export async function stampDemoLanding(dir: string): Promise<void> {
  await writeFile(versionFile(dir), `${await demoGeneratorFingerprint()}\n`);
}

/** Returns true when `dir` exists and the current generator wrote it. */
export async function isCurrentDemoLanding(dir: string): Promise<boolean> {
  if (!existsSync(dir) || !existsSync(versionFile(dir))) return false;
  return (await readFile(versionFile(dir), 'utf8')).trim() === (await demoGeneratorFingerprint());
}
