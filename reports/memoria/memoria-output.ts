import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { publicationInstant } from '../../presentation/edition/publication-date.js';
import { nodeDocument } from '../../presentation/charts/render-svg.js';
import type { EditionContext, EditionOutput } from '../../presentation/edition/edition-output.js';
import { newNumbering } from '../pdf/data-table.js';
import { renderPdf } from '../pdf/pdf-printer.js';
import { loadEditorial } from '../../presentation/edition/editorial/editorial-folder.js';
import { withPlanTargets } from '../../presentation/metas/period-targets.js';
import { releasedTargets } from '../../presentation/metas/target-rows.js';
import { memoriaChecks, sourceObservations } from './memoria-checks.js';
import { loadMemoriaData } from './memoria-data.js';
import { memoriaDocument } from './memoria-document.js';

/** The output's name in progress messages and in the run report's observaciones. */
const NAME = 'Memoria de Labores (PDF)';

/** The edition's Memoria laid out: its document and the number each cuadro got (`cuadro` → Tabla N). */
export interface PreparedMemoria {
  readonly definition: TDocumentDefinitions;
  readonly tableNumbers: ReadonlyMap<string, number>;
}

const prepared = new WeakMap<EditionContext, Promise<PreparedMemoria>>();

/**
 * Returns the edition's Memoria, laid out once per run: the PDF prints it, and the open data and the
 * dashboards take each cuadro's table number from it, so the three never number a table differently.
 */
export function prepareMemoria(context: EditionContext): Promise<PreparedMemoria> {
  let memoria = prepared.get(context);
  if (!memoria) {
    memoria = layOut(context);
    prepared.set(context, memoria);
  }
  return memoria;
}

async function layOut(context: EditionContext): Promise<PreparedMemoria> {
  const observe = (mensaje: string) => context.report.observaciones.push({ salida: NAME, mensaje });
  const folder = await loadEditorial(context.editorialDir, observe);
  const editorial = withPlanTargets(folder, releasedTargets(context.release, context.period.hasta), context.period);
  for (const line of editorial.metas) {
    const typed = folder.metas.find((candidate) => candidate.medida === line.medida && candidate.descripcion === line.descripcion);
    if (line.origen === 'poa' && typed && typed.meta !== line.meta)
      observe(`edicion.yml: la meta «${line.descripcion}» (${typed.meta}) no es la del POA del periodo (${line.meta}); se imprime la del POA.`);
  }
  const data = await loadMemoriaData(context.warehouse, context.period, context.release, editorial);
  for (const mensaje of memoriaChecks(data, editorial)) observe(mensaje);
  const numbering = newNumbering();
  const definition = memoriaDocument(
    { data, editorial, document: nodeDocument(), createdAt: context.createdAt, publication: context.publication, observations: sourceObservations(data, editorial) },
    numbering,
  );
  return { definition, tableNumbers: numbering.tables };
}

/** The Memoria de Labores of the period as `memoria.pdf`, from the marts and the edition folder. */
export const memoriaPdfOutput: EditionOutput = {
  name: NAME,
  async write(context: EditionContext): Promise<string[]> {
    const { definition } = await prepareMemoria(context);
    await writeFile(join(context.dir, 'memoria.pdf'), await renderPdf(definition, { createdAt: publicationInstant(context.publication) }));
    return ['memoria.pdf'];
  },
};
