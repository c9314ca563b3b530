/**
 * The quarterly executive report (Manual de Organización, Unidad de Planificación, functions
 * 12–13): a cover with the quarter and the edition's publication date, «Cambios destacados» written
 * from the figures, the management indicators of every service with the Unidad's note when the
 * edition folder has one, the operating plan's follow-up, budget and procurement, the PNI and a short
 * methodological note.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { EditorialContent } from '../../presentation/edition/editorial/editorial-content.js';
import type { PublicationDate } from '../../presentation/edition/publication-date.js';
import { formatCount } from '../../presentation/format/number-format.js';
import { dayText, firstDayText, lastDayText } from '../../presentation/format/period-labels.js';
import { quarterMonths, quarterName } from '../../presentation/format/quarters.js';
import { sourceOrigin } from '../../presentation/format/source-line.js';
import { symbolLegendText } from '../../presentation/format/symbols.js';
import { countUnitsText } from '../memoria/service-measures.js';
import { coverBackground, coverPage } from '../pdf/cover-page.js';
import { newNumbering } from '../pdf/data-table.js';
import { documentFrame } from '../pdf/document-frame.js';
import { markdownContent } from '../pdf/markdown-content.js';
import { COLORS } from '../pdf/pdf-theme.js';
import type { QuarterData } from './trimestral-data.js';
import { budgetHighlights, pniHighlight, procurementHighlight, serviceHighlights, targetHighlight } from './trimestral-highlights.js';
import { budgetBlock, heading, indicatorsTable, pniBlock, procurementBlock, subheading, targetsBlock } from './trimestral-sections.js';

/** Returns the report's title: `Informe trimestral, primer trimestre de 2024`. */
export function quarterlyTitle(data: QuarterData): string {
  return `Informe trimestral, ${quarterName(data.quarter).toLowerCase()}`;
}

function cover(data: QuarterData, editorial: EditorialContent, publication: PublicationDate): Content[] {
  return coverPage({
    ministry: editorial.ministerio.toUpperCase(),
    institution: editorial.institucion,
    tag: { text: `${editorial.siglas} · INFORME EJECUTIVO TRIMESTRAL`, fontSize: 10, characterSpacing: 1.5 },
    title: 'Informe trimestral',
    subtitle: `${quarterName(data.quarter)} (${quarterMonths(data.quarter)})`,
    lead: {
      text: `Indicadores de gestión de los servicios, avance de las metas físicas del POA, ejecución presupuestaria, compras y avance del PNI, con cifras al ${lastDayText(data.quarter.hasta)} comparadas con el ${quarterName(data.previous).toLowerCase()}.`,
      width: 400,
    },
    placeAndDate: `San Salvador, ${dayText(publication.fecha)}`,
  });
}

const bullets = (sentences: readonly string[]): Content => ({ ul: sentences.map((text) => ({ text, style: 'body', margin: [0, 0, 0, 3] })), margin: [4, 0, 0, 4] }) as Content;

/** Returns the «Cambios destacados» page: every sentence generated from the quarter's figures. */
function highlights(data: QuarterData): Content[] {
  const services = serviceHighlights(data);
  const budget = budgetHighlights(data);
  const others = [procurementHighlight(data), pniHighlight(data)].filter((text): text is string => text !== undefined);
  return [
    ...heading('Cambios destacados'),
    {
      text: `Lo que más cambió en el ${quarterName(data.quarter).toLowerCase()} (${quarterMonths(data.quarter)}) frente al mismo trimestre de ${data.previous.anio}, y cómo avanzan el plan operativo y el presupuesto.`,
      style: 'lead',
    },
    subheading('Mayores aumentos'),
    bullets(services.increases),
    subheading('Mayores disminuciones'),
    bullets(services.decreases),
    subheading('Plan operativo (POA)'),
    bullets([targetHighlight(data)]),
    subheading('Presupuesto, compras y PNI'),
    bullets([...(budget.length ? budget : [`No se recibió información presupuestaria del trimestre.`]), ...others]),
  ];
}

