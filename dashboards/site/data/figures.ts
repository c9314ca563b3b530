import { SYMBOLS } from '../../../presentation/format/symbols.js';
import { formatCount, formatPercent, formatPercentChange, formatChange, ratioPercent } from '../../../presentation/format/number-format.js';

/** A figure as the pages receive it: a count, a suppressed cell (`suprimido`) or no data (null). */
export type Cifra = number | 'suprimido' | null;

export const SUPPRESSED = 'suprimido';

/** What a page prints where there is no figure: the conventional sign of the PDFs (presentation/format/symbols.ts). */
export const NO_DATA = SYMBOLS.notAvailable;

/** Returns a figure as a table or card prints it: `398,437`, `–` (zero), `x` (confidential) or `..` (no data). */
export function cifraText(cifra: Cifra): string {
  if (cifra === SUPPRESSED) return SYMBOLS.suppressed;
  if (cifra === null) return NO_DATA;
  return cifra === 0 ? SYMBOLS.zero : formatCount(cifra);
}

/** Returns a figure as a sentence says it: `398,437`, `0`, `una cifra confidencial` or `sin dato`. */
export function cifraWords(cifra: Cifra): string {
  if (cifra === SUPPRESSED) return 'una cifra confidencial';
  return cifra === null ? 'sin dato' : formatCount(cifra);
}

/** Returns the number of a figure, or null when it is suppressed or missing (charts draw nothing there). */
export function cifraValue(cifra: Cifra): number | null {
  return typeof cifra === 'number' ? cifra : null;
}

/** Returns the sum of figures: suppressed if any is, no data if all are missing. */
export function addCifras(cifras: readonly Cifra[]): Cifra {
  if (cifras.some((cifra) => cifra === SUPPRESSED)) return SUPPRESSED;
  const numbers = cifras.filter((cifra): cifra is number => typeof cifra === 'number');
  return numbers.length === 0 && cifras.length > 0 && cifras.every((cifra) => cifra === null) ? null : numbers.reduce((sum, value) => sum + value, 0);
}

/** A change between two periods, as printed (`+2,014,145`, `+21.80 %`); suppressed when either figure is. */
export interface Variation {
  readonly absoluta: string;
  readonly porcentaje: string;
  /** -1, 0 or 1; null when there is no change to speak of. */
  readonly signo: number | null;
}

/** Returns the change from `anterior` to `actual` (the percentage rounded as the warehouse rounds it). */
export function variation(actual: Cifra, anterior: Cifra): Variation {
  if (actual === SUPPRESSED || anterior === SUPPRESSED) return { absoluta: SYMBOLS.suppressed, porcentaje: SYMBOLS.suppressed, signo: null };
  if (actual === null || anterior === null) return { absoluta: NO_DATA, porcentaje: NO_DATA, signo: null };
  const change = actual - anterior;
  return { absoluta: formatChange(change), porcentaje: formatPercentChange(ratioPercent(change, anterior)), signo: Math.sign(change) };
}

/** Returns `part / whole × 100` as printed (`108.80 %`), or the sign of why there is none (`x`, `..`). */
export function shareText(part: Cifra, whole: Cifra): string {
  if (part === SUPPRESSED || whole === SUPPRESSED) return SYMBOLS.suppressed;
  if (part === null || whole === null) return NO_DATA;
  return formatPercent(ratioPercent(part, whole));
}

export { formatCount, formatPercent, ratioPercent };
