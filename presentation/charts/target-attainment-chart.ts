import * as Plot from '@observablehq/plot';
import { axisPercent } from '../format/number-format.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** One institutional target: its short name, the percentage achieved and that percentage as printed. */
export interface AttainmentDatum {
  readonly indicador: string;
  readonly porcentaje: number;
  readonly etiqueta: string;
}

export interface AttainmentChartOptions {
  readonly document: Document;
  readonly width: number;
}

/** Returns a Plot spec of targets met: one bar per target as a percentage of it, with the 100 % line marked. */
export function targetAttainmentChart(rows: readonly AttainmentDatum[], options: AttainmentChartOptions): Plot.PlotOptions {
  const max = Math.max(120, ...rows.map((row) => row.porcentaje));
  return chartFrame(
    { document: options.document, className: 'grafico-metas', width: options.width, height: rows.length * 26 + 36, margins: [6, 62, 26, 170] },
    {
      x: { domain: [0, max], grid: true, tickFormat: axisPercent, ticks: 5 },
      y: { domain: rows.map((row) => row.indicador), padding: 0.3 },
      marks: [
        Plot.axisY({ anchor: 'left', label: null, lineWidth: 30, tickSize: 0 }),
        Plot.barX(rows, { x: 'porcentaje', y: 'indicador', fill: (row: AttainmentDatum) => (row.porcentaje >= 100 ? PALETTE.current : PALETTE.accent) }),
        Plot.text(rows, { x: 'porcentaje', y: 'indicador', text: 'etiqueta', textAnchor: 'start', dx: 4, fill: PALETTE.ink }),
        Plot.ruleX([100], { stroke: PALETTE.ink, strokeDasharray: '3,2' }),
        Plot.ruleX([0], { stroke: PALETTE.muted }),
      ],
    },
  );
}
