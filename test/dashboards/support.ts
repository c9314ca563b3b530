import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SITE_DATA_GLOBAL, type SiteData } from '../../dashboards/data/site-data.js';
import { SITE_DIR, SITE_FILES } from '../../dashboards/tablero-output.js';
import { demoEditionPaths } from '../support/demo-edition.js';

/** The demo edition's site folder. */
export const siteDir = join(demoEditionPaths.out, SITE_DIR);

/** Returns the data the demo edition's site embeds in `datos.js`. */
export async function readSiteData(): Promise<SiteData> {
  const script = await readFile(join(siteDir, SITE_FILES.data), 'utf8');
  const prefix = `window.${SITE_DATA_GLOBAL}=`;
  if (!script.startsWith(prefix)) throw new Error(`datos.js no empieza con ${prefix}`);
  return JSON.parse(script.slice(prefix.length).trim().replace(/;$/, '')) as SiteData;
}
