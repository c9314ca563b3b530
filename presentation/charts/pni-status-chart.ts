import * as Plot from '@observablehq/plot';
import { NOT_STARTED, PNI_STATUSES, type PniStatus, type PniStatusStyle } from '../pni/pni-statuses.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** The chart's segments: the statuses, then the indicators whose period has not started. */
export const SEGMENTS: readonly PniStatusStyle<PniStatus | 'no_iniciado'>[] = [...PNI_STATUSES, NOT_STARTED];

/** One bar segment: an axis, a status and how many of the axis's indicators are in it. */
export interface StatusDatum {
  readonly eje: string;
  readonly estado: PniStatus | 'no_iniciado';
  readonly indicadores: number;
}

/** Returns a Plot spec of indicators by status (the PNI report's): one stacked bar per axis, statuses in reading order. */
export function statusByAxisChart(rows: readonly StatusDatum[], options: { document: Document; width: number }): Plot.PlotOptions {
  const axes = [...new Set(rows.map((row) => row.eje))];
  return chartFrame(
    { document: options.document, className: 'grafico-pni-estados', width: options.width, height: axes.length * 26 + 36, margins: [6, 12, 26, 190] },
    {
      x: { grid: true, ticks: 6 },
      y: { domain: axes, padding: 0.3 },
      color: { domain: SEGMENTS.map((item) => item.estado), range: SEGMENTS.map((item) => item.color), legend: false },
      marks: [
        Plot.axisY({ anchor: 'left', label: null, lineWidth: 36, tickSize: 0 }),
        Plot.barX(rows, Plot.stackX({ x: 'indicadores', y: 'eje', fill: 'estado', stroke: PALETTE.grid, strokeWidth: 0.5, order: SEGMENTS.map((item) => item.estado) })),
        Plot.ruleX([0], { stroke: PALETTE.muted }),
      ],
    },
  );
}
