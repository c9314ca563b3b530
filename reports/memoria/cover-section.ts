import type { Content } from 'pdfmake/interfaces.js';
import { coverPage } from '../pdf/cover-page.js';
import { dayMonthText, titleSpan } from '../../presentation/format/period-labels.js';
import type { SectionContext } from './section-context.js';

/** Returns the cover: ministry, institution, title, period, and place and month of publication (the edition's date, not the build's). */
export function coverSection(context: SectionContext): Content[] {
  const { editorial, data, publication } = context;
  return coverPage({
    ministry: editorial.ministerio.toUpperCase(),
    institution: editorial.institucion,
    tag: { text: editorial.siglas, fontSize: 12, characterSpacing: 2 },
    title: 'Memoria de Labores',
    subtitle: titleSpan(data.period.desde, data.period.hasta),
    lead: { text: 'Resultados de la gestión institucional: servicios migratorios, proyectos, contrataciones y ejecución presupuestaria.', width: 360 },
    placeAndDate: `San Salvador, ${dayMonthText(publication.fecha)}`,
  });
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
