/**
 * The PNI progress report (`pni.pdf`) as a pdfmake document definition, a pure function of the
 * report's data: cover, contents, summary by axis with a chart, how to read the report, one
 * section per axis listing every one of its indicators, the institutions' reporting, and the
 * methodological note.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { renderSvg } from '../charts/plot-render.js';
import { chartFigure } from '../pdf/chart-figure.js';
import { dataTable, newNumbering, tableBlock, type Numbering, type TableRow } from '../pdf/data-table.js';
import { documentFrame, sectionHeading } from '../pdf/document-frame.js';
import { formatCountOrDash, formatPercent, ratioPercent } from '../pdf/number-format.js';
import { COLORS, CONTENT_WIDTH, PAGE } from '../pdf/pdf-theme.js';
import { dayText, lastDayText } from '../pdf/period-labels.js';
import { sourceLine } from '../pdf/source-line.js';
import { SYMBOLS } from '../pdf/symbols.js';
import { axisSection, axisSources, axisTitle } from './pni-indicator-table.js';
import { counted, ESTADO_COUNT, listText } from './pni-labels.js';
import { methodNote, readingSection } from './pni-method-note.js';
import type { Estado, PniAxisRow, PniIndicatorRow, PniReportData } from './pni-report-data.js';
import { ESTADOS, SEGMENTS, statusByAxisChart } from './pni-status-chart.js';
import type { PublicationDate } from '../../orchestration/run/publication-date.js';

export interface PniDocumentInputs {
  readonly data: PniReportData;
  /** A DOM document for Plot (linkedom in Node). */
  readonly document: Document;
  /** The edition's publication date, the only date the report prints. */
  readonly publication: PublicationDate;
}

const TITLE = 'Avance del Plan Nacional de Implementación del Pacto Mundial para la Migración';
const BAND = 300;
const PLURAL: Record<Estado, string> = { cumplida: 'Cumplidas', en_curso: 'En curso', en_riesgo: 'En riesgo', rezagada: 'Rezagadas', sin_datos: 'Sin datos' };

/** Returns the document definition of the PNI progress report. */
export function pniDocument(inputs: PniDocumentInputs): TDocumentDefinitions {
  const { data } = inputs;
  const numbering = newNumbering();
  const asOf = lastDayText(data.period.hasta);
  const content: Content[] = [
    ...cover(data, inputs.publication),
    { toc: { title: { text: 'Contenido', style: 'tocTitle' }, numberStyle: { fontSize: 9.5, color: COLORS.muted } }, pageBreak: 'before' } as Content,
    ...summarySection(data, numbering, inputs.document),
    ...readingSection(data),
    ...data.ejes.flatMap((eje) => axisSection(eje, data, numbering)),
    ...reportingSection(data, numbering),
    ...methodNote(data),
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
    { background: ((page: number) => coverBackground(page)) as TDocumentDefinitions['background'] },
  );
}

function cover(data: PniReportData, publication: PublicationDate): Content[] {
  const x = PAGE.margins[0];
  return [
    { text: 'MINISTERIO DE RELACIONES EXTERIORES', color: COLORS.white, fontSize: 10, characterSpacing: 1.2, absolutePosition: { x, y: 92 } },
    { text: 'Viceministerio de Diáspora y Movilidad Humana', color: COLORS.white, fontSize: 21, bold: true, width: CONTENT_WIDTH, absolutePosition: { x, y: 112 } },
    { text: 'MECANISMO DE COORDINACIÓN NACIONAL SOBRE MOVILIDAD HUMANA', color: COLORS.blueLight, fontSize: 9.5, bold: true, characterSpacing: 1, absolutePosition: { x, y: BAND - 46 } },
    { text: 'Avance del PNI', color: COLORS.blue, fontSize: 38, bold: true, absolutePosition: { x, y: BAND + 70 } },
    { text: `Informe al ${lastDayText(data.period.hasta)}`, color: COLORS.ink, fontSize: 20, absolutePosition: { x, y: BAND + 122 } },
    {
      text: 'Plan Nacional de Implementación del Pacto Mundial para una Migración Segura, Ordenada y Regular: metas de cada indicador, valores reportados por las instituciones responsables y calculados con los registros de la DGME.',
      color: COLORS.muted, fontSize: 11, lineHeight: 1.3, width: 380, absolutePosition: { x, y: BAND + 160 },
    },
    { text: `San Salvador, ${dayText(publication.fecha)}`, color: COLORS.muted, fontSize: 10, absolutePosition: { x, y: PAGE.height - 80 } },
  ] as Content[];
}

