import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { PublicationDate } from '../../presentation/edition/publication-date.js';
import { newNumbering, type Numbering } from '../pdf/data-table.js';
import { documentFrame } from '../pdf/document-frame.js';
import { spanText, titleSpan } from '../../presentation/format/period-labels.js';
import { closingPage } from './closing-sections.js';
import { methodologySection } from './methodology-section.js';
import { coordinationSection } from './coordination-section.js';
import { coverBackground } from '../pdf/cover-page.js';
import { contentsSection, coverSection } from './cover-section.js';
import { difficultiesSection } from './difficulties-section.js';
import type { EditorialContent } from '../../presentation/edition/editorial/editorial-content.js';
import { executiveSummarySection } from './executive-summary-section.js';
import { financialSection } from './financial-section.js';
import { institutionalPlanSection } from './institutional-plan-section.js';
import type { MemoriaData } from './memoria-data.js';
import { introductionSection, projectionsSection, strategicSection } from './narrative-sections.js';
import { procurementSection } from './procurement-section.js';
import { projectsSection } from './projects-section.js';
import type { SectionContext } from './section-context.js';
import { servicesSection } from './services-section.js';

export interface MemoriaInputs {
  readonly data: MemoriaData;
  readonly editorial: EditorialContent;
  readonly document: Document;
  readonly createdAt: string;
  readonly publication: PublicationDate;
  /** The run's observations on the sources, for the Nota metodológica. */
  readonly observations: readonly string[];
}

/**
 * Returns the Memoria's document definition: every section of the 2023-2024 Memoria in its order,
 * with the table of contents, running footer with the period and page numbers, and metadata.
 */
export function memoriaDocument(inputs: MemoriaInputs, numbering: Numbering = newNumbering()): TDocumentDefinitions {
  const context: SectionContext = { ...inputs, numbering };
  const { period } = inputs.data;
  const { institucion, siglas } = inputs.editorial;
  const content: Content[] = [
    ...coverSection(context),
    ...contentsSection(),
    ...introductionSection(context),
    ...executiveSummarySection(context),
    ...institutionalPlanSection(context),
    ...strategicSection(context),
    ...projectsSection(context),
    ...servicesSection(context),
    ...coordinationSection(context),
    ...procurementSection(context),
    ...difficultiesSection(context),
    ...financialSection(context),
    ...projectionsSection(context),
    ...closingPage(context),
    ...methodologySection(context),
  ];
  return documentFrame(
    {
      footerText: `${siglas} · Memoria de Labores, ${spanText(period.desde, period.hasta)}`,
      bareFirstPages: 1,
      info: {
        title: `Memoria de Labores ${titleSpan(period.desde, period.hasta)}`,
        author: institucion,
        subject: `Memoria de Labores de la ${institucion} (${siglas}), ${spanText(period.desde, period.hasta)}: servicios prestados, proyectos, coordinación interinstitucional, contrataciones y ejecución presupuestaria.`,
        keywords: `${siglas}, migración, extranjería, memoria de labores, El Salvador, ${period.desde}, ${period.hasta}`,
      },
    },
    content,
    { background: coverBackground as TDocumentDefinitions['background'] },
  );
}
