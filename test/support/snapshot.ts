import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { projectRoot } from '../../pipelines/paths.js';

/** Where snapshots live (test/snapshots/), as Plot's and Framework's tests keep them. */
export const outputDir = join(projectRoot, 'test', 'snapshots');

/**
 * Compares `actual` with the snapshot `test/snapshots/<name>`. A missing snapshot is created (never
 * under CI=true); on a mismatch the new version is written beside it as `<name>-changed.<ext>`
 * for review, and the test fails.
 */
export async function expectSnapshot(name: string, actual: string): Promise<void> {
  const path = join(outputDir, name);
  const changed = join(outputDir, name.replace(/(\.[^.]+)$/, '-changed$1'));
  if (!existsSync(path)) {
    if (process.env.CI === 'true') throw new Error(`Falta la instantánea ${name} (no se crea con CI=true).`);
    await mkdir(outputDir, { recursive: true });
    await writeFile(path, actual);
    return;
  }
  const expected = await readFile(path, 'utf8');
  if (expected === actual) {
    await rm(changed, { force: true });
    return;
  }
  await writeFile(changed, actual);
  expect(actual, `la instantánea ${name} cambió: compare con ${changed}`).toBe(expected);
}

/** Returns an SVG normalised for a snapshot: one element per line, numbers to 3 decimals, ids renumbered. */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\d+\.\d{4,}/g, (number) => String(Number(Number(number).toFixed(3))))
    .replace(/id="([^"]+)"/g, (_, id: string) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
      return `id="${ids.get(id)}"`;
    })
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole))
    .replace(/></g, '>\n<')
    .concat('\n');
}

/** Returns a document definition as snapshot JSON: embedded SVG charts reduced to their size (their own snapshots check them). */
export function documentJson(definition: object): string {
  return (
    JSON.stringify(
      definition,
      (key, value) => {
        if (key === 'svg' && typeof value === 'string') {
          const width = /width="([\d.]+)"/.exec(value)?.[1];
          const height = /height="([\d.]+)"/.exec(value)?.[1];
          return `[svg ${width}×${height}]`;
        }
        return value;
      },
      1,
    ) + '\n'
  );
}
