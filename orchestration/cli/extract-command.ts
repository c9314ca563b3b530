import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaults } from '../../pipelines/paths.js';
import { extractStep } from '../run/pipeline-steps.js';
import { exitCodes } from './exit-codes.js';
import type { CommandOptions } from './main.js';
import { withWarehouse } from './warehouse-command.js';

/** `memoria extract`: loads new deliveries into the raw layer only. */
export async function extractCommand(options: CommandOptions): Promise<number> {
  const landing = resolve(String(options.landing ?? defaults.demoLanding));
  if (!existsSync(landing)) {
    console.error(`memoria: la carpeta de entrada «${landing}» no existe.`);
    return exitCodes.usage;
  }
  return withWarehouse(options, { entrada: landing }, (transaction, report, progress) => extractStep(landing, transaction, report, progress));
}
