import * as Plot from '@observablehq/plot';
import { axisNumber, thousands } from '../format/number-format.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** One category of a period comparison: its label and the totals of both periods. */
export interface ComparisonDatum {
  readonly categoria: string;
  readonly anterior: number | null;
  readonly actual: number | null;
}

export interface ComparisonChartOptions {
  readonly document: Document;
  readonly width: number;
  /** Labels of the comparison period and the reporting period, in that order. */
  readonly periodLabels: readonly [string, string];
  /** Characters per line of a category label before it wraps (24 by default). */
  readonly labelWidth?: number;
}

/**
 * Returns a Plot spec of grouped horizontal bars: each category's comparison period (light) and
 * reporting period (dark), the reporting period's figure written at the end of its bar. Missing
 * figures (suppressed or not sent) draw no bar.
 */
export function comparisonBarChart(rows: readonly ComparisonDatum[], options: ComparisonChartOptions): Plot.PlotOptions {
  const [previous, current] = options.periodLabels;
  const bars = rows
    .flatMap((row) => [
      { categoria: row.categoria, periodo: previous, valor: row.anterior },
      { categoria: row.categoria, periodo: current, valor: row.actual },
    ])
    .filter((bar) => bar.valor !== null) as { categoria: string; periodo: string; valor: number }[];
  // Plot wraps labels at a width in ems; at 9 px an average character is about 0.6 em.
  const characters = Math.min(options.labelWidth ?? 24, Math.max(...rows.map((row) => row.categoria.length), 4));
  const labelEms = characters * 0.6;
  const max = Math.max(1, ...bars.map((bar) => bar.valor));
  const frame = {
    document: options.document,
    className: 'grafico-comparacion',
    width: options.width,
    height: Math.max(100, rows.length * 23 + 32),
    margins: [6, 58, 26, Math.round(labelEms * 9) + 12],
  } as const;
  return chartFrame(frame, {
    x: { tickFormat: axisNumber, grid: true, nice: true, domain: [0, max], ticks: 5 },
    y: { axis: null, domain: [previous, current] },
    fy: { domain: rows.map((row) => row.categoria), padding: 0.14 },
    color: { domain: [previous, current], range: [PALETTE.previous, PALETTE.current], legend: false },
    marks: [
      Plot.axisFy({ anchor: 'left', label: null, lineWidth: labelEms, tickSize: 0 }),
      Plot.barX(bars, { x: 'valor', y: 'periodo', fy: 'categoria', fill: 'periodo' }),
      Plot.text(
        bars.filter((bar) => bar.periodo === current),
        {
          x: 'valor',
          y: 'periodo',
          fy: 'categoria',
          text: (bar: { valor: number }) => thousands(bar.valor),
          textAnchor: 'start',
          dx: 4,
          fill: PALETTE.ink,
          fontSize: 8.5,
        },
      ),
      Plot.ruleX([0], { stroke: PALETTE.muted }),
    ],
  });
}
