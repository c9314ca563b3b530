import { formatCount, formatPercent, MINUS } from '../../presentation/format/number-format.js';
import type { PeriodTotals } from './measure-figures.js';

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
 * (`un incremento del 21.80 % en comparación con el periodo anterior (9,240,816)`). `variant` picks
 * one of three wordings, so that a report stating a dozen changes does not repeat one sentence.
 */
export function changeClause(totals: PeriodTotals, previousLabel = 'el periodo anterior', variant = 0): string {
  const { anterior, actual, variacion, variacion_pct: pct } = totals;
  if (anterior === null || actual === null || variacion === null) return `sin datos ${contractDe(previousLabel)} para comparar`;
  if (anterior === 0 && actual === 0) return `sin registros tampoco en ${previousLabel}`;
  if (anterior === 0) return `sin base de comparación, pues en ${previousLabel} no hubo registros`;
  if (variacion === 0) return `la misma cifra que en ${previousLabel}, sin variación`;
  const up = variacion > 0;
  const size = pct === null || /^-?0\.00$/.test(pct) ? 'menos del 0.01 %' : formatPercent(pct.replace(/^-/, ''));
  const small = size === 'menos del 0.01 %';
  switch (variant % 3) {
    case 1:
      return `${small ? 'prácticamente igual que' : `${size} ${up ? 'más' : 'menos'} que`} en ${previousLabel} (${formatCount(anterior)})`;
    case 2:
      return `frente a ${formatCount(anterior)} en ${previousLabel} (${up ? 'aumento' : 'disminución'} de ${size})`;
    default:
      return `${up ? 'un incremento' : 'una disminución'} ${small ? 'de' : 'del'} ${size} en comparación con ${previousLabel} (${formatCount(anterior)})`;
  }
}

/** A measure's change, for ranking the largest ones. */
export interface RankedChange {
  readonly nombre: string;
  readonly totals: PeriodTotals;
}

/**
 * Returns a sentence naming the largest increases and the decreases (in percent, over measures with
 * a comparison base and published totals), largest first: what a reader should notice.
 */
export function rankedChangesSentence(changes: readonly RankedChange[], top = 3): string | undefined {
  const comparable = changes
    .filter((change) => change.totals.variacion_pct !== null && change.totals.variacion !== null && change.totals.variacion !== 0 && !change.totals.suprimida)
    .map((change) => ({ ...change, pct: Number(change.totals.variacion_pct) }));
  const increases = comparable
    .filter((change) => change.pct > 0)
    .sort((a, b) => b.pct - a.pct)
    .slice(0, top);
  const decreases = comparable
    .filter((change) => change.pct < 0)
    .sort((a, b) => a.pct - b.pct)
    .slice(0, top);
  const item = (change: (typeof comparable)[number]) => `${change.nombre.toLowerCase()} (${formatPercentChangeWords(change.totals.variacion_pct!)})`;
  const parts: string[] = [];
  if (increases.length) parts.push(`${increases.length === 1 ? 'El mayor aumento fue el de' : 'Los mayores aumentos fueron los de'} ${listText(increases.map(item))}`);
  if (decreases.length) parts.push(`${decreases.length === 1 ? 'disminuyó' : 'disminuyeron'} ${listText(decreases.map(item))}`);
  else if (increases.length) parts.push('ningún servicio disminuyó');
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

/** Returns a signed percentage for running text (`+241.93 %`, `−16.93 %`). */
function formatPercentChangeWords(pct: string): string {
  return pct.startsWith('-') ? `${MINUS}${formatPercent(pct.slice(1))}` : `+${formatPercent(pct)}`;
}

/** Returns `de` + a noun phrase with Spanish contraction (`del periodo anterior`). */
function contractDe(phrase: string): string {
  return phrase.startsWith('el ') ? `del ${phrase.slice(3)}` : `de ${phrase}`;
}

/**
 * Returns a full sentence stating a period total and its change, e.g. for a service; `detail` (a
 * parenthesis such as the split by sex) follows the count.
 */
export function totalSentence(totals: PeriodTotals, unit: Unit, detail?: string, variant = 0): string {
  if (totals.suprimida) return `La cifra de ${unit.plural} del periodo no se publica, para proteger a las personas (ver la nota sobre la protección de las personas).`;
  const actual = totals.actual ?? 0;
  if (actual === 0 && !totals.anterior) return `No se registraron ${unit.plural} en el periodo.`;
  if (actual === 0) return `No se registraron ${unit.plural} en el periodo, frente a ${formatCount(totals.anterior)} en el periodo anterior.`;
  const counted = countWithUnit(actual, unit);
  const openings =
    actual === 1
      ? [`Se reporta ${counted}`, `En el periodo se registró ${counted}`, `El periodo cerró con ${counted}`]
      : [`Se reporta un total de ${counted}`, `En el periodo se registraron ${counted}`, `El periodo cerró con ${counted}`];
  const stated = openings[variant % 3];
  return `${stated}${detail ? ` ${detail}` : ''}, ${changeClause(totals, 'el periodo anterior', variant)}.`;
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
