import * as Plot from '@observablehq/plot';
import { axisNumber } from '../format/number-format.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** One bar: its label and its figure. */
export interface CategoryDatum {
  readonly etiqueta: string;
  readonly valor: number;
}

export interface CategoryChartOptions {
  readonly document: Document;
  readonly width: number;
  /** How each bar's figure is written at its end (`1,234`, `$ 1.2 M`). */
  readonly format: (value: number) => string;
  /** Characters per line of a label before it wraps (24 by default). */
  readonly labelWidth?: number;
}

/**
 * Returns a Plot spec of one series of horizontal bars in the reporting period's colour, in the
 * order given, each figure written at the end of its bar: a breakdown with no period to compare
 * (procurement by method, processes by quarter).
 */
export function categoryBarChart(rows: readonly CategoryDatum[], options: CategoryChartOptions): Plot.PlotOptions {
  const characters = Math.min(options.labelWidth ?? 24, Math.max(...rows.map((row) => row.etiqueta.length), 4));
  const labelEms = characters * 0.6;
  const max = Math.max(1, ...rows.map((row) => row.valor));
  return chartFrame(
    { document: options.document, className: 'grafico-categorias', width: options.width, height: Math.max(90, rows.length * 20 + 30), margins: [6, 64, 24, Math.round(labelEms * 9) + 12] },
    {
      x: { tickFormat: axisNumber, grid: true, nice: true, domain: [0, max], ticks: 4 },
      y: { domain: rows.map((row) => row.etiqueta), padding: 0.2, tickSize: 0 },
      marks: [
        Plot.axisY({ anchor: 'left', label: null, lineWidth: labelEms, tickSize: 0 }),
        Plot.barX(rows, { x: 'valor', y: 'etiqueta', fill: PALETTE.current }),
        Plot.text(rows, { x: 'valor', y: 'etiqueta', text: (row: CategoryDatum) => options.format(row.valor), textAnchor: 'start', dx: 4, fill: PALETTE.ink, fontSize: 8.5 }),
        Plot.ruleX([0], { stroke: PALETTE.muted }),
      ],
    },
  );
}
