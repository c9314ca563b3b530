/**
 * Calendar quarters (`2024-T1`: enero a marzo de 2024) for the quarterly executive report: which
 * quarters an edition reports (those that end inside its period), their months and their Spanish names.
 */
import { MONTH_NAMES } from './period-labels.js';

/** A calendar quarter: its code, year, number and first and last months. */
export interface Quarter {
  /** `AAAA-Tn`, as the quarterly datasets write it (`2024-T1`). */
  readonly codigo: string;
  readonly anio: number;
  /** 1–4. */
  readonly numero: number;
  /** First month (`YYYY-MM`). */
  readonly desde: string;
  /** Last month (`YYYY-MM`). */
  readonly hasta: string;
}

const ORDINALS = ['Primer', 'Segundo', 'Tercer', 'Cuarto'] as const;
const month = (anio: number, mes: number) => `${anio}-${String(mes).padStart(2, '0')}`;

/** Returns quarter `numero` (1–4) of `anio`. */
export function quarter(anio: number, numero: number): Quarter {
  if (!Number.isInteger(numero) || numero < 1 || numero > 4) throw new Error(`Trimestre no válido: ${numero}`);
  return { codigo: `${anio}-T${numero}`, anio, numero, desde: month(anio, 3 * numero - 2), hasta: month(anio, 3 * numero) };
}

/** Returns the quarter a month (`YYYY-MM`) belongs to. */
export function quarterOf(mes: string): Quarter {
  return quarter(Number(mes.slice(0, 4)), Math.ceil(Number(mes.slice(5, 7)) / 3));
}

/** Returns the same quarter one year earlier. */
export function quarterYearBefore(q: Quarter): Quarter {
  return quarter(q.anio - 1, q.numero);
}

/**
 * Returns every calendar quarter whose last month falls inside `desde`..`hasta` (whole months), in
 * order: a period ending in the middle of a quarter leaves that quarter out, and a period starting
 * in the middle of one includes it (its first months come from the history before the period).
 */
export function quartersEndingIn(period: { readonly desde: string; readonly hasta: string }): Quarter[] {
  const quarters: Quarter[] = [];
  for (let q = quarterOf(period.desde); q.hasta <= period.hasta; q = q.numero === 4 ? quarter(q.anio + 1, 1) : quarter(q.anio, q.numero + 1)) {
    if (q.hasta >= period.desde) quarters.push(q);
  }
  return quarters;
}

/** Returns a quarter's name: `Primer trimestre de 2024`. */
export function quarterName(q: Quarter): string {
  return `${ORDINALS[q.numero - 1]} trimestre de ${q.anio}`;
}

/** Returns a quarter's months as running text without the year: `enero a marzo`. */
export function quarterMonths(q: Quarter): string {
  return `${MONTH_NAMES[3 * q.numero - 3]} a ${MONTH_NAMES[3 * q.numero - 1]}`;
}