function coverBackground(page: number): Content | null {
  if (page !== 1) return null;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: PAGE.width, h: BAND, color: COLORS.blue },
      { type: 'rect', x: 0, y: BAND, w: PAGE.width, h: 6, color: COLORS.accent },
      { type: 'rect', x: 0, y: PAGE.height - 104, w: PAGE.width, h: 104, color: COLORS.blueTint },
    ],
  };
}

/** Counts of one group of indicators: by status (those with a target this year), not started, ended. */
function countsOf(rows: readonly PniIndicatorRow[]) {
  const active = rows.filter((row) => row.situacion === 'en_periodo');
  const byStatus = Object.fromEntries(ESTADOS.map((item) => [item.estado, active.filter((row) => row.progress?.estado === item.estado).length])) as Record<Estado, number>;
  return {
    total: rows.length, active: active.length, byStatus,
    withData: active.length - byStatus.sin_datos,
    notStarted: rows.filter((row) => row.situacion === 'no_iniciado').length,
    ended: rows.filter((row) => row.situacion === 'concluido').length,
  };
}

function summaryLead(data: PniReportData): string {
  const all = countsOf(data.indicators);
  const starts = [...new Set(data.indicators.filter((row) => row.situacion === 'no_iniciado').map((row) => String(row.anioInicio)))].sort();
  const statuses = listText(ESTADOS.filter((item) => item.estado !== 'sin_datos').map((item) => counted(all.byStatus[item.estado], ...ESTADO_COUNT[item.estado])));
  const progress = data.meses === 12
    ? `El año ${data.anio} terminó: cada valor se compara con la meta del año completo.`
    : `Han transcurrido ${counted(data.meses, 'mes', 'meses')} de los 12 de ${data.anio}: el estado de cada indicador se juzga contra su meta a la fecha (la parte de la meta que corresponde a esos meses), y el «% de la meta» se calcula siempre sobre la meta del año completo.`;
  return [
    `El PNI tiene ${counted(all.total, 'indicador', 'indicadores')}. Al ${lastDayText(data.period.hasta)}, ${counted(all.active, 'tiene', 'tienen')} meta en ${data.anio}`
      + (all.notStarted ? ` y ${counted(all.notStarted, 'no ha iniciado', 'no han iniciado')} (su periodo empieza en ${listText(starts)})` : '')
      + (all.ended ? `; ${counted(all.ended, 'concluyó', 'concluyeron')} su periodo antes` : '') + '.',
    `De los que tienen meta, ${counted(all.withData, 'tiene', 'tienen')} datos: ${statuses}; ${counted(all.byStatus.sin_datos, 'no tiene', 'no tienen')} datos todavía.`,
    progress,
  ].join(' ');
}

