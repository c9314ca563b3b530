import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The site's source folder (`dashboards/site/`). */
export const SITE_SOURCE = join(dirname(fileURLToPath(import.meta.url)), '..', 'site');

/** The bundled site: its script and the licences of the libraries inside it. */
export interface SiteBundle {
  readonly script: string;
  readonly licenses: string;
}

/**
 * Returns the pages' code (`dashboards/site/main.ts` with Plot, d3 and the shared chart functions)
 * bundled by esbuild into one minified classic script, which a browser runs from file:// as well
 * as from a server (modules are blocked on file://), with the licence texts of every package inside.
 */
export async function bundleSite(): Promise<SiteBundle> {
  const result = await build({
    entryPoints: [join(SITE_SOURCE, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    charset: 'utf8',
  });
  const script = result.outputFiles[0].text;
  return { script, licenses: await packageLicenses(Object.keys(result.metafile.inputs)) };
}

/** Returns the licence text of every npm package a bundle includes, one after the other. */
async function packageLicenses(inputs: readonly string[]): Promise<string> {
  const roots = new Set<string>();
  for (const input of inputs) {
    const parts = input.split(/[\\/]/);
    const at = parts.lastIndexOf('node_modules');
    if (at < 0) continue;
    const name = parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3) : [parts[at + 1]];
    roots.add(
      parts
        .slice(0, at + 1)
        .concat(name)
        .join(sep),
    );
  }
  const sections: string[] = ['Bibliotecas incluidas en tablero.js y sus licencias (el resto del código es de la DGME).'];
  for (const root of [...roots].sort()) {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((name) => join(root, name)).find(existsSync);
    const text = file ? (await readFile(file, 'utf8')).trim() : `Licencia: ${manifest.license ?? 'no indicada'}`;
    sections.push(`${'='.repeat(72)}\n${manifest.name} ${manifest.version} (${manifest.license ?? 'sin licencia declarada'})\n${text}`);
  }
  return sections.join('\n\n') + '\n';
}
