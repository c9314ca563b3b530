import type { Content } from 'pdfmake/interfaces.js';
import { coverPage } from '../pdf/cover-page.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { dayText, lastDayText } from '../../presentation/format/period-labels.js';
import type { PniSectionContext } from './pni-section-context.js';

/** Returns the cover: ministry, coordination mechanism, title, cut-off date, and place and day of publication. */
export function coverSection(context: PniSectionContext): Content[] {
  const { data, publication } = context;
  return coverPage({
    ministry: 'MINISTERIO DE RELACIONES EXTERIORES',
    institution: 'Viceministerio de Diáspora y Movilidad Humana',
    tag: { text: 'MECANISMO DE COORDINACIÓN NACIONAL SOBRE MOVILIDAD HUMANA', fontSize: 9.5, characterSpacing: 1 },
    title: 'Avance del PNI',
    subtitle: `Informe al ${lastDayText(data.period.hasta)}`,
    lead: {
      text: 'Plan Nacional de Implementación del Pacto Mundial para una Migración Segura, Ordenada y Regular: metas de cada indicador, valores reportados por las instituciones responsables y calculados con los registros de la DGME.',
      width: 380,
    },
    placeAndDate: `San Salvador, ${dayText(publication.fecha)}`,
  });
}

/** Returns the table of contents page; pdfmake fills in the page numbers of every heading. */
export function contentsSection(): Content[] {
  return [{ toc: { title: { text: 'Contenido', style: 'tocTitle' }, numberStyle: { fontSize: 9.5, color: COLORS.muted } }, pageBreak: 'before' } as Content];
}
