import type { Content } from 'pdfmake/interfaces.js';
import { sourceLine, sourceOrigin } from '../../presentation/format/source-line.js';
import { chartFigure } from '../pdf/chart-figure.js';
import { dataTable } from '../pdf/data-table.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { markdownContent } from '../pdf/markdown-content.js';
import { formatChange, formatCount, formatPercent, formatPercentChange, ratioPercent } from '../../presentation/format/number-format.js';
import { CONTENT_WIDTH } from '../pdf/pdf-theme.js';
import { spanText } from '../../presentation/format/period-labels.js';
import { renderSvg } from '../../presentation/charts/render-svg.js';
import { targetAttainmentChart } from '../../presentation/charts/target-attainment-chart.js';
import { periodLabels } from './comparison-table.js';
import { isMeasureKey, MEASURE_KEYS, MEASURES, type MeasureKey } from './service-measures.js';
import type { EditorialTarget } from '../../presentation/edition/editorial/editorial-content.js';
import { listText } from './figure-sentences.js';
import { SERVICES } from './service-catalogue.js';
import type { SectionContext } from './section-context.js';

/** Targets are the units' operating plans (the `metas` source) or the Unidad's edition folder; results come from the services' systems. */
function targetsSource(context: SectionContext): string {
  const fromPlans = context.editorial.metas.some((meta) => meta.origen === 'poa');
  const fromFolder = context.editorial.metas.some((meta) => meta.origen !== 'poa');
  const targets = [fromPlans ? sourceOrigin('metas') : undefined, fromFolder ? 'DGME, Unidad de Planificación y Desarrollo Institucional' : undefined].filter(Boolean).join(' y ');
  return `Fuente: metas, ${targets}; resultados, ${sourceLine('pasaportes', 'residencias', 'flujo', 'retornados').replace(/^Fuente: /, '')}`;
}

/** A target of the period against what the marts say was achieved. */
export interface TargetResult {
  readonly medida: MeasureKey;
  readonly descripcion: string;
  readonly meta: number;
  readonly resultado: number | null;
  readonly porcentaje: string | null;
}

/**
 * Returns what a target counts in the period: its measure's total, or — for a target restricted to
 * some codes (`filtro`) — the sum of those rows of the service's printed comparison table, so that a
 * target is never compared with a figure that counts more than it does. Null when not available.
 */
function achievedFor(meta: EditorialTarget, context: SectionContext): number | null {
  const medida = meta.medida as MeasureKey;
  if (!meta.filtro) return context.data.totals.get(medida)?.actual ?? null;
  const [[column, codes], ...more] = Object.entries(meta.filtro);
  if (more.length) return null;
  const service = context.data.services.find((candidate) => candidate.definition.medida === medida);
  const index = service?.definition.tablas.findIndex((source) => source.kind === 'mart' && source.categoria?.columna === column) ?? -1;
  if (!service || index < 0) return null;
  const rows = service.tables[index].filas.filter((row) => row.tipo_fila === 'categoria' && codes.includes(row.codigo));
  return rows.some((row) => row.total_actual === null) ? null : rows.reduce((sum, row) => sum + (row.total_actual ?? 0), 0);
}

/** Returns what the targets restricted to some codes count (`; «…» cuenta solo visas y prórrogas …`), or ''. */
function filteredNote(context: SectionContext): string {
  const notes = context.editorial.metas
    .filter((meta) => meta.filtro && isMeasureKey(meta.medida))
    .map((meta) => {
      const [column, codes] = Object.entries(meta.filtro!)[0];
      const lista = SERVICES.flatMap((service) => service.tablas).find((source) => source.kind === 'mart' && source.medida === meta.medida && source.categoria?.columna === column);
      const list = lista?.kind === 'mart' && lista.categoria && 'lista' in lista.categoria ? lista.categoria.lista : column;
      const labels = codes.map((code) => (context.data.labels.get(list)?.get(code) ?? code).toLowerCase());
      return `«${meta.descripcion}» cuenta solo ${listText(labels)}, no todo lo que suma «${MEASURES[meta.medida as MeasureKey].nombre}»`;
    });
  return notes.length ? `; ${notes.join('; ')}` : '';
}

