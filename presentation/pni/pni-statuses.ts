import { PALETTE } from '../charts/chart-palette.js';

/** A PNI indicator's status in a year (`pni_avance.estado`). */
export type PniStatus = 'cumplida' | 'en_curso' | 'en_riesgo' | 'rezagada' | 'sin_datos';

/** How a status is shown: its Spanish label, its colour and the colour of text written on that colour. */
export interface PniStatusStyle<Code extends string = PniStatus> {
  readonly estado: Code;
  readonly etiqueta: string;
  readonly color: string;
  /** White on the dark colours, the ink on the light ones (contrast of at least 4.5:1 either way). */
  readonly texto: string;
}

const WHITE = '#ffffff';

/**
 * The PNI statuses in reading order: one palette for the PNI report and the dashboards (the one
 * the PDF prints). Against white, cumplida has a contrast of 11.4:1, en curso 5.6:1 and rezagada
 * 6.2:1; en riesgo is the palette's accent (2.7:1) and sin datos a light fill that means "nothing
 * to show" (1.5:1).
 */
export const PNI_STATUSES: readonly PniStatusStyle[] = [
  { estado: 'cumplida', etiqueta: 'Cumplida', color: PALETTE.current, texto: WHITE },
  { estado: 'en_curso', etiqueta: 'En curso', color: PALETTE.mid, texto: WHITE },
  { estado: 'en_riesgo', etiqueta: 'En riesgo', color: PALETTE.accent, texto: PALETTE.ink },
  { estado: 'rezagada', etiqueta: 'Rezagada', color: '#a3432f', texto: WHITE },
  { estado: 'sin_datos', etiqueta: 'Sin datos', color: '#c9d3df', texto: PALETTE.ink },
];

/** An indicator whose period has not started in the reporting year (the PNI report's bars show them after the statuses). */
export const NOT_STARTED: PniStatusStyle<'no_iniciado'> = { estado: 'no_iniciado', etiqueta: 'No iniciado', color: '#eef1f5', texto: PALETTE.ink };

/** Returns the Spanish label of a PNI status code (the code itself when unknown). */
export function statusLabel(code: string): string {
  return PNI_STATUSES.find((status) => status.estado === code)?.etiqueta ?? code;
}

/** Returns the colour of text written on a status given by its Spanish label (the ink when unknown). */
export function statusTextColor(label: string): string {
  return PNI_STATUSES.find((status) => status.etiqueta === label)?.texto ?? PALETTE.ink;
}

/** Plot colour scale options mapping the status labels to their colours. */
export const statusColorScale = {
  domain: PNI_STATUSES.map((status) => status.etiqueta),
  range: PNI_STATUSES.map((status) => status.color),
  legend: false,
} as const;
