import type { Content } from 'pdfmake/interfaces.js';
import { chartFigure, type LegendEntry } from '../pdf/chart-figure.js';
import { tableBlock } from '../pdf/data-table.js';
import { subsectionHeading } from '../pdf/document-frame.js';
import { inlineRuns } from '../pdf/markdown-content.js';
import { formatCount } from '../../presentation/format/number-format.js';
import { COLORS, CONTENT_WIDTH } from '../pdf/pdf-theme.js';
import { PALETTE } from '../../presentation/charts/chart-palette.js';
import { comparisonBarChart } from '../../presentation/charts/comparison-bar-chart.js';
import { periodMonthlyChart } from '../../presentation/charts/period-monthly-chart.js';
import { renderSvg } from '../../presentation/charts/render-svg.js';
import { comparisonTable, hasSuppressedCells, periodLabels } from './comparison-table.js';
import { changeClause, countWithUnit, totalSentence, type Unit } from './figure-sentences.js';
import type { ComparisonTable } from './comparison-queries.js';
import type { ServiceData } from './memoria-data.js';
import { MEASURES, measureSource } from './service-measures.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import type { SectionContext } from './section-context.js';

/** The note under a table with cells withheld by small-cell protection. */
export const SUPPRESSION_NOTE = `${SYMBOLS.suppressed}: cifra confidencial, no publicada para proteger a las personas (de 1 a 4 personas, o una que permitiría deducirlas); ver la Nota metodológica.`;

/** Returns a category's short label for a chart: the acronym in parentheses when there is one. */
export function chartLabel(categoria: string): string {
  return /\(([^()]+)\)\s*$/.exec(categoria)?.[1] ?? categoria;
}

/**
 * Returns the sentence stating a service's total, its split by sex when known, and its change. A
 * service that also counts people (referrals) states the people first, then the events.
 */
export function serviceSentence(service: ServiceData, variant = 0): string {
  const unit = MEASURES[service.definition.medida].unidad;
  const people = service.tables.find((table) => table.id === service.definition.personas);
  if (people) return peopleSentence(people, service, unit);
  const first = service.tables[0];
  const total = first?.porSexo ? (first.filas.find((row) => row.tipo_fila === 'total') ?? (first.filas.length === 1 ? first.filas[0] : undefined)) : undefined;
  const bySex = total && total.m_actual !== null && total.f_actual !== null && total.total_actual === service.totals.actual;
  return totalSentence(service.totals, unit, bySex ? `(${formatCount(total.m_actual)} hombres y ${formatCount(total.f_actual)} mujeres)` : undefined, variant);
}

function peopleSentence(people: ComparisonTable, service: ServiceData, unit: Unit): string {
  const row = people.filas.find((candidate) => candidate.tipo_fila === 'total');
  const events =
    service.totals.suprimida || service.totals.actual === null
      ? `un número no publicado de ${unit.plural} (cifra protegida)`
      : `${countWithUnit(service.totals.actual, unit)}, ${changeClause(service.totals, 'el periodo anterior', 2)}`;
  if (!row || row.total_actual === null) {
    return `El número de personas derivadas no se publica (cifra protegida). Se registraron ${events}.`;
  }
  const personas = { singular: 'persona salvadoreña retornada derivada a instituciones de apoyo', plural: 'personas salvadoreñas retornadas derivadas a instituciones de apoyo' };
  const bySex = row.m_actual !== null && row.f_actual !== null ? ` (${formatCount(row.m_actual)} hombres y ${formatCount(row.f_actual)} mujeres)` : '';
  const totals = { anterior: row.total_anterior, actual: row.total_actual, variacion: row.variacion, variacion_pct: row.variacion_pct };
  return (
    `${countWithUnit(row.total_actual, personas).replace(/^./, (letter) => letter.toUpperCase())}${bySex}, ${changeClause(totals)}. ` +
    `Recibieron en total ${events}: una persona puede derivarse a varias instituciones.`
  );
}

