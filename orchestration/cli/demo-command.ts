import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isCurrentDemoLanding, stampDemoLanding } from '../../pipelines/demo/demo-version.js';
import { writeDemoLanding } from '../../pipelines/demo/demo-landing.js';
import { defaults } from '../../pipelines/paths.js';
import { consoleProgress, type Progress } from '../run/progress.js';
import { exitCodes } from './exit-codes.js';
import type { CommandOptions } from './main.js';

/** `memoria demo`: writes the deterministic demo landing folder. */
export async function demoCommand(options: CommandOptions): Promise<number> {
  const dir = String(options.out ?? defaults.demoLanding);
  consoleProgress().step(`Escribiendo los datos de demostración en ${dir}`);
  const summary = await writeDemoLanding(dir);
  await stampDemoLanding(dir);
  const files = Object.values(summary.sources).reduce((sum, source) => sum + source.files.length, 0);
  console.log(`Datos de demostración escritos en ${dir}: ${files} archivos de ${Object.keys(summary.sources).length} fuentes.`);
  return exitCodes.ok;
}

/**
 * Writes the demo landing folder when it is missing or an older generator wrote it (the default
 * input of `memoria run`): stale demo data would publish figures the code no longer means.
 */
export async function ensureDemoLanding(dir: string, progress: Progress): Promise<void> {
  if (await isCurrentDemoLanding(dir)) return;
  if (existsSync(dir)) {
    progress.step(`Los datos de demostración de ${dir} son de una versión anterior del generador: se escriben de nuevo`);
    await rm(dir, { recursive: true, force: true });
  } else progress.step(`Generando los datos de demostración en ${dir}`);
  await writeDemoLanding(dir);
  await stampDemoLanding(dir);
}
