import * as Plot from '@observablehq/plot';
import { statusColorScale, statusTextColor } from '../pni/pni-statuses.js';
import { chartFrame } from './chart-frame.js';

/** One PNI indicator in one year: its status as a Spanish label. */
export interface StatusCellDatum {
  readonly indicador: string;
  readonly anio: number;
  readonly estado: string;
}

export interface StatusMatrixChartOptions {
  readonly document: Document;
  readonly width: number;
  /** Every year to show as a column, in order (years an indicator has no row stay blank). */
  readonly years: readonly number[];
}

/** Returns a Plot spec of the status matrix: one row per indicator, one column per year, each cell coloured by status. */
export function pniStatusMatrixChart(rows: readonly StatusCellDatum[], options: StatusMatrixChartOptions): Plot.PlotOptions {
  const indicators = [...new Set(rows.map((row) => row.indicador))];
  // A column needs no more than a label's width: a single year must not become a page-wide bar.
  const width = Math.min(options.width, 60 + options.years.length * 120);
  return chartFrame(
    { document: options.document, className: 'grafico-pni-matriz', width, height: indicators.length * 13 + 34, margins: [22, 8, 4, 52] },
    {
      x: { domain: [...options.years], axis: 'top', tickSize: 0, padding: 0.06, tickFormat: (year: number) => String(year) },
      y: { domain: indicators, tickSize: 0, padding: 0.1 },
      color: statusColorScale,
      marks: [
        Plot.cell(rows, { x: 'anio', y: 'indicador', fill: 'estado', inset: 0.5 }),
        Plot.text(rows, { x: 'anio', y: 'indicador', text: 'estado', fontSize: 7.5, fill: (row: StatusCellDatum) => statusTextColor(row.estado) }),
      ],
    },
  );
}
