/**
 * The PNI progress report (`pni.pdf`) as a pdfmake document definition, a pure function of the
 * report's data. Each section is its own file, as in the Memoria: cover and contents, summary by
 * axis with a chart, how to read the report, one section per axis listing every one of its
 * indicators, the institutions' reporting, and the methodological note.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { PublicationDate } from '../../presentation/edition/publication-date.js';
import { newNumbering } from '../pdf/data-table.js';
import { documentFrame } from '../pdf/document-frame.js';
import { lastDayText } from '../../presentation/format/period-labels.js';
import { axisSections } from './pni-axis-section.js';
import { coverBackground } from '../pdf/cover-page.js';
import { contentsSection, coverSection } from './pni-cover-section.js';
import { methodologySection } from './pni-methodology-section.js';
import { readingSection } from './pni-reading-section.js';
import type { PniReportData } from './pni-report-data.js';
import { reportingSection } from './pni-reporting-section.js';
import type { PniSectionContext } from './pni-section-context.js';
import { summarySection } from './pni-summary-section.js';

export interface PniDocumentInputs {
  readonly data: PniReportData;
  /** A DOM document for Plot (linkedom in Node). */
  readonly document: Document;
  /** The edition's publication date, the only date the report prints. */
  readonly publication: PublicationDate;
}

const TITLE = 'Avance del Plan Nacional de Implementación del Pacto Mundial para la Migración';

/** Returns the document definition of the PNI progress report. */
export function pniDocument(inputs: PniDocumentInputs): TDocumentDefinitions {
  const context: PniSectionContext = { ...inputs, numbering: newNumbering() };
  const { data } = inputs;
  const asOf = lastDayText(data.period.hasta);
  const content: Content[] = [
    ...coverSection(context),
    ...contentsSection(),
    ...summarySection(context),
    ...readingSection(context),
    ...axisSections(context),
    ...reportingSection(context),
    ...methodologySection(context),
  ];
  return documentFrame(
    {
      footerText: `PNI · Informe de avance al ${asOf}`,
      bareFirstPages: 1,
      info: {
        title: `${TITLE}: informe al ${asOf}`,
        author: 'Mecanismo de Coordinación Nacional sobre Movilidad Humana',
        subject: `Avance de las metas del Plan Nacional de Implementación del Pacto Mundial para una Migración Segura, Ordenada y Regular (PNI) en ${data.anio}, por eje, indicador e institución responsable.`,
        keywords: `PNI, Pacto Mundial para la Migración, Mecanismo de Coordinación Nacional, movilidad humana, El Salvador, ${data.anio}`,
      },
    },
    content,
    { background: coverBackground as TDocumentDefinitions['background'] },
  );
}
