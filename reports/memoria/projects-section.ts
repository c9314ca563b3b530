import type { Content } from 'pdfmake/interfaces.js';
import { EDITORIAL_SOURCE } from '../../presentation/format/source-line.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import { tableBlock } from '../pdf/data-table.js';
import { sectionHeading, subsectionHeading } from '../pdf/document-frame.js';
import { FIGURE_SPACE, formatMoney, NO_FIGURE } from '../../presentation/format/number-format.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { spanText, titleSpan } from '../../presentation/format/period-labels.js';
import type { EditorialAmount, EditorialProject } from '../../presentation/edition/editorial/editorial-content.js';
import { populationText } from './population-text.js';
import type { SectionContext } from './section-context.js';

/** A fiscal-year stretch of the reporting period (calendar years), e.g. 2023: junio a diciembre de 2023. */
export interface FiscalStretch {
  readonly ejercicio: number;
  readonly desde: string;
  readonly hasta: string;
}

/** Returns the fiscal years the period touches, each cut to the period. */
export function fiscalStretches(desde: string, hasta: string): FiscalStretch[] {
  const stretches: FiscalStretch[] = [];
  for (let year = Number(desde.slice(0, 4)); year <= Number(hasta.slice(0, 4)); year++) {
    stretches.push({ ejercicio: year, desde: `${year}-01` < desde ? desde : `${year}-01`, hasta: `${year}-12` > hasta ? hasta : `${year}-12` });
  }
  return stretches;
}

// No amount for a fiscal year means no investment that year (zero), not a missing figure.
const amountText = (amount: EditorialAmount | undefined) => (amount ? (amount.monto === null ? amount.escrito : formatMoney(amount.monto)) : SYMBOLS.zero);

/** Returns one project: heading, status, description and its card (Tabla N). */
function projectBlock(project: EditorialProject, index: number, context: SectionContext): Content[] {
  const { period } = context.data;
  const label = (text: string) => ({ text, style: 'label', fillColor: COLORS.blueTint });
  const body = [
    [label('Fuente de financiamiento'), project.fuente ?? NO_FIGURE],
    ...fiscalStretches(period.desde, period.hasta).map((stretch) => [label(`Inversión, ${spanText(stretch.desde, stretch.hasta)}`), amountText(project.inversion.get(stretch.ejercicio))]),
    [label('Avances cualitativos o cuantitativos'), project.avances ?? NO_FIGURE],
    [label('Población beneficiada'), populationText(project.poblacion, context.data)],
    [label('Porcentaje de avance'), project.porcentaje_avance === undefined ? NO_FIGURE : `${project.porcentaje_avance}${FIGURE_SPACE}%`],
    [label('Finalización programada'), project.finalizacion ?? NO_FIGURE],
  ];
  const intro: Content[] = [subsectionHeading(`Proyecto: ${project.nombre}`, `proyecto-${index + 1}`, 'proyectos')];
  if (project.estado) intro.push({ text: [{ text: 'Estado: ', bold: true }, project.estado], style: 'body', margin: [0, 0, 0, 3] });
  if (project.descripcion) intro.push({ text: [{ text: 'Descripción: ', bold: true }, project.descripcion], style: 'body' });
  // The project's heading, description and card move together: the card is short.
  return [
    {
      unbreakable: true,
      stack: [
        ...intro,
        tableBlock({
          caption: `Tabla ${context.numbering.table()}. ${project.nombre}, ${titleSpan(period.desde, period.hasta).toLowerCase()}`,
          table: { table: { widths: [150, '*'], body: body.map((row) => row.map((cell) => (typeof cell === 'string' ? { text: cell, fontSize: 8.5 } : cell))), dontBreakRows: true }, layout: 'ficha' },
          source: EDITORIAL_SOURCE,
        }),
      ],
    } as Content,
  ];
}

/** Returns Proyectos o programas from the folder's `proyectos.yml`, or nothing when there are none. */
export function projectsSection(context: SectionContext): Content[] {
  const projects = context.editorial.proyectos;
  if (!projects.length) return [];
  const byStatus = new Map<string, number>();
  for (const project of projects) {
    const status = (project.estado ?? 'sin estado').toLowerCase().replace(/\.$/, '');
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  const statuses = [...byStatus].map(([status, count]) => `${status}: ${count}`);
  return [
    ...sectionHeading('Proyectos o programas', 'proyectos'),
    { text: `Durante el periodo se registraron ${projects.length === 1 ? 'un proyecto' : `${projects.length} proyectos o programas`} (${statuses.join('; ')}).`, style: 'lead' },
    ...projects.flatMap((project, index) => projectBlock(project, index, context)),
  ];
}
