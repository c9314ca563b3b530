import type { Content } from 'pdfmake/interfaces.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { markdownContent } from '../pdf/markdown-content.js';
import { spanText } from '../../presentation/format/period-labels.js';
import type { SectionContext } from './section-context.js';

/**
 * The sections that are the edition folder's own text: Introducción, Gestión estratégica and
 * Proyecciones. Without a folder the introduction is a neutral paragraph built from the period;
 * the other two are left out, since only the Unidad can write them.
 */

/** Returns the introduction: the folder's `introduccion.md`, or a neutral paragraph about the period. */
export function introductionSection(context: SectionContext): Content[] {
  const { editorial, data } = context;
  const period = spanText(data.period.desde, data.period.hasta);
  const text =
    editorial.introduccion ??
    `La ${editorial.institucion} presenta su Memoria de Labores del periodo de ${period}: los servicios migratorios ` +
      'prestados a la población nacional y extranjera, las contrataciones y adquisiciones y la ejecución presupuestaria de sus fondos. ' +
      'Las cifras provienen de los registros de los sistemas de la institución y se comparan con los mismos meses del año anterior.';
  return [...sectionHeading('Introducción', 'introduccion'), ...markdownContent(text, 'lead')];
}

/** Returns Gestión estratégica institucional from `gestion-estrategica.md`, or nothing. */
export function strategicSection(context: SectionContext): Content[] {
  const text = context.editorial.gestionEstrategica;
  if (!text) return [];
  return [...sectionHeading('Gestión estratégica institucional', 'gestion-estrategica'), ...markdownContent(text)];
}

/** Returns Proyecciones from `proyecciones.md`, or nothing. */
export function projectionsSection(context: SectionContext): Content[] {
  const text = context.editorial.proyecciones;
  if (!text) return [];
  return [...sectionHeading('Proyecciones', 'proyecciones'), ...markdownContent(text)];
}
