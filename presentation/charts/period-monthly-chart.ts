import * as Plot from '@observablehq/plot';
import { axisNumber } from '../format/number-format.js';
import { monthTick } from '../format/period-labels.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

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
 * Returns the x tick of each position: the month's short name, shared by both periods when they
 * are the same months a year apart. Where the year needs saying (the first month, each January,
 * or where the periods' months differ), the tick has two lines, in the order of the legend and of
 * time: the comparison period's month and year over the reporting period's (`jun 22` over
 * `jun 23`), so neither line is read against the other's months.
 */
export function periodMonthTicks(rows: readonly PeriodMonthDatum[]): Map<number, string> {
  const monthAt = (periodo: PeriodMonthDatum['periodo']) => new Map(rows.filter((row) => row.periodo === periodo).map((row) => [row.posicion, row.mes]));
  const current = monthAt('actual');
  const previous = monthAt('anterior');
  const positions = [...new Set([...current.keys(), ...previous.keys()])].sort((a, b) => a - b);
  return new Map(
    positions.map((posicion, index) => {
      const months = [previous.get(posicion), current.get(posicion)].filter((mes): mes is string => mes !== undefined);
      const names = new Set(months.map((mes) => monthTick(mes)));
      const withYear = index === 0 || names.size > 1 || months.some((mes) => mes.endsWith('-01'));
      return [posicion, withYear ? months.map((mes) => monthTick(mes, true)).join('\n') : [...names][0]];
    }),
  );
}

/**
 * Returns a Plot spec of the monthly counts of the reporting period (dark line) over those of the
 * same months a year earlier (light line), month by month; the x axis names the months of both
 * periods (periodMonthTicks).
 */
export function periodMonthlyChart(rows: readonly PeriodMonthDatum[], options: PeriodMonthlyChartOptions): Plot.PlotOptions {
  const [previous, current] = options.periodLabels;
  const label = (row: PeriodMonthDatum) => (row.periodo === 'actual' ? current : previous);
  const points = rows.filter((row) => row.cantidad !== null).map((row) => ({ ...row, serie: label(row) }));
  const tick = periodMonthTicks(rows);
  // The bottom margin holds two lines of month ticks.
  return chartFrame(
    { document: options.document, className: 'grafico-mensual', width: options.width, height: options.height ?? 172, margins: [10, 12, 38, 60] },
    {
      x: { type: 'point', domain: [...tick.keys()], tickFormat: (posicion: number) => tick.get(posicion) ?? '', padding: 0.3 },
      y: { grid: true, nice: true, zero: true, tickFormat: axisNumber, ticks: 5 },
      color: { domain: [previous, current], range: [PALETTE.previous, PALETTE.current], legend: false },
      marks: [
        Plot.lineY(points, { x: 'posicion', y: 'cantidad', stroke: 'serie', strokeWidth: 2, z: 'serie' }),
        Plot.dot(points, { x: 'posicion', y: 'cantidad', fill: 'serie', r: 2.6 }),
        Plot.ruleY([0], { stroke: PALETTE.muted }),
      ],
    },
  );
}
