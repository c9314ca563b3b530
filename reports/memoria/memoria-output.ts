import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeDocument } from '../charts/plot-render.js';
import type { EditionContext, EditionOutput } from '../edition-output.js';
import { renderPdf } from '../pdf/pdf-printer.js';
import { loadEditorial } from './editorial-folder.js';
import { memoriaChecks } from './memoria-checks.js';
import { loadMemoriaData } from './memoria-data.js';
import { memoriaDocument } from './memoria-document.js';

/** The output's name in progress messages and in the run report's observaciones. */
const NAME = 'Memoria de Labores (PDF)';

/** The Memoria de Labores of the period as `memoria.pdf`, from the marts and the edition folder. */
export const memoriaPdfOutput: EditionOutput = {
  name: NAME,
  async write(context: EditionContext): Promise<string[]> {
    const observe = (mensaje: string) => context.report.observaciones.push({ salida: NAME, mensaje });
    const editorial = await loadEditorial(context.editorialDir, observe);
    const data = await loadMemoriaData(context.warehouse, context.period, context.release);
    for (const mensaje of memoriaChecks(data, editorial)) observe(mensaje);
    const definition = memoriaDocument({ data, editorial, document: nodeDocument(), createdAt: context.createdAt });
    await writeFile(join(context.dir, 'memoria.pdf'), await renderPdf(definition, { createdAt: context.createdAt }));
    return ['memoria.pdf'];
  },
};
