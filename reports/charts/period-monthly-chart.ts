import * as Plot from '@observablehq/plot';
import { axisNumber, monthTick } from './chart-format.js';
import { CHART_FONT, PALETTE } from './chart-palette.js';

/** One month of a period: its position in the period (0 = first month), the month and its count. */
export interface PeriodMonthDatum {
  readonly posicion: number;
  readonly mes: string;
  readonly periodo: 'anterior' | 'actual';
  readonly cantidad: number | null;
}

export interface PeriodMonthlyChartOptions {
  readonly document: Document;
  readonly width: number;
  readonly height?: number;
  /** Labels of the comparison period and the reporting period, in that order. */
  readonly periodLabels: readonly [string, string];
}

/**
 * Returns a Plot spec of the monthly counts of the reporting period (dark line) over those of the
 * same months a year earlier (light line), month by month; the x axis names the months.
 */
export function periodMonthlyChart(rows: readonly PeriodMonthDatum[], options: PeriodMonthlyChartOptions): Plot.PlotOptions {
  const [previous, current] = options.periodLabels;
  const label = (row: PeriodMonthDatum) => (row.periodo === 'actual' ? current : previous);
  const points = rows.filter((row) => row.cantidad !== null).map((row) => ({ ...row, serie: label(row) }));
  const months = [...new Map(rows.filter((row) => row.periodo === 'actual').map((row) => [row.posicion, row.mes])).entries()].sort((a, b) => a[0] - b[0]);
  const spansYears = new Set(months.map(([, mes]) => mes.slice(0, 4))).size > 1;
  const tick = new Map(months.map(([posicion, mes]) => [posicion, monthTick(mes, spansYears && (posicion === 0 || mes.endsWith('-01')))]));
  return {
    document: options.document,
    className: 'grafico-mensual',
    width: options.width,
    height: options.height ?? 160,
    marginLeft: 60,
    marginRight: 12,
    marginTop: 10,
    marginBottom: 26,
    style: { fontFamily: CHART_FONT, fontSize: '9px', color: PALETTE.ink },
    x: { type: 'point', label: null, labelArrow: 'none', domain: months.map(([posicion]) => posicion), tickFormat: (posicion: number) => tick.get(posicion) ?? '', padding: 0.3 },
    y: { label: null, labelArrow: 'none', grid: true, nice: true, zero: true, tickFormat: axisNumber, ticks: 5 },
    color: { domain: [previous, current], range: [PALETTE.previous, PALETTE.current], legend: false },
    marks: [
      Plot.lineY(points, { x: 'posicion', y: 'cantidad', stroke: 'serie', strokeWidth: 2, z: 'serie' }),
      Plot.dot(points, { x: 'posicion', y: 'cantidad', fill: 'serie', r: 2.6 }),
      Plot.ruleY([0], { stroke: PALETTE.muted }),
    ],
  };
}
