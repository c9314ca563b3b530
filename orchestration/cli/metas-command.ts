import { resolve } from 'node:path';
import { writeMetasTemplates } from '../../reports/metas/metas-templates.js';
import { exitCodes } from './exit-codes.js';

/**
 * `memoria metas plantillas --anio YYYY --out DIR`: writes the POA target templates of a year.
 * `positionals` are the words after `metas` (a leading `metas` is also accepted). Returns the exit code.
 */
export async function metasCommand(positionals: string[], options: { anio?: string; out?: string }): Promise<number> {
  const words = positionals[0] === 'metas' ? positionals.slice(1) : positionals;
  const [action, ...rest] = words;
  if (!action) return usage('falta la acción: «memoria metas plantillas --anio AAAA»');
  if (action !== 'plantillas' && action !== 'templates') return usage(`acción desconocida «${action}» (use «plantillas»)`);
  if (rest.length) return usage(`argumento inesperado «${rest[0]}»`);
  if (options.anio === undefined) return usage('falta --anio AAAA');
  if (!/^\d{4}$/.test(options.anio)) return usage(`--anio debe ser un año de cuatro cifras (AAAA), no «${options.anio}»`);
  const anio = Number(options.anio);
  const out = resolve(options.out ?? `plantillas-metas-${anio}`);

  let written;
  try {
    written = await writeMetasTemplates(anio, out);
  } catch (error) {
    console.error(`memoria: no se pudieron escribir las plantillas en ${out}: ${(error as Error).message}`);
    return exitCodes.failed;
  }
  const rows = written.reduce((sum, template) => sum + template.filas, 0);
  console.log(`Plantillas de metas del POA ${anio} escritas en ${out}: ${written.length} unidades, ${rows} filas (una por medida y mes).`);
  for (const template of written) console.log(`  ${template.archivo} (${template.medidas.join(', ')})`);
  return exitCodes.ok;
}

function usage(message: string): number {
  console.error(`memoria: ${message}.\nUse «memoria help metas» para ver la ayuda.`);
  return exitCodes.usage;
}
