import type { Content } from 'pdfmake/interfaces.js';
import { COLORS, CONTENT_WIDTH, PAGE } from '../pdf/pdf-theme.js';
import { dayMonthText, titleSpan } from '../../presentation/format/period-labels.js';
import type { SectionContext } from './section-context.js';

const BAND = 300;

/** Returns the cover: ministry, institution, title, period, and place and month of publication (the edition's date, not the build's). */
export function coverSection(context: SectionContext): Content[] {
  const { editorial, data, publication } = context;
  const x = PAGE.margins[0];
  return [
    { text: editorial.ministerio.toUpperCase(), color: COLORS.white, fontSize: 10, characterSpacing: 1.2, absolutePosition: { x, y: 92 } },
    { text: editorial.institucion, color: COLORS.white, fontSize: 21, bold: true, width: CONTENT_WIDTH, absolutePosition: { x, y: 112 } },
    { text: editorial.siglas, color: COLORS.blueLight, fontSize: 12, bold: true, characterSpacing: 2, absolutePosition: { x, y: BAND - 46 } },
    { text: 'Memoria de Labores', color: COLORS.blue, fontSize: 38, bold: true, absolutePosition: { x, y: BAND + 70 } },
    { text: titleSpan(data.period.desde, data.period.hasta), color: COLORS.ink, fontSize: 20, absolutePosition: { x, y: BAND + 122 } },
    {
      text: 'Resultados de la gestión institucional: servicios migratorios, proyectos, contrataciones y ejecución presupuestaria.',
      color: COLORS.muted,
      fontSize: 11,
      lineHeight: 1.3,
      width: 360,
      absolutePosition: { x, y: BAND + 160 },
    },
    { text: `San Salvador, ${dayMonthText(publication.fecha)}`, color: COLORS.muted, fontSize: 10, absolutePosition: { x, y: PAGE.height - 80 } },
  ] as Content[];
}

/** Returns the cover's background (page 1 only): the institutional band and its accent line. */
export function coverBackground(page: number): Content | null {
  if (page !== 1) return null;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: PAGE.width, h: BAND, color: COLORS.blue },
      { type: 'rect', x: 0, y: BAND, w: PAGE.width, h: 6, color: COLORS.accent },
      { type: 'rect', x: 0, y: PAGE.height - 104, w: PAGE.width, h: 104, color: COLORS.blueTint },
    ],
  };
}

/** Returns the table of contents page; pdfmake fills in the page numbers of every heading. */
export function contentsSection(): Content[] {
  return [
    {
      toc: { title: { text: 'Contenido', style: 'tocTitle' } },
      pageBreak: 'before',
    } as Content,
  ];
}
