import { PALETTE } from '../../reports/charts/chart-palette.js';

/** The PNI statuses in display order (pni_avance.estado), with their Spanish labels. */
export const PNI_STATUSES = [
  { codigo: 'cumplida', etiqueta: 'Cumplida', color: PALETTE.current },
  { codigo: 'en_curso', etiqueta: 'En curso', color: '#5b8fc7' },
  { codigo: 'en_riesgo', etiqueta: 'En riesgo', color: PALETTE.accent },
  { codigo: 'rezagada', etiqueta: 'Rezagada', color: '#b3261e' },
  { codigo: 'sin_datos', etiqueta: 'Sin datos', color: '#d5dbe3' },
] as const;

/** Returns the Spanish label of a PNI status code (the code itself when unknown). */
export function statusLabel(code: string): string {
  return PNI_STATUSES.find((status) => status.codigo === code)?.etiqueta ?? code;
}

/** Plot colour scale options mapping the status labels to their colours. */
export const statusColorScale = {
  domain: PNI_STATUSES.map((status) => status.etiqueta),
  range: PNI_STATUSES.map((status) => status.color),
  legend: false,
} as const;
