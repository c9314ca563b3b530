import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { documentFrame } from '../pdf/document-frame.js';
import { newNumbering } from '../pdf/data-table.js';
import { COLORS, PAGE } from '../pdf/pdf-theme.js';
import { dayText, monthName, titleSpan } from '../../presentation/format/period-labels.js';
import type { PublicationDate } from '../../presentation/edition/publication-date.js';
import type { EditorialContent } from '../../presentation/edition/editorial/editorial-content.js';
import { bulletinBudget } from './boletin-budget.js';
import type { BulletinData } from './boletin-data.js';
import { bulletinSeries } from './boletin-series.js';
import { bulletinSummary, keyResults, servicesTable } from './boletin-summary.js';
import { bulletinBreakdowns } from './boletin-breakdowns.js';
import { bulletinTargets } from './boletin-targets.js';
import { methodologyBox } from './boletin-methodology.js';

const BAND = 128;

function header(data: BulletinData, editorial: EditorialContent, publication: PublicationDate): Content[] {
  const x = PAGE.margins[0];
  return [
    { text: `Publicado el ${dayText(publication.fecha)}`, color: COLORS.white, fontSize: 8.5, alignment: 'right', absolutePosition: { x, y: 96 }, width: PAGE.width - 2 * x } as Content,
    { text: 'BOLETÍN ESTADÍSTICO MENSUAL', color: COLORS.blueLight, fontSize: 9, bold: true, characterSpacing: 1.5, absolutePosition: { x, y: 40 } },
    { text: editorial.institucion, color: COLORS.white, fontSize: 16, bold: true, absolutePosition: { x, y: 56 } },
    { text: titleSpan(data.month, data.month), color: COLORS.white, fontSize: 22, absolutePosition: { x, y: 82 } },
  ] as Content[];
}

function background(page: number): Content | null {
  if (page !== 1) return null;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: PAGE.width, h: BAND, color: COLORS.blue },
      { type: 'rect', x: 0, y: BAND, w: PAGE.width, h: 4, color: COLORS.accent },
    ],
  };
}

/**
 * Returns the next publication date the bulletin may announce: the edition folder's
 * `proxima_publicacion` when it is after the publication date; otherwise none, with the reason.
 */
export function announcedNextPublication(editorial: EditorialContent, publication: PublicationDate): { date?: string; problem?: string } {
  const date = editorial.proximaPublicacion;
  if (!date) return {};
  if (date <= publication.fecha) return { problem: `edicion.yml: proxima_publicacion (${date}) no es posterior a la fecha de publicación (${publication.fecha}); el boletín no anuncia fecha.` };
  return { date };
}

/** Returns the monthly bulletin: key results, every service, the month's breakdowns, 13 months of each service, the POA, the budget and the methodological box. */
export function bulletinDocument(data: BulletinData, editorial: EditorialContent, document: Document, publication: PublicationDate): TDocumentDefinitions {
  // Tables are numbered in the order they are printed.
  const numbering = newNumbering();
  const body: Content[] = [
    ...header(data, editorial, publication),
    ...bulletinSummary(data, editorial.institucion),
    ...keyResults(data),
    servicesTable(data, numbering),
    ...bulletinBreakdowns(data.breakdowns, data.month, numbering),
    ...bulletinSeries(data, document),
    ...bulletinTargets(data.targets, data.month, numbering),
  ];
  const budget = bulletinBudget(data, numbering);
  // The heading moves with the (short) budget box, never alone at a page's foot.
  if (budget.length) body.push({ stack: [{ text: 'Ejecución presupuestaria', style: 'h2' }, ...budget], unbreakable: true } as Content);
  body.push(
    methodologyBox({
      month: data.month,
      publication,
      nextDate: announcedNextPublication(editorial, publication).date,
      version: data.version,
      sources: [...(budget.length ? ['presupuesto'] : []), ...(data.targets.length ? ['metas'] : [])],
    }),
  );
  return documentFrame(
    {
      footerText: `${editorial.siglas} · Boletín estadístico mensual, ${monthName(data.month)}`,
      bareFirstPages: 0,
      info: {
        title: `Boletín estadístico mensual, ${monthName(data.month)}`,
        author: editorial.institucion,
        subject: `Cifras de los servicios de la ${editorial.institucion} (${editorial.siglas}) en ${monthName(data.month)}, comparadas con ${monthName(data.previousMonth)} y con el acumulado del año.`,
        keywords: `${editorial.siglas}, migración, boletín mensual, estadísticas, El Salvador, ${data.month}`,
      },
    },
    body,
    { background: background as TDocumentDefinitions['background'] },
  );
}
