import type { Content } from 'pdfmake/interfaces.js';
import { renderSvg } from '../../presentation/charts/render-svg.js';
import { chartFigure } from '../pdf/chart-figure.js';
import { dataTable, tableBlock, type TableRow } from '../pdf/data-table.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { formatCountOrDash, formatPercent, ratioPercent } from '../../presentation/format/number-format.js';
import { CONTENT_WIDTH } from '../pdf/pdf-theme.js';
import { lastDayText } from '../../presentation/format/period-labels.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import { axisSources, axisTitle } from './pni-indicator-table.js';
import { counted, ESTADO_COUNT, listText } from './pni-labels.js';
import type { Estado, PniAxisRow, PniIndicatorRow, PniReportData } from './pni-report-data.js';
import type { PniSectionContext } from './pni-section-context.js';
import { PNI_STATUSES } from '../../presentation/pni/pni-statuses.js';
import { SEGMENTS, statusByAxisChart } from '../../presentation/charts/pni-status-chart.js';

const PLURAL: Record<Estado, string> = { cumplida: 'Cumplidas', en_curso: 'En curso', en_riesgo: 'En riesgo', rezagada: 'Rezagadas', sin_datos: 'Sin datos' };

/** Counts of one group of indicators: by status (those with a target this year), not started, ended. */
function countsOf(rows: readonly PniIndicatorRow[]) {
  const active = rows.filter((row) => row.situacion === 'en_periodo');
  const byStatus = Object.fromEntries(PNI_STATUSES.map((item) => [item.estado, active.filter((row) => row.progress?.estado === item.estado).length])) as Record<Estado, number>;
  return {
    total: rows.length,
    active: active.length,
    byStatus,
    withData: active.length - byStatus.sin_datos,
    notStarted: rows.filter((row) => row.situacion === 'no_iniciado').length,
    ended: rows.filter((row) => row.situacion === 'concluido').length,
  };
}

function summaryLead(data: PniReportData): string {
  const all = countsOf(data.indicators);
  const starts = [...new Set(data.indicators.filter((row) => row.situacion === 'no_iniciado').map((row) => String(row.anioInicio)))].sort();
  const statuses = listText(PNI_STATUSES.filter((item) => item.estado !== 'sin_datos').map((item) => counted(all.byStatus[item.estado], ...ESTADO_COUNT[item.estado])));
  const progress =
    data.meses === 12
      ? `El año ${data.anio} terminó: cada valor se compara con la meta del año completo.`
      : `Han transcurrido ${counted(data.meses, 'mes', 'meses')} de los 12 de ${data.anio}: el estado de cada indicador se juzga contra su meta a la fecha (la parte de la meta que corresponde a esos meses), y el «% de la meta» se calcula siempre sobre la meta del año completo.`;
  return [
    `El PNI tiene ${counted(all.total, 'indicador', 'indicadores')}. Al ${lastDayText(data.period.hasta)}, ${counted(all.active, 'tiene', 'tienen')} meta en ${data.anio}` +
      (all.notStarted ? ` y ${counted(all.notStarted, 'no ha iniciado', 'no han iniciado')} (su periodo empieza en ${listText(starts)})` : '') +
      (all.ended ? `; ${counted(all.ended, 'concluyó', 'concluyeron')} su periodo antes` : '') +
      '.',
    `De los que tienen meta, ${counted(all.withData, 'tiene', 'tienen')} datos: ${statuses}; ${counted(all.byStatus.sin_datos, 'no tiene', 'no tienen')} datos todavía.`,
    progress,
  ].join(' ');
}

/** Returns the summary: the lead sentences, indicators by axis and status (table and chart), and earlier years' statuses at their close. */
export function summarySection(context: PniSectionContext): Content[] {
  const { data, numbering, document } = context;
  const withEnded = data.indicators.some((row) => row.situacion === 'concluido');
  const columns = [
    { header: 'Eje', width: '*' as const },
    { header: 'Indicadores', align: 'right' as const },
    ...PNI_STATUSES.map((item) => ({ header: PLURAL[item.estado], align: 'right' as const })),
    { header: 'No iniciados', align: 'right' as const },
    ...(withEnded ? [{ header: 'Concluidos', align: 'right' as const }] : []),
    { header: '% al día', align: 'right' as const },
  ];
  const line = (label: string, rows: readonly PniIndicatorRow[]) => {
    const counts = countsOf(rows);
    const pct = ratioPercent(counts.byStatus.cumplida + counts.byStatus.en_curso, counts.withData);
    return [
      label,
      formatCountOrDash(counts.total),
      ...PNI_STATUSES.map((item) => formatCountOrDash(counts.byStatus[item.estado])),
      formatCountOrDash(counts.notStarted),
      ...(withEnded ? [formatCountOrDash(counts.ended)] : []),
      pct === null ? SYMBOLS.notApplicable : formatPercent(pct),
    ];
  };
  const rows: TableRow[] = data.ejes.map((eje) => ({
    cells: line(
      axisTitle(eje),
      data.indicators.filter((row) => row.eje === eje.eje),
    ),
  }));
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
    content.push(
      tableBlock({
        caption: `Tabla ${numbering.table()}. Años anteriores: indicadores por estado al cierre del año`,
        table: dataTable({
          columns: [{ header: 'Año', width: '*' }, ...columns.slice(1, 7)],
          rows: years.map((anio) => {
            const rowsOfYear = data.earlierYears.filter((axis) => axis.anio === anio);
            return {
              cells: [
                String(anio),
                sum(rowsOfYear, 'indicadores'),
                sum(rowsOfYear, 'cumplidas'),
                sum(rowsOfYear, 'en_curso'),
                sum(rowsOfYear, 'en_riesgo'),
                sum(rowsOfYear, 'rezagadas'),
                sum(rowsOfYear, 'sin_datos'),
              ],
            };
          }),
        }),
        source,
        note: 'Indicadores: los que tenían meta ese año. Un año anterior se evalúa con los reportes recibidos hasta la fecha de esta edición, por lo que puede diferir de lo publicado entonces.',
      }),
    );
  }
  return content;
}