/** Returns one service: heading, sentence and card, its comparison tables and its chart. */
export function serviceSubsection(service: ServiceData, index: number, context: SectionContext): Content[] {
  const { definition } = service;
  const { period } = context.data;
  const editorial = context.editorial.servicios.get(definition.codigo) ?? {};
  const [previous, current] = periodLabels(period);
  const card = [
    ['Objetivo', editorial.objetivo],
    ['Unidad que ejecuta el servicio', editorial.unidad],
    ['Problemas en la prestación', editorial.problema],
    ['Soluciones', editorial.solucion],
    ['Observaciones', editorial.nota],
  ].filter((entry): entry is [string, string] => Boolean(entry[1]));
  const head: Content[] = [subsectionHeading(editorial.titulo ?? definition.titulo, `servicio-${index + 1}`, 'servicios'), { text: inlineRuns(serviceSentence(service, index)), style: 'body' }];
  if (card.length) {
    head.push({
      table: {
        widths: [130, '*'],
        body: card.map(([label, text]) => [
          { text: label, style: 'label', fillColor: COLORS.blueTint },
          { text, fontSize: 8.5 },
        ]),
        dontBreakRows: true,
      },
      layout: 'ficha',
      margin: [0, 0, 0, 6],
    });
  }
  // Nothing in either period (a source not delivered yet): the sentence says so; no empty tables or charts.
  if (!service.totals.actual && !service.totals.anterior) return [{ stack: head, unbreakable: true }];
  const content: Content[] = [];
  definition.tablas.forEach((source, tableIndex) => {
    const table = service.tables[tableIndex];
    if (!table.filas.length) return;
    const notes = [source.kind === 'cuadro' ? source.nota : undefined, hasSuppressedCells(table) ? SUPPRESSION_NOTE : undefined].filter(Boolean);
    content.push(
      tableBlock({
        caption: `Tabla ${context.numbering.table(table.id)}. ${table.titulo}, ${previous} y ${current}`,
        table: comparisonTable(table, period),
        source: sourceLine(measureSource(definition.medida)),
        note: notes.join(' ') || undefined,
      }),
    );
  });
  // The heading, its sentence and card move to the next page together with the first (short) table.
  const first = content.length && service.tables[0].filas.length <= 20 ? content.shift()! : undefined;
  content.unshift({ stack: first ? [...head, first] : head, unbreakable: true });
  const chart = serviceChart(service, context, previous, current);
  if (chart) content.push(chart);
  return content;
}

function serviceChart(service: ServiceData, context: SectionContext, previous: string, current: string): Content | undefined {
  const legend: LegendEntry[] = [
    { label: previous, color: PALETTE.previous },
    { label: current, color: PALETTE.current },
  ];
  const name = MEASURES[service.definition.medida].nombre;
  const source = sourceLine(measureSource(service.definition.medida));
  // Bars compare the categories of the event table, not the people behind it (one total row).
  const table = service.tables.find((candidate) => candidate.id !== service.definition.personas);
  if (service.definition.grafico === 'comparacion') {
    const rows = (table?.filas ?? []).filter((row) => row.tipo_fila === 'categoria').map((row) => ({ categoria: chartLabel(row.categoria), anterior: row.total_anterior, actual: row.total_actual }));
    if (rows.length < 2) return undefined;
    return chartFigure({
      caption: `Gráfico ${context.numbering.chart()}. ${table!.titulo}: ambos periodos`,
      svg: renderSvg(comparisonBarChart(rows, { document: context.document, width: CONTENT_WIDTH, periodLabels: [previous, current] })),
      width: CONTENT_WIDTH,
      legend,
      source,
    });
  }
  if (!service.months.some((month) => month.cantidad !== null)) return undefined;
  return chartFigure({
    caption: `Gráfico ${context.numbering.chart()}. ${name} por mes, ambos periodos`,
    svg: renderSvg(periodMonthlyChart(service.months, { document: context.document, width: CONTENT_WIDTH, periodLabels: [previous, current] })),
    width: CONTENT_WIDTH,
    legend,
    source,
  });
}
