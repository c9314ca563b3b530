import * as Plot from '@observablehq/plot';
import { axisMoney } from '../format/number-format.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** One fund and fiscal-year stretch: its current budget, what was accrued and the percentage (printed as given). */
export interface BudgetDatum {
  readonly etiqueta: string;
  readonly vigente: number | null;
  readonly devengado: number | null;
  /** `77.75 %`, already formatted by the caller from the warehouse's exact figure. */
  readonly porcentaje: string;
}

export interface BudgetChartOptions {
  readonly document: Document;
  readonly width: number;
}

/**
 * Returns a Plot spec of budget execution: for each fund and stretch, the current budget as a light
 * bar, the accrued amount as a dark bar inside it, and the share accrued at the end.
 */
export function budgetExecutionChart(rows: readonly BudgetDatum[], options: BudgetChartOptions): Plot.PlotOptions {
  const domain = rows.map((row) => row.etiqueta);
  const ends = rows.map((row) => ({ ...row, fin: Math.max(row.vigente ?? 0, row.devengado ?? 0) }));
  return chartFrame(
    { document: options.document, className: 'grafico-presupuesto', width: options.width, height: rows.length * 24 + 32, margins: [6, 60, 26, 150] },
    {
      x: { grid: true, nice: true, tickFormat: axisMoney, ticks: 5 },
      y: { domain, padding: 0.25 },
      marks: [
        Plot.barX(
          rows.filter((row) => row.vigente !== null),
          { x: 'vigente', y: 'etiqueta', fill: PALETTE.previous },
        ),
        Plot.barX(
          rows.filter((row) => row.devengado !== null),
          { x: 'devengado', y: 'etiqueta', fill: PALETTE.current, insetTop: 5, insetBottom: 5 },
        ),
        Plot.text(ends, { x: 'fin', y: 'etiqueta', text: 'porcentaje', textAnchor: 'start', dx: 4, fill: PALETTE.ink }),
        Plot.ruleX([0], { stroke: PALETTE.muted }),
      ],
    },
  );
}
