import * as Plot from '@observablehq/plot';
import { axisNumber } from '../../reports/charts/chart-format.js';
import { CHART_FONT, PALETTE } from '../../reports/charts/chart-palette.js';

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

const DAYS = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'];

/** Returns a Plot spec of grouped vertical bars: the average per day of each series, Monday to Sunday. */
export function weekdayChart(rows: readonly WeekdayDatum[], options: WeekdayChartOptions): Plot.PlotOptions {
  const bars = rows.filter((row) => row.promedio !== null) as (WeekdayDatum & { promedio: number })[];
  return {
    document: options.document,
    className: 'grafico-dia-semana',
    width: options.width,
    height: options.height ?? 190,
    marginLeft: 48,
    marginRight: 8,
    marginTop: 8,
    marginBottom: 26,
    style: { fontFamily: CHART_FONT, fontSize: '9px', color: PALETTE.ink },
    fx: { label: null, labelArrow: 'none', domain: [1, 2, 3, 4, 5, 6, 7], tickFormat: (day: number) => DAYS[day - 1], padding: 0.12, axis: 'bottom', tickSize: 0 },
    x: { axis: null, domain: [...options.series], padding: 0.08 },
    y: { label: null, labelArrow: 'none', grid: true, nice: true, zero: true, tickFormat: axisNumber, ticks: 5 },
    color: { domain: [...options.series], range: [PALETTE.previous, PALETTE.current], legend: false },
    marks: [
      Plot.barY(bars, { fx: 'dia', x: 'serie', y: 'promedio', fill: 'serie' }),
      Plot.ruleY([0], { stroke: PALETTE.muted }),
    ],
  };
}
