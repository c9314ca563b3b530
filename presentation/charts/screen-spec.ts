/**
 * What a chart drawn on screen (the dashboards) adds to the shared chart: a comparison colour with
 * enough contrast, tooltips, and ticks and lines that fit a narrow screen and suppressed months.
 */
import * as Plot from '@observablehq/plot';
import { NOT_STARTED, PNI_STATUSES } from '../pni/pni-statuses.js';
import { PALETTE } from './chart-palette.js';
import { contrastRatio } from './contrast.js';
import type { PeriodMonthDatum } from './period-monthly-chart.js';

/**
 * The PDF's colours that are too light for a screen (WCAG 1.4.11: 3:1 against the white figure),
 * with the colour the dashboards draw instead. The comparison period's light blue (1.9:1) becomes
 * a blue of 3.2:1 against white and 3.6:1 against the reporting period's dark blue; the accent
 * (2.7:1) a darker gold of 3.2:1 that still carries the ink's text at 4.6:1 (the PNI's «En riesgo»).
 */
export const SCREEN_COLORS: Readonly<Record<string, string>> = {
  [PALETTE.previous]: '#6f93bf',
  [PALETTE.accent]: '#b6892a',
};

/** Light fills that mean "nothing to show" (no data, not started): kept light on screen, outlined at 3:1 or more. */
const LIGHT_FILLS = new Set([...PNI_STATUSES, NOT_STARTED].map((status) => status.color).filter((color) => contrastRatio(color, '#ffffff') < 3));

/** Returns the colour the screen draws for a PDF colour. */
export function screenColor(color: string): string {
  return SCREEN_COLORS[color.toLowerCase()] ?? color;
}

/**
 * Recolours a drawn chart for the screen: every fill and stroke the PDF draws too light takes its
 * screen colour, and the light "nothing to show" cells get an outline (muted grey, 5.4:1).
 */
export function recolorForScreen(svg: SVGSVGElement): void {
  for (const element of svg.querySelectorAll<SVGElement>('[fill], [stroke]')) {
    for (const attribute of ['fill', 'stroke'] as const) {
      const color = element.getAttribute(attribute);
      if (color && screenColor(color) !== color) element.setAttribute(attribute, screenColor(color));
    }
    const fill = element.getAttribute('fill')?.toLowerCase();
    if (fill && LIGHT_FILLS.has(fill) && element.tagName === 'rect') {
      element.setAttribute('stroke', PALETTE.muted);
      element.setAttribute('stroke-width', '1');
    }
  }
}

/** Returns a spec with extra marks (tooltips) after the chart's own. */
export function withMarks(spec: Plot.PlotOptions, ...marks: Plot.Markish[]): Plot.PlotOptions {
  return { ...spec, marks: [...(spec.marks ?? []), ...marks] };
}

/**
 * Returns a spec whose numeric x axis has as many ticks as fit its width without their labels
 * touching (the shared charts ask for 5, which is right for the PDF's page width but not for a phone).
 */
export function fitXTicks(spec: Plot.PlotOptions, largest: number, extraCharacters = 0): Plot.PlotOptions {
  const area = (spec.width ?? 640) - (spec.marginLeft ?? 40) - (spec.marginRight ?? 20);
  const characters = Math.round(Math.abs(largest)).toLocaleString('en-US').length + 1 + extraCharacters;
  const ticks = Math.max(2, Math.min(5, Math.floor(area / (characters * 5.5 + 14))));
  return { ...spec, x: { ...(spec.x ?? {}), ticks } };
}

/**
 * Returns the spec with its lines broken where a month has no published figure: the shared chart
 * joins the months it has, which across a suppressed month would draw a trend nobody published.
 */
export function breakLinesAtGaps(spec: Plot.PlotOptions, rows: readonly PeriodMonthDatum[], labels: readonly [string, string]): Plot.PlotOptions {
  if (rows.every((row) => row.cantidad !== null)) return spec;
  const marks = (spec.marks ?? []).filter((mark) => !(mark instanceof Plot.Line));
  const points = rows.map((row) => ({ ...row, serie: row.periodo === 'actual' ? labels[1] : labels[0] }));
  return { ...spec, marks: [Plot.lineY(points, { x: 'posicion', y: 'cantidad', stroke: 'serie', z: 'serie', strokeWidth: 2 }), ...marks] };
}

/** Returns the spec with every n-th month named when the months would not fit side by side (a phone). */
export function thinMonthTicks(spec: Plot.PlotOptions, months: number): Plot.PlotOptions {
  const area = (spec.width ?? 640) - (spec.marginLeft ?? 40) - (spec.marginRight ?? 20);
  const step = Math.ceil((months * 26) / Math.max(area, 1));
  const format = spec.x?.tickFormat;
  if (step <= 1 || typeof format !== 'function') return spec;
  return { ...spec, x: { ...spec.x, tickFormat: (position: number, index: number) => (position % step === 0 ? (format as (value: number, index: number) => string)(position, index) : '') } };
}