function summarySection(data: PniReportData, numbering: Numbering, document: Document): Content[] {
  const withEnded = data.indicators.some((row) => row.situacion === 'concluido');
  const columns = [
    { header: 'Eje', width: '*' as const },
    { header: 'Indicadores', align: 'right' as const },
    ...ESTADOS.map((item) => ({ header: PLURAL[item.estado], align: 'right' as const })),
    { header: 'No iniciados', align: 'right' as const },
    ...(withEnded ? [{ header: 'Concluidos', align: 'right' as const }] : []),
    { header: '% al día', align: 'right' as const },
  ];
  const line = (label: string, rows: readonly PniIndicatorRow[]) => {
    const counts = countsOf(rows);
    const pct = ratioPercent(counts.byStatus.cumplida + counts.byStatus.en_curso, counts.withData);
    return [
      label, formatCountOrDash(counts.total), ...ESTADOS.map((item) => formatCountOrDash(counts.byStatus[item.estado])), formatCountOrDash(counts.notStarted),
      ...(withEnded ? [formatCountOrDash(counts.ended)] : []), pct === null ? SYMBOLS.notApplicable : formatPercent(pct),
    ];
  };
  const rows: TableRow[] = data.ejes.map((eje) => ({ cells: line(axisTitle(eje), data.indicators.filter((row) => row.eje === eje.eje)) }));
  rows.push({ kind: 'total', cells: line('Total', data.indicators) });
  const chartRows = data.ejes.flatMap((eje) => {
    const counts = countsOf(data.indicators.filter((row) => row.eje === eje.eje));
    return SEGMENTS.map((item) => ({
      eje: eje.eje === 0 ? 'Transversales' : `${eje.eje}. ${eje.nombre}`,
      estado: item.estado,
      indicadores: item.estado === 'no_iniciado' ? counts.notStarted : counts.byStatus[item.estado],
    }));
  });
  const source = sourceLine('pni', ...axisSources(data.indicators, data));
  const content: Content[] = [
    ...sectionHeading('Resumen', 'resumen'),
    { text: summaryLead(data), style: 'lead' },
    tableBlock({
      caption: `Tabla ${numbering.table()}. Indicadores del PNI por eje y estado, ${data.anio}`,
      table: dataTable({ columns, rows }),
      source,
      note: `Indicadores: todos los del eje en el PNI. Los estados cuentan los que tienen meta en ${data.anio}; «No iniciados», los que empiezan después. % al día: de los indicadores con datos, los cumplidos o en curso. ${SYMBOLS.zero}: ninguno; ${SYMBOLS.notApplicable}: ningún indicador del eje tiene datos.`,
    }),
    chartFigure({
      caption: `Gráfico ${numbering.chart()}. Indicadores del PNI por eje y estado, ${data.anio}`,
      svg: renderSvg(statusByAxisChart(chartRows, { document, width: CONTENT_WIDTH })),
      width: CONTENT_WIDTH,
      legend: SEGMENTS.map((item) => ({ label: item.etiqueta, color: item.color })),
      source,
    }),
  ];
  const years = [...new Set(data.earlierYears.map((axis) => axis.anio))];
  if (years.length) {
    const sum = (rowsOfYear: PniAxisRow[], key: keyof PniAxisRow) => formatCountOrDash(rowsOfYear.reduce((acc, axis) => acc + Number(axis[key]), 0));
    content.push(tableBlock({
      caption: `Tabla ${numbering.table()}. Años anteriores: indicadores por estado al cierre del año`,
      table: dataTable({
        columns: [{ header: 'Año', width: '*' }, ...columns.slice(1, 7)],
        rows: years.map((anio) => {
          const rowsOfYear = data.earlierYears.filter((axis) => axis.anio === anio);
          return { cells: [String(anio), sum(rowsOfYear, 'indicadores'), sum(rowsOfYear, 'cumplidas'), sum(rowsOfYear, 'en_curso'), sum(rowsOfYear, 'en_riesgo'), sum(rowsOfYear, 'rezagadas'), sum(rowsOfYear, 'sin_datos')] };
        }),
      }),
      source,
      note: 'Indicadores: los que tenían meta ese año. Un año anterior se evalúa con los reportes recibidos hasta la fecha de esta edición, por lo que puede diferir de lo publicado entonces.',
    }));
  }
  return content;
}

function reportingSection(data: PniReportData, numbering: Numbering): Content[] {
  const rows: TableRow[] = data.reporting.map((row) => ({
    cells: [row.institucion_nombre, formatCountOrDash(row.indicadores_a_cargo), formatCountOrDash(row.indicadores_reportados), formatCountOrDash(row.indicadores_pendientes), formatPercent(row.pct_reportados)],
  }));
  const computed = listText(data.operational.map((item) => item.indicador));
  return [
    ...sectionHeading('Reportes de las instituciones', 'reportes'),
    { text: `Indicadores de los que cada institución es responsable en ${data.anio} según el PNI, y cuántos reportó.${computed ? ` No se cuentan los que se calculan con los registros de la DGME (${computed}); sí los que solo tienen una cifra de contexto.` : ''}`, style: 'lead' },
    tableBlock({
      caption: `Tabla ${numbering.table()}. Reportes por institución responsable, ${data.anio}`,
      table: dataTable({
        columns: [
          { header: 'Institución', width: '*' },
          { header: 'A cargo', align: 'right' },
          { header: 'Reportados', align: 'right' },
          { header: 'Pendientes', align: 'right' },
          { header: '% reportado', align: 'right' },
        ],
        rows,
      }),
      source: sourceLine('pni'),
      note: `Un indicador con varias instituciones responsables cuenta para cada una. ${SYMBOLS.zero}: ninguno.`,
    }),
  ];
}
