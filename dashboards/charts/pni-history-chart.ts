import * as Plot from '@observablehq/plot';
import { thousands } from '../../reports/charts/chart-format.js';
import { CHART_FONT, PALETTE } from '../../reports/charts/chart-palette.js';

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
  return {
    document: options.document,
    className: 'grafico-pni-historia',
    width: Math.min(options.width, 80 + years.length * 90),
    height: options.height ?? 170,
    marginLeft: 48,
    marginRight: 8,
    marginTop: 10,
    marginBottom: 26,
    style: { fontFamily: CHART_FONT, fontSize: '9px', color: PALETTE.ink },
    x: { label: null, labelArrow: 'none', domain: years, padding: 0.3, tickFormat: (year: number) => String(year) },
    y: { label: null, labelArrow: 'none', grid: true, nice: true, zero: true, tickFormat: (value: number) => thousands(value, 2), ticks: 4 },
    marks: [
      Plot.barY(rows.filter((row) => row.meta !== null), { x: 'anio', y: 'meta', fill: PALETTE.previous }),
      Plot.barY(rows.filter((row) => row.valor !== null), { x: 'anio', y: 'valor', fill: PALETTE.current, insetLeft: 8, insetRight: 8 }),
      Plot.ruleY([0], { stroke: PALETTE.muted }),
    ],
  };
}