/** Returns the folder's targets with their results (targets naming an unknown measure are left out). */
export function targetResults(context: SectionContext): TargetResult[] {
  return context.editorial.metas.flatMap((meta) => {
    if (!isMeasureKey(meta.medida)) return [];
    const achieved = achievedFor(meta, context);
    return [{ medida: meta.medida, descripcion: meta.descripcion, meta: meta.meta, resultado: achieved, porcentaje: achieved === null ? null : ratioPercent(achieved, meta.meta) }];
  });
}

/**
 * Returns Plan institucional: the folder's objectives and activities, then the period's targets
 * (proyecciones) against the results in the marts, with the percentage achieved and a chart.
 * Without targets it shows every service's results against the previous period instead.
 */
export function institutionalPlanSection(context: SectionContext): Content[] {
  const { data, editorial } = context;
  const content: Content[] = [...sectionHeading('Plan institucional', 'plan-institucional')];
  if (editorial.planInstitucional) content.push(...markdownContent(editorial.planInstitucional));
  const results = targetResults(context);
  const period = spanText(data.period.desde, data.period.hasta);
  if (!results.length) {
    content.push({ text: `Resultados del periodo de ${period}`, style: 'h3', headlineLevel: 3 } as Content);
    const [previous, current] = periodLabels(data.period);
    content.push(
      dataTable({
        columns: [
          { header: 'Servicio', width: '*' },
          { header: previous, align: 'right' },
          { header: current, align: 'right' },
          { header: 'Variación', align: 'right' },
          { header: '%', align: 'right' },
        ],
        rows: MEASURE_KEYS.map((key) => {
          const totals = data.totals.get(key)!;
          return { cells: [MEASURES[key].nombre, formatCount(totals.anterior), formatCount(totals.actual), formatChange(totals.variacion), formatPercentChange(totals.variacion_pct)] };
        }),
      }),
    );
    return content;
  }
  const met = results.filter((result) => result.resultado !== null && result.resultado >= result.meta).length;
  content.push({ text: `Proyecciones y resultados del periodo de ${period}`, style: 'h3', headlineLevel: 3 } as Content);
  content.push({
    text:
      met === results.length
        ? `Se alcanzaron o superaron ${results.length === 1 ? 'la proyección' : `las ${results.length} proyecciones`} del periodo.`
        : `Se alcanzaron o superaron ${met} de las ${results.length} proyecciones del periodo.`,
    style: 'body',
  });
  content.push({
    stack: [
      dataTable({
        columns: [
          { header: 'Proyección', width: '*' },
          { header: 'Meta', align: 'right' },
          { header: 'Resultado', align: 'right' },
          { header: 'Cumplimiento', align: 'right' },
        ],
        rows: results.map((result) => ({ cells: [result.descripcion, formatCount(result.meta), formatCount(result.resultado), formatPercent(result.porcentaje)] })),
        fontSize: 8.5,
      }),
      { text: targetsSource(context), style: 'source' },
      {
        text: `Cumplimiento: resultado del periodo sobre la meta proyectada, en porcentaje. Cada resultado cuenta lo mismo que su meta (documentos, resoluciones, trámites, movimientos o personas)${filteredNote(context)}.`,
        style: 'note',
      },
    ],
    unbreakable: true,
  });
  const chartRows = results
    .filter((result) => result.porcentaje !== null)
    .map((result) => ({ indicador: MEASURES[result.medida].nombre, porcentaje: Number(result.porcentaje), etiqueta: formatPercent(result.porcentaje) }));
  if (chartRows.length) {
    content.push(
      chartFigure({
        caption: `Gráfico ${context.numbering.chart()}. Cumplimiento de las proyecciones del periodo (%)`,
        svg: renderSvg(targetAttainmentChart(chartRows, { document: context.document, width: CONTENT_WIDTH })),
        width: CONTENT_WIDTH,
        source: targetsSource(context),
        note: 'La línea punteada marca el 100 % de la meta.',
      }),
    );
  }
  return content;
}
