import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '../../presentation/format/csv.js';
import { periodText } from '../../presentation/format/period-labels.js';
import { groupThousands } from '../../presentation/format/number-format.js';
import { packageDatasets, REVISIONS_FILE } from './release-revisions.js';
import { keptVersions, versionFolder } from './release-versions.js';

/** The release's changelog, in Spanish: every kept version of every period, newest first. */
export const CHANGELOG_FILE = 'CAMBIOS.md';

interface KeptPackage {
  readonly version: string;
  readonly revision?: number;
  readonly fecha_publicacion?: string;
  readonly created: string;
  readonly periodo: { readonly desde: string; readonly hasta: string };
  readonly resources: readonly { readonly name: string; readonly format?: string }[];
}

const readPackage = async (dir: string) => JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as KeptPackage;

/**
 * Returns CAMBIOS.md, written from the versions kept under `ediciones/` (this release's included):
 * for each, when it was published, which datasets it added or dropped, and how many published
 * figures changed against the version before, by dataset (cell by cell in `revisiones.csv`).
 */
export async function changelogMarkdown(editionsDir: string): Promise<string> {
  const lines = [
    '# Cambios en los datos abiertos',
    '',
    'Cada versión publicada se conserva en `ediciones/<desde>_<hasta>/v<N>/`; la carpeta `datos/` tiene siempre la más reciente.',
    'Una versión nueva del mismo periodo se publica cuando cambian cifras ya publicadas (correcciones tardías de los sistemas)',
    'o los conjuntos de datos; `revisiones.csv` da, cifra por cifra, el valor anterior y el nuevo.',
    '',
  ];
  const periods = existsSync(editionsDir) ? (await readdir(editionsDir)).sort().reverse() : [];
  for (const period of periods) {
    const versions = await keptVersions(join(editionsDir, period));
    if (versions.length === 0) continue;
    const latest = join(editionsDir, period, versionFolder(versions.at(-1)!));
    const log = existsSync(join(latest, REVISIONS_FILE)) ? parseCsv(await readFile(join(latest, REVISIONS_FILE), 'utf8')) : [];
    const packages = new Map<number, KeptPackage>();
    for (const revision of versions) packages.set(revision, await readPackage(join(editionsDir, period, versionFolder(revision))));
    const first = packages.get(versions[0]!)!;
    lines.push(`## ${periodText(first.periodo.desde, first.periodo.hasta)}`, '');
    for (const revision of [...versions].reverse()) {
      const pkg = packages.get(revision)!;
      const previous = packages.get(revision - 1);
      const published = pkg.fecha_publicacion ?? pkg.created.slice(0, 10);
      lines.push(`### Versión ${pkg.version} (\`${period}/${versionFolder(revision)}/\`), publicada el ${published}`, '');
      if (!previous) {
        lines.push(revision === 1 ? '- Primera versión de los datos del periodo.' : '- Versión anterior no conservada en esta publicación.');
      } else {
        const before = new Set(packageDatasets(previous));
        const after = new Set(packageDatasets(pkg));
        const added = [...after].filter((name) => !before.has(name));
        const dropped = [...before].filter((name) => !after.has(name));
        const changed = new Map<string, number>();
        for (const row of log) if (row.revision === String(revision) && before.has(row.recurso) && after.has(row.recurso)) changed.set(row.recurso, (changed.get(row.recurso) ?? 0) + 1);
        const total = [...changed.values()].reduce((sum, count) => sum + count, 0);
        if (total > 0) {
          const detail = [...changed].map(([name, count]) => `\`${name}\` (${groupThousands(String(count))})`).join(', ');
          lines.push(`- ${groupThousands(String(total))} ${total === 1 ? 'cifra publicada cambió' : 'cifras publicadas cambiaron'} respecto de la versión ${previous.version}: ${detail}.`);
        }
        if (added.length) lines.push(`- Conjuntos de datos nuevos: ${added.map((name) => `\`${name}\``).join(', ')}.`);
        if (dropped.length) lines.push(`- Conjuntos de datos que ya no se publican: ${dropped.map((name) => `\`${name}\``).join(', ')}.`);
        if (total === 0 && !added.length && !dropped.length) lines.push('- Sin cambios en las cifras ni en los conjuntos de datos.');
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
