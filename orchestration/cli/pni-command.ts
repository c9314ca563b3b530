import { resolve } from 'node:path';
import { readPniCatalogue } from '../../reports/pni/pni-catalogue.js';
import { writePniTemplates } from '../../reports/pni/pni-templates.js';
import { exitCodes } from './exit-codes.js';

/**
 * `memoria pni templates --anio YYYY --out DIR`: writes the PNI reporting templates of a year.
 * `positionals` are the words after `pni` (a leading `pni` is also accepted). Returns the exit code.
 */
export async function pniCommand(positionals: string[], options: { anio?: string; out?: string }): Promise<number> {
  const words = positionals[0] === 'pni' ? positionals.slice(1) : positionals;
  const [action, ...rest] = words;
  if (!action) return usage('falta la acción: «memoria pni templates --anio AAAA»');
  if (action !== 'templates' && action !== 'plantillas') return usage(`acción desconocida «${action}» (use «templates»)`);
  if (rest.length) return usage(`argumento inesperado «${rest[0]}»`);
  if (options.anio === undefined) return usage('falta --anio AAAA');
  if (!/^\d{4}$/.test(options.anio)) return usage(`--anio debe ser un año de cuatro cifras (AAAA), no «${options.anio}»`);
  const anio = Number(options.anio);
  const out = resolve(options.out ?? `plantillas-pni-${anio}`);

  const catalogue = await readPniCatalogue();
  const first = Math.min(...catalogue.indicators.map((indicator) => indicator.anioInicio));
  const last = Math.max(...catalogue.indicators.map((indicator) => indicator.anioFin));
  if (anio < first || anio > last) {
    console.error(`memoria: el PNI no tiene indicadores en ${anio} (su periodo es ${first}-${last}); no se escribió nada.`);
    return exitCodes.failed;
  }
  let written;
  try {
    written = await writePniTemplates(catalogue, anio, out);
  } catch (error) {
    console.error(`memoria: no se pudieron escribir las plantillas en ${out}: ${(error as Error).message}`);
    return exitCodes.failed;
  }
  const indicators = written.reduce((sum, template) => sum + template.indicadores, 0);
  console.log(`Plantillas del PNI ${anio} escritas en ${out}: ${written.length} instituciones, ${indicators} filas de indicadores.`);
  for (const template of written) console.log(`  ${template.archivo} (${template.indicadores} indicadores)`);
  return exitCodes.ok;
}

function usage(message: string): number {
  console.error(`memoria: ${message}.\nUse «memoria help pni» para ver la ayuda.`);
  return exitCodes.usage;
}
