import * as Plot from '@observablehq/plot';
import { thousands } from '../format/number-format.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** One year of a PNI indicator: its target and what was achieved (null when nobody reported or no target). */
export interface IndicatorYearDatum {
  readonly anio: number;
  readonly meta: number | null;
  readonly valor: number | null;
}

export interface IndicatorHistoryChartOptions {
  readonly document: Document;
  readonly width: number;
  readonly height?: number;
}

/** Returns a Plot spec of an indicator's history: per year, the target as a light bar and the value achieved as a dark bar inside it. */
export function pniHistoryChart(rows: readonly IndicatorYearDatum[], options: IndicatorHistoryChartOptions): Plot.PlotOptions {
  const years = rows.map((row) => row.anio);
  const frame = {
    document: options.document,
    className: 'grafico-pni-historia',
    width: Math.min(options.width, 80 + years.length * 90),
    height: options.height ?? 170,
    margins: [10, 8, 26, 48],
  } as const;
  return chartFrame(frame, {
    x: { domain: years, padding: 0.3, tickFormat: (year: number) => String(year) },
    y: { grid: true, nice: true, zero: true, tickFormat: (value: number) => thousands(value, 2), ticks: 4 },
    marks: [
      Plot.barY(
        rows.filter((row) => row.meta !== null),
        { x: 'anio', y: 'meta', fill: PALETTE.previous },
      ),
      Plot.barY(
        rows.filter((row) => row.valor !== null),
        { x: 'anio', y: 'valor', fill: PALETTE.current, insetLeft: 8, insetRight: 8 },
      ),
      Plot.ruleY([0], { stroke: PALETTE.muted }),
    ],
  });
}
