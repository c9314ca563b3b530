import type { Content } from 'pdfmake/interfaces.js';
import { COLORS, CONTENT_WIDTH, PAGE } from '../pdf/pdf-theme.js';
import { dayText, lastDayText } from '../../presentation/format/period-labels.js';
import type { PniSectionContext } from './pni-section-context.js';

const BAND = 300;

/** Returns the cover: ministry, coordination mechanism, title, cut-off date, and place and day of publication. */
export function coverSection(context: PniSectionContext): Content[] {
  const { data, publication } = context;
  const x = PAGE.margins[0];
  return [
    { text: 'MINISTERIO DE RELACIONES EXTERIORES', color: COLORS.white, fontSize: 10, characterSpacing: 1.2, absolutePosition: { x, y: 92 } },
    { text: 'Viceministerio de Diáspora y Movilidad Humana', color: COLORS.white, fontSize: 21, bold: true, width: CONTENT_WIDTH, absolutePosition: { x, y: 112 } },
    { text: 'MECANISMO DE COORDINACIÓN NACIONAL SOBRE MOVILIDAD HUMANA', color: COLORS.blueLight, fontSize: 9.5, bold: true, characterSpacing: 1, absolutePosition: { x, y: BAND - 46 } },
    { text: 'Avance del PNI', color: COLORS.blue, fontSize: 38, bold: true, absolutePosition: { x, y: BAND + 70 } },
    { text: `Informe al ${lastDayText(data.period.hasta)}`, color: COLORS.ink, fontSize: 20, absolutePosition: { x, y: BAND + 122 } },
    {
      text: 'Plan Nacional de Implementación del Pacto Mundial para una Migración Segura, Ordenada y Regular: metas de cada indicador, valores reportados por las instituciones responsables y calculados con los registros de la DGME.',
      color: COLORS.muted,
      fontSize: 11,
      lineHeight: 1.3,
      width: 380,
      absolutePosition: { x, y: BAND + 160 },
    },
    { text: `San Salvador, ${dayText(publication.fecha)}`, color: COLORS.muted, fontSize: 10, absolutePosition: { x, y: PAGE.height - 80 } },
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
  return [{ toc: { title: { text: 'Contenido', style: 'tocTitle' }, numberStyle: { fontSize: 9.5, color: COLORS.muted } }, pageBreak: 'before' } as Content];
}
