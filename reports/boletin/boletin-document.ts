import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { documentFrame } from '../pdf/document-frame.js';
import { formatCount } from '../../presentation/format/number-format.js';
import { COLORS, PAGE } from '../pdf/pdf-theme.js';
import { dateText, dayText, lastDayText, monthName, titleSpan } from '../../presentation/format/period-labels.js';
import { sourceOrigin } from '../../presentation/format/source-line.js';
import { symbolLegendText } from '../../presentation/format/symbols.js';
import type { PublicationDate } from '../../presentation/edition/publication-date.js';
import type { EditorialContent } from '../../presentation/edition/editorial/editorial-content.js';
import { bulletinBudget } from './boletin-budget.js';
import type { BulletinData } from './boletin-data.js';
import { bulletinSeries } from './boletin-series.js';
import { bulletinSummary } from './boletin-summary.js';
import { countUnitsText } from '../memoria/service-measures.js';

const BAND = 128;

function header(data: BulletinData, editorial: EditorialContent): Content[] {
  const x = PAGE.margins[0];
  return [
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

/** The bulletin's short methodological note: dates, what the figures count, protection, signs, sources, and the technical colophon. */
function methodologyNote(data: BulletinData, publication: PublicationDate, createdAt: string): Content {
  const { version } = data;
  const line = (text: string) => ({ text, fontSize: 7, color: COLORS.muted, margin: [0, 0, 0, 2] });
  return {
    unbreakable: true,
    margin: [0, 12, 0, 0],
    stack: [
      { text: 'Nota metodológica', style: 'label', margin: [0, 0, 0, 3] },
      line(
        `Publicado el ${dayText(publication.fecha)}. Cifras con corte al ${lastDayText(data.month)}: lo registrado y entregado por los sistemas hasta esa fecha, con sus correcciones posteriores; una cifra puede revisarse en ediciones siguientes.`,
      ),
      line(`Cada cifra cuenta lo que dice su nombre. ${countUnitsText()}`),
      line(
        'Las cifras de personas retornadas, resguardadas, derivadas y de autorizaciones de salida de niñas, niños y adolescentes pasan por el control de divulgación de la edición y se publican solo como totales mensuales.',
      ),
      line(symbolLegendText()),
      line(`Fuentes: ${[...new Set(['pasaportes', 'residencias', 'flujo', 'retornados', 'presupuesto'].map(sourceOrigin))].join('; ')}.`),
      line(
        `Datos técnicos: ${formatCount(version.entregas)} entregas de los sistemas${version.ultimaCarga ? `, la última cargada el ${dateText(version.ultimaCarga)}` : ''}; elaborado el ${dateText(createdAt)} con memoria, versión ${version.codigo}.`,
      ),
    ],
  } as Content;
}

/** Returns the monthly bulletin: the month's figures against a year earlier and the year to date, small charts and the budget. */
export function bulletinDocument(data: BulletinData, editorial: EditorialContent, document: Document, createdAt: string, publication: PublicationDate): TDocumentDefinitions {
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
    [...header(data, editorial), ...bulletinSummary(data, editorial.institucion), ...bulletinSeries(data, document), ...bulletinBudget(data), methodologyNote(data, publication, createdAt)],
    { background: background as TDocumentDefinitions['background'] },
  );
}
