import { writeFile } from 'node:fs/promises';
import { publicationInstant } from '../../presentation/edition/publication-date.js';
import { join } from 'node:path';
import { nodeDocument } from '../../presentation/charts/render-svg.js';
import type { EditionContext, EditionOutput } from '../../presentation/edition/edition-output.js';
import { loadEditorial } from '../../presentation/edition/editorial/editorial-folder.js';
import { renderPdf } from '../pdf/pdf-printer.js';
import { loadBulletinData } from './boletin-data.js';
import { announcedNextPublication, bulletinDocument } from './boletin-document.js';

/** Returns the bulletin's file name for a month (`boletin-2024-03.pdf`). */
export function bulletinFileName(month: string): string {
  return `boletin-${month}.pdf`;
}

/** The monthly statistical bulletin of the period's last month, as `boletin-YYYY-MM.pdf`. */
export const boletinOutput: EditionOutput = {
  name: 'boletín mensual (PDF)',
  async write(context: EditionContext): Promise<string[]> {
    // The institution's names and the next publication come from the folder; its problems are reported by the Memoria.
    const editorial = await loadEditorial(context.editorialDir, () => undefined);
    const { problem } = announcedNextPublication(editorial, context.publication);
    if (problem) context.report.observaciones.push({ salida: boletinOutput.name, mensaje: problem });
    const data = await loadBulletinData(context.warehouse, context.period, context.release);
    const file = bulletinFileName(data.month);
    const definition = bulletinDocument(data, editorial, nodeDocument(), context.publication);
    await writeFile(join(context.dir, file), await renderPdf(definition, { createdAt: publicationInstant(context.publication) }));
    return [file];
  },
};
