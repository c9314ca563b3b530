/**
 * The table of an axis of the PNI report: every indicator of the axis, with its META as printed,
 * responsible institutions and period, and the reporting year's target, target to date, value
 * (with what the institutions reported beside a computed value), % of the year's target, status
 * and source; indicators not started yet or already ended say so across the figures. Also the
 * axis's title, counts sentence and sources, which the summary shares.
 */
import type { ContentTable } from 'pdfmake/interfaces.js';
import { dataTable, type TableColumn, type TableRow } from '../pdf/data-table.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { lastDayText, shortMonthName, spanText } from '../../presentation/format/period-labels.js';
import { findCountSource } from '../../pipelines/contract/landing-sources.js';
import { counted, dueText, ESTADO_COUNT, formatFigure, listText, percentText, periodText, reportedBeside, sourceText, targetDetail, targetText, TIPO_META, valueText } from './pni-labels.js';
import type { Estado, PniIndicatorRow, PniReportData } from './pni-report-data.js';
import { PNI_STATUSES } from '../../presentation/pni/pni-statuses.js';

const FONT = 7;
const estadoLabel = (estado: Estado) => PNI_STATUSES.find((item) => item.estado === estado)!.etiqueta;
const estadoColor = (estado: Estado) => (estado === 'sin_datos' ? COLORS.muted : PNI_STATUSES.find((item) => item.estado === estado)!.color);

/** Returns an axis's title (`Eje 5: Reintegración`; the transversal interventions by name). */
export const axisTitle = (eje: { eje: number; nombre: string }): string => (eje.eje === 0 ? eje.nombre : `Eje ${eje.eje}: ${eje.nombre}`);

/** Returns the landing sources whose registers give the axis's computed or context figures. */
export function axisSources(rows: readonly PniIndicatorRow[], data: PniReportData): string[] {
  const operational = new Map(data.operational.map((item) => [item.indicador, item.fuentes]));
  return [...new Set(rows.flatMap((row) => [...(row.progress?.fuente === 'operacional' ? (operational.get(row.indicador) ?? []) : []), ...(row.context?.fuentes ?? [])]))];
}

/** Returns the line that shows a context figure: what it counts, and that it is not the indicator's value. */
export function contextLine(row: PniIndicatorRow): string | null {
  const context = row.context;
  if (!context) return null;
  const unit = findCountSource(context.fuentes[0])?.counts ?? 'registros';
  const figure = context.valor === null ? 'x (cifra confidencial)' : `${formatFigure(context.valor)} ${unit}`;
  return `Contexto, no es el valor del indicador (cuenta ${unit}, no ${row.unidad}): ${figure} en ${spanText(context.desde, context.hasta)} según los registros de la DGME: ${context.descripcion}.`;
}

/** Returns the first cell: id and text, the META as printed with how it is read, responsibles and period, and any context. */
function indicatorCell(row: PniIndicatorRow): unknown[] {
  const muted = { color: COLORS.muted };
  const parts: unknown[] = [
    { text: `${row.indicador}  `, bold: true },
    row.texto,
    '\n',
    { text: 'META: ', bold: true, ...muted },
    { text: row.metaTexto ? `${row.metaTexto} ` : '(el PNI no imprime META) ', ...muted },
    { text: `(${TIPO_META[row.tipoMeta]}; ${row.unidad})`, italics: true, ...muted },
    '\n',
    { text: `Responsables: ${row.responsables} · Periodo: ${periodText(row)}`, ...muted },
  ];
  const context = contextLine(row);
  if (context) parts.push('\n', { text: context, italics: true, color: COLORS.ink });
  return parts;
}

const withDetail = (main: string, detail: string | null) => (detail ? [main, '\n', { text: detail, fontSize: FONT - 1, color: COLORS.muted }] : main);

/** Returns the table's columns: the reporting year's figures; no target to date once the year has ended. */
function columns(data: PniReportData): TableColumn[] {
  const cutOff = `${lastDayText(data.period.hasta).split(' ')[0]} ${shortMonthName(data.period.hasta)}`;
  const due = data.meses < 12 ? [{ header: `Meta a la fecha (${cutOff})`, width: 52, align: 'right' as const }] : [];
  return [
    { header: 'Indicador, META del PNI, responsables y periodo', width: '*' },
    { header: `Meta ${data.anio}`, width: 62, align: 'right' },
    ...due,
    { header: 'Valor', width: 62, align: 'right' },
    { header: `% de la meta ${data.anio}`, width: 44, align: 'right' },
    { header: 'Estado', width: 48 },
    { header: 'Fuente', width: 58 },
  ];
}

