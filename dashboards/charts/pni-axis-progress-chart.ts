import * as Plot from '@observablehq/plot';
import { CHART_FONT, PALETTE } from '../../reports/charts/chart-palette.js';
import { statusColorScale } from './pni-status-palette.js';

/** How many indicators of one PNI axis are in one status (status as its Spanish label). */
export interface AxisProgressDatum {
  readonly eje: string;
  readonly estado: string;
  readonly indicadores: number;
}

export interface AxisProgressChartOptions {
  readonly document: Document;
  readonly width: number;
}

/** Returns a Plot spec of one stacked bar per PNI axis: its indicators by status, in status order. */
export function pniAxisProgressChart(rows: readonly AxisProgressDatum[], options: AxisProgressChartOptions): Plot.PlotOptions {
  const axes = [...new Set(rows.map((row) => row.eje))];
  const order = [...statusColorScale.domain];
  const longest = Math.min(30, Math.max(4, ...axes.map((axis) => axis.length)));
  const counted = rows.filter((row) => row.indicadores > 0);
  // A count is written inside its segment only when the segment is wide enough to hold it.
  const widest = Math.max(1, ...axes.map((axis) => rows.filter((row) => row.eje === axis).reduce((sum, row) => sum + row.indicadores, 0)));
  const plotWidth = options.width - (Math.round(longest * 5.3) + 10) - 12;
  return {
    document: options.document,
    className: 'grafico-pni-ejes',
    width: options.width,
    height: axes.length * 28 + 34,
    marginLeft: Math.round(longest * 5.3) + 10,
    marginRight: 12,
    marginTop: 6,
    marginBottom: 26,
    style: { fontFamily: CHART_FONT, fontSize: '9px', color: PALETTE.ink },
    x: { label: null, labelArrow: 'none', grid: true, nice: true, ticks: 5, tickFormat: (value: number) => (Number.isInteger(value) ? String(value) : '') },
    y: { label: null, labelArrow: 'none', domain: axes, padding: 0.22 },
    color: statusColorScale,
    marks: [
      Plot.axisY({ anchor: 'left', label: null, tickSize: 0, lineWidth: 30, textOverflow: 'ellipsis-end' }),
      Plot.barX(counted, Plot.stackX({ x: 'indicadores', y: 'eje', fill: 'estado', z: 'estado', order })),
      Plot.text(counted, Plot.stackX({
        x: 'indicadores', y: 'eje', z: 'estado', order, text: (row: AxisProgressDatum) => ((row.indicadores / widest) * plotWidth >= 14 ? String(row.indicadores) : ''),
        fill: (row: AxisProgressDatum) => (row.estado === order[0] || row.estado === order[3] ? '#ffffff' : PALETTE.ink),
      })),
      Plot.ruleX([0], { stroke: PALETTE.muted }),
    ],
  };
}
