import * as Plot from '@observablehq/plot';
import { PALETTE } from '../../../presentation/charts/chart-palette.js';
import { comparisonBarChart } from '../../../presentation/charts/comparison-bar-chart.js';
import { addCifras, cifraText, cifraValue, formatCount, SUPPRESSED, variation } from '../data/figures.js';
import type { Compared, PageContext } from '../page-context.js';
import type { FigureSpec } from './chart-figure.js';
import { fitXTicks, withMarks } from '../../../presentation/charts/screen-spec.js';
import { suppressedRemark } from './suppression-note.js';

/** One category of a comparison figure. */
export interface ComparedRow extends Compared {
  readonly categoria: string;
}

export interface ComparisonFigureOptions {
  readonly titulo: string;
  readonly unidades: string;
  readonly fuente: string;
  readonly filas: readonly ComparedRow[];
  /** Adds a total row to the table (the sum of the rows, suppressed if any is). */
  readonly total?: boolean | Compared;
  readonly nota?: string;
  readonly labelWidth?: number;
  /** What the two columns compare when it is not the two periods of the view (e.g. two calendar years). */
  readonly etiquetas?: readonly [string, string];
}

/**
 * Returns a figure comparing categories between the two periods with the PDF's comparison bars, a
 * tooltip per bar and a table with both periods and the change.
 */
export function comparisonFigure(context: PageContext, options: ComparisonFigureOptions): FigureSpec {
  const [previous, current] = options.etiquetas ?? context.periodLabels;
  const rows = options.filas;
  const drawable = rows.some((row) => (cifraValue(row.actual) ?? 0) > 0 || (cifraValue(row.anterior) ?? 0) > 0);
  const tableRow = (label: string, row: Compared) => {
    const change = variation(row.actual, row.anterior);
    return [label, cifraText(row.anterior), cifraText(row.actual), change.absoluta, change.porcentaje];
  };
  const total: Compared | undefined = options.total === true ? { actual: addCifras(rows.map((row) => row.actual)), anterior: addCifras(rows.map((row) => row.anterior)) } : options.total || undefined;
  const notes = [options.nota, suppressedRemark(rows.some((row) => row.actual === SUPPRESSED || row.anterior === SUPPRESSED))].filter(Boolean);
  return {
    titulo: options.titulo,
    unidades: options.unidades,
    fuente: options.fuente,
    nota: notes.length ? notes.join(' ') : undefined,
    leyenda: [
      { etiqueta: previous, color: PALETTE.previous },
      { etiqueta: current, color: PALETTE.current },
    ],
    plot: drawable
      ? (document, width) => {
          const spec = comparisonBarChart(
            rows.map((row) => ({ categoria: row.categoria, anterior: cifraValue(row.anterior), actual: cifraValue(row.actual) })),
            { document, width, periodLabels: [previous, current], labelWidth: options.labelWidth },
          );
          const bars = rows
            .flatMap((row) => [
              { categoria: row.categoria, periodo: previous, valor: row.anterior },
              { categoria: row.categoria, periodo: current, valor: row.actual },
            ])
            .filter((bar) => typeof bar.valor === 'number');
          const tip = Plot.tip(
            bars,
            Plot.pointerY({
              x: 'valor',
              y: 'periodo',
              fy: 'categoria',
              title: (bar: { categoria: string; periodo: string; valor: number }) => `${bar.categoria}\n${bar.periodo}: ${formatCount(bar.valor)}`,
            }),
          );
          // Every category gets a baseline (so that the axis stays under the last one even when its bars are missing) and a suppressed figure says so.
          const baseline = Plot.ruleX(rows, { x: () => 0, fy: 'categoria', stroke: PALETTE.muted });
          const suppressed = Plot.text(
            rows.flatMap((row) => [
              ...(row.anterior === SUPPRESSED ? [{ categoria: row.categoria, periodo: previous }] : []),
              ...(row.actual === SUPPRESSED ? [{ categoria: row.categoria, periodo: current }] : []),
            ]),
            { x: () => 0, y: 'periodo', fy: 'categoria', text: () => SUPPRESSED, textAnchor: 'start', dx: 4, fill: PALETTE.muted, fontSize: 8, fontStyle: 'italic' },
          );
          return fitXTicks(withMarks(spec, baseline, suppressed, tip), Math.max(0, ...bars.map((bar) => bar.valor as number)));
        }
      : null,
    tabla: {
      columnas: [
        { titulo: 'Categoría' },
        { titulo: previous, numerica: true },
        { titulo: current, numerica: true },
        { titulo: 'Variación', numerica: true },
        { titulo: 'Variación %', numerica: true },
      ],
      filas: rows.map((row) => tableRow(row.categoria, row)),
      total: total ? tableRow('Total', total) : undefined,
    },
  };
}
