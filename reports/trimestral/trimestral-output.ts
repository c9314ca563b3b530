import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EditionContext, EditionOutput } from '../../presentation/edition/edition-output.js';
import { loadEditorial } from '../../presentation/edition/editorial/editorial-folder.js';
import { publicationInstant } from '../../presentation/edition/publication-date.js';
import { quartersEndingIn, type Quarter } from '../../presentation/format/quarters.js';
import { renderPdf } from '../pdf/pdf-printer.js';
import { loadQuarterData } from './trimestral-data.js';
import { quarterlyDocument } from './trimestral-document.js';

/** Returns a quarterly report's file name (`informe-trimestral-2024-T1.pdf`). */
export function quarterlyFileName(quarter: Quarter): string {
  return `informe-trimestral-${quarter.codigo}.pdf`;
}

/** Returns the name of a quarter's editorial note in the edition folder (`informe-trimestral-2024-T1.md`). */
export function quarterlyNoteName(quarter: Quarter): string {
  return `informe-trimestral-${quarter.codigo}.md`;
}

/** Returns the Unidad's note for a quarter from the edition folder, or undefined when there is none (or it is empty). */
export async function readQuarterlyNote(editorialDir: string | undefined, quarter: Quarter): Promise<string | undefined> {
  if (!editorialDir) return undefined;
  const path = join(editorialDir, quarterlyNoteName(quarter));
  return existsSync(path) ? (await readFile(path, 'utf8')).trim() || undefined : undefined;
}

/** The quarterly executive report of every calendar quarter that ends inside the period, as `informe-trimestral-AAAA-Tn.pdf`. */
export const informeTrimestralOutput: EditionOutput = {
  name: 'informes trimestrales (PDF)',
  async write(context: EditionContext): Promise<string[]> {
    // Only the institution's names come from the folder; its problems are reported by the Memoria.
    const editorial = await loadEditorial(context.editorialDir, () => undefined);
    const written: string[] = [];
    for (const quarter of quartersEndingIn(context.period)) {
      const data = await loadQuarterData(context.warehouse, context.period, quarter, context.release);
      const definition = quarterlyDocument(data, editorial, context.publication, await readQuarterlyNote(context.editorialDir, quarter));
      const file = quarterlyFileName(quarter);
      await writeFile(join(context.dir, file), await renderPdf(definition, { createdAt: publicationInstant(context.publication) }));
      written.push(file);
    }
    return written;
  },
};
