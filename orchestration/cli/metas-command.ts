import { resolve } from 'node:path';
import { writeMetasTemplates } from '../../reports/metas/metas-templates.js';
import { exitCodes } from './exit-codes.js';

/** Spanish help of `memoria metas` (for orchestration/cli/help-texts.ts). */
export const metasHelpText = `Uso: memoria metas plantillas --anio AAAA [--out DIR]

Escribe las plantillas de las metas físicas del plan operativo anual (POA) de un año: un archivo XLSX
por unidad organizativa que envía datos de conteo, con una fila por medida y mes, las columnas de
códigos de sus fuentes y una columna «Programado» vacía. Una plantilla llena se coloca tal cual en la carpeta «metas» de la
entrada (--landing) y se carga sin editarla; las filas que quedan sin «Programado» se omiten.
También se acepta «memoria metas templates».

  --anio AAAA   año de las metas (obligatorio)
  --out DIR     carpeta donde se escriben (por omisión: plantillas-metas-AAAA)`;

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
