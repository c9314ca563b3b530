import { existsSync } from 'node:fs';
import { defaults } from '../../pipelines/paths.js';
import { consoleProgress } from '../run/progress.js';
import { isIsoDay } from '../../presentation/edition/publication-date.js';
import { reportingPeriod } from '../../pipelines/time/reporting-period.js';
import { formatRunReport } from '../run/run-report.js';
import { ensureDemoLanding } from './demo-command.js';
import { exitCodes } from './exit-codes.js';
import type { CommandOptions } from './main.js';

/** `memoria run`: the whole pipeline to a published edition. */
export async function runCommand(options: CommandOptions): Promise<number> {
  const period = reportingPeriod(String(options.desde ?? defaults.desde), String(options.hasta ?? defaults.hasta));
  const progress = consoleProgress(Boolean(options.detalle));
  const landing = String(options.landing ?? defaults.demoLanding);
  const threshold = options.umbral === undefined ? undefined : /^\d+$/.test(String(options.umbral)) ? Number(options.umbral) : NaN;
  // A threshold of 1 would protect nothing: every count of 1 or more would be published.
  if (threshold !== undefined && !(Number.isInteger(threshold) && threshold >= 2)) {
    console.error(`memoria: --umbral debe ser un entero mayor o igual que 2 (se suprimen las cifras de 1 a umbral − 1 personas); se recibió «${options.umbral}».`);
    return exitCodes.usage;
  }
  if (options.edicion !== undefined && !existsSync(String(options.edicion))) {
    console.error(`memoria: la carpeta editorial «${options.edicion}» no existe.`);
    return exitCodes.usage;
  }
  if (options['fecha-publicacion'] !== undefined && !isIsoDay(String(options['fecha-publicacion']))) {
    console.error(`memoria: --fecha-publicacion debe ser una fecha AAAA-MM-DD; se recibió «${options['fecha-publicacion']}».`);
    return exitCodes.usage;
  }
  if (options.landing !== undefined && !existsSync(landing)) {
    console.error(`memoria: la carpeta de entrada «${landing}» no existe.`);
    return exitCodes.usage;
  }
  if (options.landing === undefined) await ensureDemoLanding(landing, progress);
  // Loaded once the options are valid: a usage error answers without loading the whole pipeline.
  const { runEdition } = await import('../run/run-edition.js');
  const report = await runEdition(
    {
      landing,
      period,
      out: String(options.out ?? defaults.out),
      warehouse: String(options.warehouse ?? defaults.warehouse),
      editorialDir: options.edicion === undefined ? undefined : String(options.edicion),
      publicationDate: options['fecha-publicacion'] === undefined ? undefined : String(options['fecha-publicacion']),
      privacyThreshold: threshold,
    },
    progress,
  );
  const text = formatRunReport(report);
  if (report.resultado === 'correcto') {
    console.log(text);
    return exitCodes.ok;
  }
  console.error(text);
  return exitCodes.failed;
}
