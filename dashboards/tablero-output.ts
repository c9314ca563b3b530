import { copyFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EditionContext, EditionOutput } from '../presentation/edition/edition-output.js';
import { bundleSite, SITE_SOURCE } from './build/site-bundler.js';
import { buildSiteData } from './build/site-data-builder.js';
import { SITE_DATA_GLOBAL } from './data/site-data.js';

/** The site's folder inside the edition. */
export const SITE_DIR = 'tablero';

/** The files of the site, as `memoria run` writes them. */
export const SITE_FILES = { page: 'index.html', styles: 'tablero.css', script: 'tablero.js', data: 'datos.js', licenses: 'licencias.txt' } as const;

/** Returns `bytes` as Spanish text (`512 KB`, `1.2 MB`). */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
}

/**
 * The dashboards (`tablero/`): a static site that opens from disk or any static server. Its data
 * is the edition's open-data release (written before it), rolled up and embedded in `datos.js`;
 * its code, Plot and d3 are bundled into `tablero.js`. Nothing is requested outside the folder.
 */
export const tableroOutput: EditionOutput = {
  name: 'tablero',
  async write(context: EditionContext): Promise<string[]> {
    const dir = join(context.dir, SITE_DIR);
    await mkdir(dir, { recursive: true });
    const [data, bundle] = await Promise.all([buildSiteData(context), bundleSite()]);
    await writeFile(join(dir, SITE_FILES.data), `window.${SITE_DATA_GLOBAL}=${JSON.stringify(data)};\n`);
    await writeFile(join(dir, SITE_FILES.script), bundle.script);
    await writeFile(join(dir, SITE_FILES.licenses), bundle.licenses);
    await copyFile(join(SITE_SOURCE, 'index.html'), join(dir, SITE_FILES.page));
    await copyFile(join(SITE_SOURCE, 'tablero.css'), join(dir, SITE_FILES.styles));

    const files = (await readdir(dir)).sort();
    const sizes = await Promise.all(files.map(async (name) => (await stat(join(dir, name))).size));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const dataSize = sizes[files.indexOf(SITE_FILES.data)];
    context.report.observaciones.push({
      salida: 'tablero',
      mensaje: `el tablero ocupa ${sizeText(total)} en ${files.length} archivos (datos ${sizeText(dataSize)}, código ${sizeText(sizes[files.indexOf(SITE_FILES.script)])})`,
    });
    return files.map((name) => join(SITE_DIR, name));
  },
};
