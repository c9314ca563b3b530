/**
 * The PNI progress report (`pni.pdf`) as a pdfmake document definition, a pure function of the
 * report's data: cover, contents, summary by axis with a chart, how to read the statuses, one
 * section per axis listing its indicators for the reporting year, and the institutions' reporting.
 */
import type { Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { renderSvg } from '../charts/plot-render.js';
import { chartFigure } from '../pdf/chart-figure.js';
import { dataTable, newNumbering, tableBlock, type Numbering, type TableRow } from '../pdf/data-table.js';
import { documentFrame, sectionHeading } from '../pdf/document-frame.js';
import { formatCount, formatPercent, groupThousands, NO_FIGURE, ratioPercent } from '../pdf/number-format.js';
import { COLORS, CONTENT_WIDTH, PAGE } from '../pdf/pdf-theme.js';
import { dateText, lastDayText } from '../pdf/period-labels.js';
import type { PniAxisRow, PniProgressRow, PniReportData } from './pni-report-data.js';
import { ESTADOS, statusByAxisChart } from './pni-status-chart.js';
import { tipoMetaLabel } from './pni-targets.js';
import type { TipoMeta } from './pni-catalogue.js';

export interface PniDocumentInputs {
  readonly data: PniReportData;
  /** A DOM document for Plot (linkedom in Node). */
  readonly document: Document;
  readonly createdAt: string;
}

const TITLE = 'Avance del Plan Nacional de Implementación del Pacto Mundial para la Migración';
const BAND = 300;

/** Returns a decimal figure as printed: thousands grouped, `.00` dropped (`1,645`, `3.33`). */
export function formatFigure(decimal: string | null): string {
  if (decimal === null) return NO_FIGURE;
  return groupThousands(decimal.replace(/\.00$/, ''));
}

const PLURAL: Record<string, string> = { cumplida: 'Cumplidas', en_curso: 'En curso', en_riesgo: 'En riesgo', rezagada: 'Rezagadas', sin_datos: 'Sin datos' };
const estadoLabel = (estado: string) => ESTADOS.find((item) => item.estado === estado)?.etiqueta ?? estado;
const estadoColor = (estado: string) => ESTADOS.find((item) => item.estado === estado)?.color ?? COLORS.ink;
const axisTitle = (row: { eje: number; eje_nombre: string }) => (row.eje === 0 ? row.eje_nombre : `Eje ${row.eje}: ${row.eje_nombre}`);

/** Returns the document definition of the PNI progress report. */
export function pniDocument(inputs: PniDocumentInputs): TDocumentDefinitions {
  const { data } = inputs;
  const numbering = newNumbering();
  const asOf = lastDayText(data.period.hasta);
  const content: Content[] = [
    ...cover(data, inputs.createdAt),
    { toc: { title: { text: 'Contenido', style: 'tocTitle' }, numberStyle: { fontSize: 9.5, color: COLORS.muted } }, pageBreak: 'before' } as Content,
    ...summarySection(data, numbering, inputs.document),
    ...readingSection(data),
    ...data.axes.filter((axis) => axis.anio === data.anio).flatMap((axis) => axisSection(axis, data, numbering)),
    ...reportingSection(data, numbering),
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

function cover(data: PniReportData, createdAt: string): Content[] {
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
    { text: `San Salvador, ${dateText(createdAt)}`, color: COLORS.muted, fontSize: 10, absolutePosition: { x, y: PAGE.height - 80 } },
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

function summarySection(data: PniReportData, numbering: Numbering, document: Document): Content[] {
  const year = data.axes.filter((axis) => axis.anio === data.anio);
  const total = (key: keyof PniAxisRow) => year.reduce((sum, axis) => sum + Number(axis[key]), 0);
  const withData = total('indicadores') - total('sin_datos');
  const progressText = data.meses === 12
    ? `el año ${data.anio} terminó: cada valor se compara con la meta completa del año`
    : `han transcurrido ${data.meses} de los 12 meses de ${data.anio}: cada valor se compara con la parte de la meta que corresponde a esos meses`;
  const lead = `Al ${lastDayText(data.period.hasta)}, ${formatCount(total('indicadores'))} indicadores del PNI tienen meta en ${data.anio}, y ${formatCount(withData)} tienen datos: ${formatCount(total('cumplidas'))} cumplidas, ${formatCount(total('en_curso'))} en curso, ${formatCount(total('en_riesgo'))} en riesgo y ${formatCount(total('rezagadas'))} rezagadas. ${formatCount(total('sin_datos'))} no tienen datos todavía. En este informe ${progressText}.`;
  const columns = [
    { header: 'Eje', width: '*' as const },
    { header: 'Indicadores', align: 'right' as const },
    ...ESTADOS.map((item) => ({ header: PLURAL[item.estado], align: 'right' as const })),
    { header: '% al día', align: 'right' as const },
  ];
  const rows: TableRow[] = year.map((axis) => ({
    cells: [axisTitle(axis), formatCount(axis.indicadores), formatCount(axis.cumplidas), formatCount(axis.en_curso), formatCount(axis.en_riesgo), formatCount(axis.rezagadas), formatCount(axis.sin_datos), formatPercent(axis.pct_al_dia)],
  }));
  rows.push({
    kind: 'total',
    cells: ['Total', formatCount(total('indicadores')), formatCount(total('cumplidas')), formatCount(total('en_curso')), formatCount(total('en_riesgo')), formatCount(total('rezagadas')), formatCount(total('sin_datos')), formatPercent(ratioPercent(total('cumplidas') + total('en_curso'), withData))],
  });
  const chartRows = year.flatMap((axis) => ESTADOS.map((item) => ({
    eje: axis.eje === 0 ? 'Transversales' : `${axis.eje}. ${axis.eje_nombre}`,
    estado: item.estado,
    indicadores: Number(axis[({ cumplida: 'cumplidas', en_curso: 'en_curso', en_riesgo: 'en_riesgo', rezagada: 'rezagadas', sin_datos: 'sin_datos' } as const)[item.estado]]),
  })));
  const content: Content[] = [
    ...sectionHeading('Resumen', 'resumen'),
    { text: lead, style: 'lead' },
    tableBlock({
      caption: `Tabla ${numbering.table()}. Indicadores por eje y estado, ${data.anio}`,
      table: dataTable({ columns, rows }),
      note: '% al día: de los indicadores con datos, los que están cumplidos o en curso.',
    }),
    chartFigure({
      caption: `Gráfico ${numbering.chart()}. Indicadores por eje y estado, ${data.anio}`,
      svg: renderSvg(statusByAxisChart(chartRows, { document, width: CONTENT_WIDTH })),
      width: CONTENT_WIDTH,
      legend: ESTADOS.map((item) => ({ label: item.etiqueta, color: item.color })),
    }),
  ];
  const years = [...new Set(data.axes.map((axis) => axis.anio))].filter((anio) => anio < data.anio);
  if (years.length) {
    const byYear = years.map((anio) => {
      const rowsOfYear = data.axes.filter((axis) => axis.anio === anio);
      const sum = (key: keyof PniAxisRow) => formatCount(rowsOfYear.reduce((acc, axis) => acc + Number(axis[key]), 0));
      return { cells: [String(anio), sum('indicadores'), sum('cumplidas'), sum('en_curso'), sum('en_riesgo'), sum('rezagadas'), sum('sin_datos')] };
    });
    content.push(tableBlock({
      caption: `Tabla ${numbering.table()}. Años anteriores: indicadores por estado al cierre del año`,
      table: dataTable({ columns: [{ header: 'Año', width: '*' }, ...columns.slice(1, 7)], rows: byYear }),
    }));
  }
  return content;
}

function readingSection(data: PniReportData): Content[] {
  const bullet = (text: string) => ({ text, style: 'body', margin: [0, 0, 0, 3] });
  return [
    ...sectionHeading('Cómo se lee este informe', 'lectura'),
    { text: 'Cada indicador tiene una meta por año, tomada de la META que imprime el PNI. Un año terminado está cumplido si el valor alcanza la meta y rezagado si no. En el año en curso, el valor se compara con la parte de la meta que corresponde a los meses transcurridos:', style: 'body' },
    {
      ul: [
        bullet('Cumplida: el valor ya alcanzó la meta del año.'),
        bullet('En curso: el valor alcanzó la parte de la meta que corresponde a la fecha.'),
        bullet('En riesgo: el valor alcanzó al menos el 75 % de esa parte.'),
        bullet('Rezagada: el valor no llega al 75 % de esa parte, o el año terminó sin alcanzar la meta.'),
        bullet('Sin datos: ninguna institución reportó el indicador ese año, o su meta está por definir.'),
      ],
      margin: [6, 0, 0, 6],
    } as Content,
    { text: 'Cómo se leen las metas', style: 'h3' },
    {
      ul: [
        bullet('Anual: la cifra por año. Mensual: la cifra por mes cuenta 12 veces en el año.'),
        bullet('Acumulada en el periodo: un total a alcanzar en el periodo de la actividad, repartido en partes iguales por año; el valor es lo logrado desde el inicio del periodo.'),
        bullet('Porcentaje: un nivel que se compara cada año con el mismo porcentaje.'),
        bullet('Entregable (estrategia, plan, diagnóstico…): 1 hecho, 0 no hecho; no se considera atrasado antes del año en que se exige.'),
      ],
      margin: [6, 0, 0, 6],
    } as Content,
    { text: 'De dónde salen los valores', style: 'h3' },
    { text: 'Cuando varias instituciones reportan el mismo indicador, sus cifras se suman (un porcentaje se promedia). Los siguientes indicadores se calculan con los registros de la DGME («Registros DGME» en las tablas); si una institución también los reporta, vale el cálculo de los registros:', style: 'body' },
    { ul: data.operational.map((item) => bullet(`${item.indicador}: ${item.descripcion}.`)), margin: [6, 0, 0, 6] } as Content,
    { text: 'La interpretación de cada META y las decisiones de transcripción del PNI están documentadas en docs/pni.md y en la tabla de referencia pni_metas de los datos abiertos.', style: 'note' },
  ];
}

function progressCells(row: PniProgressRow): TableRow {
  const tipo = tipoMetaLabel[row.tipo_meta as TipoMeta] ?? row.tipo_meta;
  const detail = row.tipo_meta === 'anual' ? row.unidad : `${row.unidad}; meta ${tipo.split(' (')[0].toLowerCase()}`;
  return {
    cells: [
      row.indicador,
      `${row.indicador_texto} (${detail})`,
      formatFigure(row.meta),
      formatFigure(row.valor),
      formatPercent(row.pct_meta),
      estadoLabel(row.estado),
      row.fuente === 'operacional' ? 'Registros DGME' : row.fuente ?? NO_FIGURE,
    ],
  };
}

/** Colours the status column of a progress table (the shared data table prints plain text). */
function colourStatuses(table: ContentTable, rows: readonly PniProgressRow[]): ContentTable {
  const headerRows = table.table.headerRows ?? 1;
  rows.forEach((row, index) => {
    const cell = table.table.body[headerRows + index][5] as Record<string, unknown>;
    Object.assign(cell, { bold: true, color: row.estado === 'sin_datos' ? COLORS.muted : estadoColor(row.estado) });
  });
  return table;
}

function axisSection(axis: PniAxisRow, data: PniReportData, numbering: Numbering): Content[] {
  const rows = data.progress.filter((row) => row.eje === axis.eje);
  const table = colourStatuses(dataTable({
    columns: [
      { header: 'Indicador', width: 34 },
      { header: 'Descripción (unidad)', width: '*' },
      { header: `Meta ${data.anio}`, width: 46, align: 'right' },
      { header: 'Valor', width: 46, align: 'right' },
      { header: '% de la meta', width: 40, align: 'right' },
      { header: 'Estado', width: 44 },
      { header: 'Fuente', width: 56 },
    ],
    rows: rows.map(progressCells),
    fontSize: 7,
  }), rows);
  const counts = `${formatCount(axis.indicadores)} indicadores con meta en ${data.anio}: ${formatCount(axis.cumplidas)} cumplidas, ${formatCount(axis.en_curso)} en curso, ${formatCount(axis.en_riesgo)} en riesgo, ${formatCount(axis.rezagadas)} rezagadas y ${formatCount(axis.sin_datos)} sin datos.`;
  return [
    ...sectionHeading(axisTitle(axis), `eje-${axis.eje}`),
    { text: counts, style: 'lead' },
    tableBlock({
      caption: `Tabla ${numbering.table()}. ${axisTitle(axis)}: avance de los indicadores, ${data.anio}`,
      table,
      note: 'Meta: la del año (una meta mensual, por 12; una acumulada, lo debido al cierre del año; un entregable, 1). Valor: lo logrado en el año (en una meta acumulada, desde el inicio del periodo). Fuente: instituciones que reportaron, o los registros de la DGME.',
    }),
  ];
}

function reportingSection(data: PniReportData, numbering: Numbering): Content[] {
  const rows: TableRow[] = data.reporting.map((row) => ({
    cells: [row.institucion_nombre, formatCount(row.indicadores_a_cargo), formatCount(row.indicadores_reportados), formatCount(row.indicadores_pendientes), formatPercent(row.pct_reportados)],
  }));
  return [
    ...sectionHeading('Reportes de las instituciones', 'reportes'),
    { text: `Indicadores de los que cada institución es responsable en ${data.anio} según el PNI, y cuántos reportó. No se cuentan los indicadores que se calculan con los registros de la DGME.`, style: 'lead' },
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
    }),
  ];
}
