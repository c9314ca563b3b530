import * as Plot from '@observablehq/plot';
import { statusColorScale, statusTextColor } from '../pni/pni-statuses.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

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
  const marginLeft = Math.round(longest * 5.3) + 10;
  const plotWidth = options.width - marginLeft - 12;
  return chartFrame(
    { document: options.document, className: 'grafico-pni-ejes', width: options.width, height: axes.length * 28 + 34, margins: [6, 12, 26, marginLeft] },
    {
      x: { grid: true, nice: true, ticks: 5, tickFormat: (value: number) => (Number.isInteger(value) ? String(value) : '') },
      y: { domain: axes, padding: 0.22 },
      color: statusColorScale,
      marks: [
        Plot.axisY({ anchor: 'left', label: null, tickSize: 0, lineWidth: 30, textOverflow: 'ellipsis-end' }),
        Plot.barX(counted, Plot.stackX({ x: 'indicadores', y: 'eje', fill: 'estado', z: 'estado', order })),
        Plot.text(
          counted,
          Plot.stackX({
            x: 'indicadores',
            y: 'eje',
            z: 'estado',
            order,
            text: (row: AxisProgressDatum) => ((row.indicadores / widest) * plotWidth >= 14 ? String(row.indicadores) : ''),
            fill: (row: AxisProgressDatum) => statusTextColor(row.estado),
          }),
        ),
        Plot.ruleX([0], { stroke: PALETTE.muted }),
      ],
    },
  );
}
