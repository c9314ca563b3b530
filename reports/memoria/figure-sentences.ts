import { formatCount, formatPercent } from '../pdf/number-format.js';
import type { PeriodTotals } from './mart-rows.js';

/**
 * Spanish sentences that state figures, generated from the data: a total with its unit, and its
 * change against the comparison period (increase, decrease, no change, or no comparison base).
 */

export interface Unit {
  readonly singular: string;
  readonly plural: string;
}

/** Returns a count with its unit, in singular or plural (`398,437 pasaportes emitidos`, `1 constancia emitida`). */
export function countWithUnit(value: number, unit: Unit): string {
  return `${formatCount(value)} ${value === 1 ? unit.singular : unit.plural}`;
}

/**
 * Returns the change of a total against the comparison period as a clause that completes a sentence
 * (`un incremento del 21.80 % en comparación con el periodo anterior (9,240,816)`).
 */
export function changeClause(totals: PeriodTotals, previousLabel = 'el periodo anterior'): string {
  const { anterior, actual, variacion, variacion_pct: pct } = totals;
  if (anterior === null || actual === null || variacion === null) return `sin datos ${contractDe(previousLabel)} para comparar`;
  if (anterior === 0 && actual === 0) return `sin registros tampoco en ${previousLabel}`;
  if (anterior === 0) return `sin base de comparación, pues en ${previousLabel} no hubo registros`;
  if (variacion === 0) return `la misma cifra que en ${previousLabel}, sin variación`;
  const direction = variacion > 0 ? 'un incremento' : 'una disminución';
  const size = pct === null || /^-?0\.00$/.test(pct) ? 'de menos del 0.01 %' : `del ${formatPercent(pct.replace(/^-/, ''))}`;
  return `${direction} ${size} en comparación con ${previousLabel} (${formatCount(anterior)})`;
}

/** Returns `de` + a noun phrase with Spanish contraction (`del periodo anterior`). */
function contractDe(phrase: string): string {
  return phrase.startsWith('el ') ? `del ${phrase.slice(3)}` : `de ${phrase}`;
}

/**
 * Returns a full sentence stating a period total and its change, e.g. for a service; `detail` (a
 * parenthesis such as the split by sex) follows the count.
 */
export function totalSentence(totals: PeriodTotals, unit: Unit, detail?: string): string {
  if (totals.suprimida) return `La cifra de ${unit.plural} del periodo no se publica, para proteger a las personas (ver la nota sobre la protección de las personas).`;
  const actual = totals.actual ?? 0;
  if (actual === 0 && !totals.anterior) return `No se registraron ${unit.plural} en el periodo.`;
  if (actual === 0) return `No se registraron ${unit.plural} en el periodo, frente a ${formatCount(totals.anterior)} en el periodo anterior.`;
  const stated = actual === 1 ? `Se reporta ${countWithUnit(actual, unit)}` : `Se reporta un total de ${countWithUnit(actual, unit)}`;
  return `${stated}${detail ? ` ${detail}` : ''}, ${changeClause(totals)}.`;
}

/** Returns the reporting period's count with its unit, or says that it is protected when the disclosure control suppressed it. */
export function periodCount(totals: PeriodTotals, unit: Unit): string {
  return totals.suprimida && totals.actual === null ? `un número no publicado de ${unit.plural} (cifra protegida)` : countWithUnit(totals.actual ?? 0, unit);
}

/** Returns how much of a target was achieved, e.g. `398,437 de 366,200 proyectados (108.80 %)`. */
export function attainmentText(achieved: number | null, target: number, percent: string | null): string {
  if (achieved === null) return `sin datos frente a ${formatCount(target)} proyectados`;
  return `${formatCount(achieved)} de ${formatCount(target)} proyectados (${formatPercent(percent)})`;
}

/** Returns a Spanish list (`a, b y c`). */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}