/** Returns the Unidad de Planificación's note for the quarter, when the edition folder has one. */
function editorialNote(markdown: string | undefined): Content[] {
  if (!markdown) return [];
  return [subheading('Nota de la Unidad de Planificación'), ...markdownContent(markdown)];
}

/** The report's methodological note: dates, what the figures count, protection, signs, sources, data version. */
function methodologyNote(data: QuarterData, publication: PublicationDate): Content {
  const line = (text: string) => ({ text, fontSize: 7.5, color: COLORS.muted, margin: [0, 0, 0, 3] });
  const cutOff = lastDayText(data.period.hasta);
  const { version } = data;
  return {
    unbreakable: true,
    margin: [0, 14, 0, 0],
    stack: [
      { text: 'Nota metodológica', style: 'h2', headlineLevel: 2 },
      line(
        `Publicado el ${dayText(publication.fecha)}. El trimestre va del ${firstDayText(data.quarter.desde)} al ${lastDayText(data.quarter.hasta)}; ` +
          `sus cifras son las registradas y entregadas por los sistemas hasta el corte de la edición (${cutOff}), con sus correcciones posteriores, y pueden revisarse en ediciones siguientes.`,
      ),
      line(
        `Cada servicio se compara con los mismos meses un año antes: el trimestre con el ${quarterName(data.previous).toLowerCase()} y el año a la fecha (enero al cierre del trimestre) con los mismos meses de ${data.previous.anio}.`,
      ),
      line(`Cada cifra cuenta lo que dice su nombre. ${countUnitsText()}`),
      line(
        'Las cifras de personas retornadas, resguardadas, derivadas, de autorizaciones de salida de niñas, niños y adolescentes y del registro de extranjeros pasan por el control de divulgación de la edición: ' +
          'aquí se imprimen solo como sumas de los totales mensuales publicados, y una suma que incluye un mes suprimido se marca como confidencial.',
      ),
      line(
        'Todas las cifras están en los datos abiertos de la edición (carpeta datos/): los servicios, en las series mensuales y en medidas_protegidas_mensual; el POA, en metas_mensual y metas_avance; ' +
          'el presupuesto, en presupuesto_mensual; las compras, en compras_trimestral; el PNI, en pni_avance.',
      ),
      line(symbolLegendText()),
      line(`Fuentes: ${[...new Set(['pasaportes', 'flujo', 'retornados', 'metas', 'presupuesto', 'compras'].map(sourceOrigin))].join('; ')}; ${sourceOrigin('pni')}.`),
      line(`Datos técnicos: ${formatCount(version.entregas)} entregas de los sistemas; memoria, versión ${version.codigo}.`),
    ],
  } as Content;
}

/** Returns the quarterly report of one quarter; `note` is the Unidad's Markdown for it, if any. */
export function quarterlyDocument(data: QuarterData, editorial: EditorialContent, publication: PublicationDate, note: string | undefined): TDocumentDefinitions {
  const numbering = newNumbering();
  const title = quarterlyTitle(data);
  return documentFrame(
    {
      footerText: `${editorial.siglas} · ${title}`,
      bareFirstPages: 1,
      info: {
        title,
        author: editorial.institucion,
        subject: `Informe ejecutivo de la ${editorial.institucion} (${editorial.siglas}) del ${quarterName(data.quarter).toLowerCase()}: indicadores de gestión, POA, presupuesto, compras y PNI.`,
        keywords: `${editorial.siglas}, migración, informe trimestral, indicadores de gestión, POA, El Salvador, ${data.quarter.codigo}`,
      },
    },
    [
      ...cover(data, editorial, publication),
      ...highlights(data),
      ...heading('Indicadores de gestión'),
      indicatorsTable(data, numbering),
      ...editorialNote(note),
      ...heading('Ejecución del plan operativo (POA)'),
      ...targetsBlock(data, numbering),
      ...heading('Presupuesto y compras'),
      subheading('Ejecución presupuestaria'),
      ...budgetBlock(data, numbering),
      subheading('Contrataciones y adquisiciones'),
      ...procurementBlock(data, numbering),
      subheading('Avance del PNI'),
      ...pniBlock(data, numbering),
      methodologyNote(data, publication),
    ],
    { background: coverBackground as TDocumentDefinitions['background'] },
  );
}
