import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publicationInstant } from '../../presentation/edition/publication-date.js';
import { nodeDocument } from '../../presentation/charts/render-svg.js';
import type { EditionContext, EditionOutput } from '../../presentation/edition/edition-output.js';
import { renderPdf } from '../pdf/pdf-printer.js';
import { pniDocument } from './pni-document.js';
import { loadPniReportData } from './pni-report-data.js';

/** The file the output writes in the edition folder. */
export const PNI_PDF = 'pni.pdf';

/** The PNI progress report of the reporting year as `pni.pdf`, from the PNI marts. */
export const pniPdfOutput: EditionOutput = {
  name: 'Avance del PNI (PDF)',
  async write(context: EditionContext): Promise<string[]> {
    const data = await loadPniReportData(context.warehouse, context.period, context.release);
    if (!data.indicators.some((row) => row.situacion === 'en_periodo')) {
      context.report.observaciones.push({ salida: 'Avance del PNI (PDF)', mensaje: `el PNI no tiene indicadores con meta en ${data.anio}: no se escribió ${PNI_PDF}` });
      return [];
    }
    const definition = pniDocument({ data, document: nodeDocument(), publication: context.publication });
    await writeFile(join(context.dir, PNI_PDF), await renderPdf(definition, { createdAt: publicationInstant(context.publication) }));
    return [PNI_PDF];
  },
};
