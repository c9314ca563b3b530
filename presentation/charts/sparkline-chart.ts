import * as Plot from '@observablehq/plot';
import { monthTick } from '../format/period-labels.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** One month of a short series. */
export interface SparkDatum {
  readonly mes: string;
  readonly cantidad: number | null;
}

export interface SparklineOptions {
  readonly document: Document;
  readonly width: number;
  readonly height?: number;
  /** The month to emphasise (the bulletin's month); the same month a year earlier is marked too. */
  readonly highlight: string;
}

/** Returns a Plot spec of a small monthly bar series with the highlighted month in the accent colour. */
export function sparklineChart(rows: readonly SparkDatum[], options: SparklineOptions): Plot.PlotOptions {
  const yearBefore = `${Number(options.highlight.slice(0, 4)) - 1}${options.highlight.slice(4)}`;
  const fill = (row: SparkDatum) => (row.mes === options.highlight ? PALETTE.current : row.mes === yearBefore ? PALETTE.accent : PALETTE.previous);
  const months = rows.map((row) => row.mes);
  const frame = { document: options.document, className: 'grafico-mini', width: options.width, height: options.height ?? 58, margins: [4, 2, 14, 2], fontSize: 7, color: PALETTE.muted } as const;
  return chartFrame(frame, {
    x: { domain: months, tickSize: 0, tickFormat: (mes: string) => (mes === months[0] || mes === options.highlight ? monthTick(mes, true) : '') },
    y: { axis: null, zero: true },
    marks: [
      Plot.barY(
        rows.filter((row) => row.cantidad !== null),
        { x: 'mes', y: 'cantidad', fill, insetLeft: 0.5, insetRight: 0.5 },
      ),
      Plot.ruleY([0], { stroke: PALETTE.muted, strokeWidth: 0.5 }),
    ],
  });
}
