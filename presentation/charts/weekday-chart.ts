import * as Plot from '@observablehq/plot';
import { axisNumber } from '../format/number-format.js';
import { SHORT_WEEKDAY_NAMES } from '../format/period-labels.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** One day of the week (1 lunes … 7 domingo) of one series: its average count per day. */
export interface WeekdayDatum {
  readonly dia: number;
  readonly serie: string;
  readonly promedio: number | null;
}

export interface WeekdayChartOptions {
  readonly document: Document;
  readonly width: number;
  readonly height?: number;
  /** The two series (e.g. `Entradas`, `Salidas`), light then dark. */
  readonly series: readonly [string, string];
}

/** Returns a Plot spec of grouped vertical bars: the average per day of each series, Monday to Sunday. */
export function weekdayChart(rows: readonly WeekdayDatum[], options: WeekdayChartOptions): Plot.PlotOptions {
  const bars = rows.filter((row) => row.promedio !== null) as (WeekdayDatum & { promedio: number })[];
  return chartFrame(
    { document: options.document, className: 'grafico-dia-semana', width: options.width, height: options.height ?? 190, margins: [8, 8, 26, 48] },
    {
      fx: { domain: [1, 2, 3, 4, 5, 6, 7], tickFormat: (day: number) => SHORT_WEEKDAY_NAMES[day - 1], padding: 0.12, axis: 'bottom', tickSize: 0 },
      x: { axis: null, domain: [...options.series], padding: 0.08 },
      y: { grid: true, nice: true, zero: true, tickFormat: axisNumber, ticks: 5 },
      color: { domain: [...options.series], range: [PALETTE.previous, PALETTE.current], legend: false },
      marks: [Plot.barY(bars, { fx: 'dia', x: 'serie', y: 'promedio', fill: 'serie' }), Plot.ruleY([0], { stroke: PALETTE.muted })],
    },
  );
}