/** Returns the axis's table rows and, beside them, the rich content each row's cells get. */
function tableRows(rows: readonly PniIndicatorRow[], data: PniReportData, span: number): { rows: TableRow[]; fill: ((cells: Record<string, unknown>[]) => void)[] } {
  const withDue = data.meses < 12;
  const table: TableRow[] = [];
  const fill: ((cells: Record<string, unknown>[]) => void)[] = [];
  for (const row of rows) {
    const progress = row.progress;
    if (row.situacion === 'no_iniciado' || !progress) {
      table.push({ cells: [row.indicador, { text: `No iniciado: inicia en ${row.anioInicio}`, colSpan: span }] });
      fill.push((cells) => {
        cells[0].text = indicatorCell(row);
        Object.assign(cells[1], { color: COLORS.muted, italics: true });
      });
      continue;
    }
    if (row.situacion === 'concluido') {
      const last = `Periodo concluido en ${row.anioFin}. Estado al cierre: ${estadoLabel(progress.estado)} (valor ${valueText(row, progress)}; meta ${targetText(row, progress)}).`;
      table.push({ cells: [row.indicador, { text: last, colSpan: span }] });
      fill.push((cells) => {
        cells[0].text = indicatorCell(row);
        Object.assign(cells[1], { color: COLORS.muted });
      });
      continue;
    }
    const value = valueText(row, progress);
    const cumulative =
      (row.tipoMeta === 'acumulada' || row.tipoMeta === 'fin_de_periodo') && progress.valor !== null && !progress.suprimido && row.anioInicio < data.anio ? `desde ${row.anioInicio}` : null;
    const cells = [row.indicador, targetText(row, progress), ...(withDue ? [dueText(row, progress)] : []), value, percentText(progress), estadoLabel(progress.estado), sourceText(progress)];
    table.push({ cells });
    fill.push((body) => {
      body[0].text = indicatorCell(row);
      body[1].text = withDetail(targetText(row, progress), targetDetail(row, data.anio) || null);
      const valueIndex = withDue ? 3 : 2;
      body[valueIndex].text = withDetail(value, reportedBeside(row, progress) ?? cumulative);
      Object.assign(body[cells.length - 2], { bold: true, color: estadoColor(progress.estado) });
    });
  }
  return { rows: table, fill };
}

/** Returns the counts sentence of an axis (`20 indicadores en el PNI; 18 tienen meta en 2024: 1 cumplida, …; 2 no han iniciado (inician en 2025).`). */
export function axisCounts(rows: readonly PniIndicatorRow[], anio: number): string {
  const active = rows.filter((row) => row.situacion === 'en_periodo');
  const byStatus = PNI_STATUSES.map((item) => counted(active.filter((row) => row.progress?.estado === item.estado).length, ...ESTADO_COUNT[item.estado]));
  const notStarted = rows.filter((row) => row.situacion === 'no_iniciado');
  const ended = rows.filter((row) => row.situacion === 'concluido');
  const starts = [...new Set(notStarted.map((row) => row.anioInicio))].sort();
  const parts = [`${counted(rows.length, 'indicador', 'indicadores')} en el PNI; ${counted(active.length, 'tiene', 'tienen')} meta en ${anio}${active.length ? `: ${listText(byStatus)}` : ''}`];
  if (notStarted.length) parts.push(`${counted(notStarted.length, 'no ha iniciado', 'no han iniciado')} (${notStarted.length === 1 ? 'inicia' : 'inician'} en ${listText(starts.map(String))})`);
  if (ended.length) parts.push(`${counted(ended.length, 'concluyó', 'concluyeron')} su periodo antes de ${anio}`);
  return `${parts.join('; ')}.`;
}

/** Returns the table of the given indicators of one axis, with the rich content of each row's cells filled in. */
export function indicatorTable(rows: readonly PniIndicatorRow[], data: PniReportData): ContentTable {
  const spec = columns(data);
  const { rows: tableRowsList, fill } = tableRows(rows, data, spec.length - 1);
  const table: ContentTable = dataTable({ columns: spec, rows: tableRowsList, fontSize: FONT });
  const headerRows = table.table.headerRows ?? 1;
  fill.forEach((apply, index) => apply(table.table.body[headerRows + index] as Record<string, unknown>[]));
  return table;
}
