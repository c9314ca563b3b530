import * as Plot from '@observablehq/plot';
import { CHART_FONT, PALETTE } from '../charts/chart-palette.js';
import type { Estado } from './pni-report-data.js';

/** Statuses in reading order, with their Spanish label and colour (shared by the chart and the tables). */
export const ESTADOS: readonly { estado: Estado; etiqueta: string; color: string }[] = [
  { estado: 'cumplida', etiqueta: 'Cumplida', color: PALETTE.current },
  { estado: 'en_curso', etiqueta: 'En curso', color: '#2f6aa8' },
  { estado: 'en_riesgo', etiqueta: 'En riesgo', color: PALETTE.accent },
  { estado: 'rezagada', etiqueta: 'Rezagada', color: '#a3432f' },
  { estado: 'sin_datos', etiqueta: 'Sin datos', color: '#c9d3df' },
];

/** The chart's segments: the statuses, then the indicators whose period has not started. */
export const SEGMENTS: readonly { estado: Estado | 'no_iniciado'; etiqueta: string; color: string }[] = [
  ...ESTADOS,
  { estado: 'no_iniciado', etiqueta: 'No iniciado', color: '#eef1f5' },
];

/** One bar segment: an axis, a status and how many of the axis's indicators are in it. */
export interface StatusDatum {
  readonly eje: string;
  readonly estado: Estado | 'no_iniciado';
  readonly indicadores: number;
}

/** Returns a Plot spec of indicators by status: one stacked bar per axis, statuses in reading order. */
export function statusByAxisChart(rows: readonly StatusDatum[], options: { document: Document; width: number }): Plot.PlotOptions {
  const axes = [...new Set(rows.map((row) => row.eje))];
  return {
    document: options.document,
    className: 'grafico-pni-estados',
    width: options.width,
    height: axes.length * 26 + 36,
    marginLeft: 190,
    marginRight: 12,
    marginTop: 6,
    marginBottom: 26,
    style: { fontFamily: CHART_FONT, fontSize: '9px', color: PALETTE.ink },
    x: { label: null, labelArrow: 'none', grid: true, ticks: 6 },
    y: { label: null, labelArrow: 'none', domain: axes, padding: 0.3 },
    color: { domain: SEGMENTS.map((item) => item.estado), range: SEGMENTS.map((item) => item.color), legend: false },
    marks: [
      Plot.axisY({ anchor: 'left', label: null, lineWidth: 36, tickSize: 0 }),
      Plot.barX(rows, Plot.stackX({ x: 'indicadores', y: 'eje', fill: 'estado', stroke: PALETTE.grid, strokeWidth: 0.5, order: SEGMENTS.map((item) => item.estado) })),
      Plot.ruleX([0], { stroke: PALETTE.muted }),
    ],
  };
}
