import * as Plot from '@observablehq/plot';
import { axisPercent } from '../format/number-format.js';
import { PNI_STATUSES, type PniStatusStyle } from '../pni/pni-statuses.js';
import { chartFrame } from './chart-frame.js';
import { PALETTE } from './chart-palette.js';

/** A target line whose figures the disclosure control withheld (the follow-up's `reservada`): a dark grey, 7.4:1 against white. */
export const RESERVED_STATUS: PniStatusStyle<'reservada'> = { estado: 'reservada', etiqueta: 'Reservada', color: '#4b5563', texto: '#ffffff' };

/** The follow-up's statuses in reading order: the PNI's, then reservada. */
export const TARGET_STATUSES: readonly PniStatusStyle<PniStatusStyle['estado'] | 'reservada'>[] = [...PNI_STATUSES, RESERVED_STATUS];

/** One target line: its label, what it achieved of the part of its target due so far (null: no figure), that figure as printed and its status label. */
export interface FollowUpDatum {
  readonly linea: string;
  readonly porcentaje: number | null;
  readonly etiqueta: string;
  readonly estado: string;
}

export interface FollowUpChartOptions {
  readonly document: Document;
  readonly width: number;
  /** Bars longer than this percentage are cut at it (their figure still says the value); 200 by default. */
  readonly cap?: number;
}

const ROW = 34;
const BAR_TOP = 15;
const BAR_BOTTOM = 4;

/**
 * Returns a Plot spec of the operating plan's follow-up: one bar per target line with what it
 * achieved of the part of its target due so far, coloured by its status, the 100 % line marked.
 * Each line's name is written above its bar (names are long and screens narrow); a line without a
 * figure gets its sign (`x`, `..`) at 0 and no bar.
 */
export function targetFollowUpChart(rows: readonly FollowUpDatum[], options: FollowUpChartOptions): Plot.PlotOptions {
  const cap = options.cap ?? 200;
  const largest = Math.max(0, ...rows.map((row) => row.porcentaje ?? 0));
  const max = Math.min(cap, Math.max(120, Math.ceil(largest / 10) * 10));
  const drawn = rows.filter((row) => row.porcentaje !== null).map((row) => ({ ...row, x: Math.min(row.porcentaje!, max) }));
  const marginRight = 52;
  // Names run above their bars across the whole width; Plot measures a line in ems of the 9 px text.
  const nameWidth = Math.max(10, Math.floor((options.width - 16) / 9));
  // Offsets from the centre of a line's band: its bar's centre, and the baseline of its name just above the bar.
  const barCentre = (BAR_TOP - BAR_BOTTOM) / 2;
  const nameBaseline = BAR_TOP - ROW / 2 - 3;
  return chartFrame(
    { document: options.document, className: 'grafico-metas-poa', width: options.width, height: rows.length * ROW + 30, margins: [4, marginRight, 24, 8] },
    {
      x: { domain: [0, max], grid: true, tickFormat: axisPercent, ticks: Math.max(2, Math.min(6, Math.floor((options.width - 60) / 60))) },
      y: { domain: rows.map((row) => row.linea), axis: null, padding: 0 },
      color: { domain: TARGET_STATUSES.map((status) => status.etiqueta), range: TARGET_STATUSES.map((status) => status.color), legend: false },
      marks: [
        Plot.barX(drawn, { x: 'x', y: 'linea', fill: 'estado', insetTop: BAR_TOP, insetBottom: BAR_BOTTOM }),
        Plot.text(rows, { x: 0, y: 'linea', text: 'linea', textAnchor: 'start', lineAnchor: 'bottom', dy: nameBaseline, lineWidth: nameWidth, textOverflow: 'ellipsis', fill: PALETTE.ink }),
        Plot.text(rows, {
          x: (row: FollowUpDatum) => (row.porcentaje === null ? 0 : Math.min(row.porcentaje, max)),
          y: 'linea',
          text: 'etiqueta',
          textAnchor: 'start',
          dx: 4,
          dy: barCentre,
          fill: (row: FollowUpDatum) => (row.porcentaje === null ? PALETTE.muted : PALETTE.ink),
        }),
        Plot.ruleX([100], { stroke: PALETTE.ink, strokeDasharray: '3,2' }),
        Plot.ruleX([0], { stroke: PALETTE.muted }),
      ],
    },
  );
}
