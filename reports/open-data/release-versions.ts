import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where every published version is kept: `datos/ediciones/<desde>_<hasta>/v<N>/`. */
export const EDITIONS_DIR = 'ediciones';

/** The folder name of a period's releases (`2023-06_2024-03`). */
export const periodKeyOf = (period: { desde: string; hasta: string }) => `${period.desde}_${period.hasta}`;

/** The folder name of a version (`v2`). */
export const versionFolder = (revision: number) => `v${revision}`;

/** Returns the versions kept for a period, oldest first, as revision numbers. */
export async function keptVersions(periodDir: string): Promise<number[]> {
  if (!existsSync(periodDir)) return [];
  return (await readdir(periodDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => /^v(\d+)$/.exec(entry.name)?.[1])
    .filter((number): number is string => number !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Returns the folder of the latest release of a period in an earlier edition (`<edition>/datos/`),
 * or undefined: its newest `v<N>/`, or the period folder itself in the layout before versions
 * (one folder per period, overwritten by each release).
 */
export async function latestRelease(previousDatos: string | undefined, periodKey: string): Promise<string | undefined> {
  if (!previousDatos) return undefined;
  const periodDir = join(previousDatos, EDITIONS_DIR, periodKey);
  const versions = await keptVersions(periodDir);
  if (versions.length > 0) return join(periodDir, versionFolder(versions.at(-1)!));
  return existsSync(join(periodDir, 'datapackage.json')) ? periodDir : undefined;
}

/**
 * Copies every release an earlier edition kept into this release's `ediciones/`: each period's
 * versions as they are. A period folder of the layout before versions becomes the version its
 * datapackage.json names, so nothing published is lost.
 */
export async function carryOverVersions(previousDatos: string | undefined, editionsDir: string): Promise<void> {
  const previousEditions = previousDatos ? join(previousDatos, EDITIONS_DIR) : undefined;
  if (!previousEditions || !existsSync(previousEditions)) return;
  for (const period of await readdir(previousEditions)) {
    const from = join(previousEditions, period);
    const to = join(editionsDir, period);
    if (existsSync(join(from, 'datapackage.json'))) {
      const { revision } = JSON.parse(await readFile(join(from, 'datapackage.json'), 'utf8')) as { revision?: number };
      const files = (await readdir(from, { withFileTypes: true })).filter((entry) => entry.isFile());
      await mkdir(join(to, versionFolder(revision ?? 1)), { recursive: true });
      for (const file of files) await cp(join(from, file.name), join(to, versionFolder(revision ?? 1), file.name));
    } else {
      await cp(from, to, { recursive: true });
    }
  }
}

/**
 * Copies this release's files into `ediciones/<period>/v<N>/` and returns the folder, or returns
 * undefined when that version is already kept: a re-run with the same figures and datasets (a new
 * publication date, new editorial text) publishes no new version, and the kept one stays as it was.
 */
export async function keepVersion(dir: string, editionsDir: string, periodKey: string, revision: number, files: readonly string[]): Promise<string | undefined> {
  const target = join(editionsDir, periodKey, versionFolder(revision));
  if (existsSync(target)) return undefined;
  await mkdir(target, { recursive: true });
  for (const name of files) await cp(join(dir, name), join(target, name));
  return target;
}
