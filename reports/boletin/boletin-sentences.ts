/**
 * The bulletin's key results as Spanish sentences generated from the figures (never typed by
 * hand): a service's month against the same month a year earlier and its year to date against the
 * same months a year earlier, saying whether each rose or fell, by how much, and in what unit.
 */
import { yearBefore } from '../../pipelines/time/reporting-period.js';
import { formatCount, formatPercent } from '../../presentation/format/number-format.js';
import { MONTH_NAMES, monthName } from '../../presentation/format/period-labels.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import { countWithUnit, type Unit } from '../memoria/figure-sentences.js';
import type { BulletinFigures } from './boletin-data.js';

/** The figures one key result states: null where the disclosure control withheld the figure. */
export interface KeyResultInput extends Omit<BulletinFigures, 'medida'> {
  readonly unidad: Unit;
  /** The bulletin's month (`YYYY-MM`). */
  readonly month: string;
}

/** Returns `a` + a label, contracted before `el` (`al mismo periodo de 2023`). */
const toLabel = (label: string) => (label.startsWith('el ') ? `al ${label.slice(3)}` : `a ${label}`);

/** Returns the size of a change in words (`204.28 %`, `menos del 0.01 %`). */
function size(pct: string | null): string {
  if (pct === null || /^-?0\.00$/.test(pct)) return 'menos del 0.01 %';
  return formatPercent(pct.replace(/^-/, ''));
}

/**
 * Returns how a figure moved against its comparison (`aumentó 12.50 % frente a marzo de 2023
 * (1,200)`); `down` is the verb of a decrease (`disminuyó` or `bajó`), so that the month and the
 * year to date of one service do not repeat a word.
 */
export function movement(actual: number, previous: number | null, pct: string | null, previousLabel: string, down: 'disminuyó' | 'bajó'): string {
  if (previous === null) return `no se compara con ${previousLabel}, cuya cifra está protegida (${SYMBOLS.suppressed})`;
  if (previous === 0) return actual === 0 ? `tampoco tuvo registros en ${previousLabel}` : `no tiene base de comparación, pues en ${previousLabel} no hubo registros`;
  if (actual === previous) return `no varió frente ${toLabel(previousLabel)} (${formatCount(previous)})`;
  return `${actual > previous ? 'aumentó' : down} ${size(pct)} frente ${toLabel(previousLabel)} (${formatCount(previous)})`;
}

/** Returns the month's sentence: the count with its unit and how it moved against the same month a year earlier. */
export function monthResult(input: KeyResultInput): string {
  const { month, unidad, mes } = input;
  const previousLabel = monthName(yearBefore(month));
  if (mes === null) return `La cifra de ${unidad.plural} de ${monthName(month)} no se publica, para proteger a las personas (${SYMBOLS.suppressed}).`;
  if (mes === 0 && input.mes_anterior === 0) return `En ${monthName(month)} no se registraron ${unidad.plural}, como tampoco en ${previousLabel}.`;
  if (mes === 0) return `En ${monthName(month)} no se registraron ${unidad.plural}: la cifra ${movement(0, input.mes_anterior, input.variacion_mes_pct, previousLabel, 'disminuyó')}.`;
  const verb = mes === 1 ? 'se registró' : 'se registraron';
  return `En ${monthName(month)} ${verb} ${countWithUnit(mes, unidad)}: la cifra ${movement(mes, input.mes_anterior, input.variacion_mes_pct, previousLabel, 'disminuyó')}.`;
}

/** Returns the year to date's sentence (none in January, when it is the month itself). */
export function yearToDateResult(input: KeyResultInput): string | undefined {
  const { month, unidad, acumulado } = input;
  if (month.endsWith('-01')) return undefined;
  const span = `enero a ${MONTH_NAMES[Number(month.slice(5, 7)) - 1]}`;
  const year = month.slice(0, 4);
  const previousLabel = `el mismo periodo de ${Number(year) - 1}`;
  if (acumulado === null) return `El acumulado de ${span} de ${year} no se publica, para proteger a las personas (${SYMBOLS.suppressed}).`;
  if (acumulado === 0) return `De ${span} de ${year} no se registraron ${unidad.plural}${input.acumulado_anterior ? `, frente a ${formatCount(input.acumulado_anterior)} en ${previousLabel}` : ''}.`;
  return `De ${span} de ${year} suman ${countWithUnit(acumulado, unidad)}, un acumulado que ${movement(acumulado, input.acumulado_anterior, input.variacion_acumulado_pct, previousLabel, 'bajó')}.`;
}

/** Returns a service's key result: the month's sentence and, after January, the year to date's. */
export function keyResult(input: KeyResultInput): string {
  return [monthResult(input), yearToDateResult(input)].filter(Boolean).join(' ');
}

/** A service's change in the month, for naming the largest ones. */
export interface ServiceChange {
  readonly nombre: string;
  readonly mes: number | null;
  readonly mes_anterior: number | null;
  readonly variacion_mes_pct: string | null;
}

const lowerFirst = (text: string) => (/^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/**
 * Returns a sentence naming the largest increases and decreases of the month in percent (`top` of
 * each, largest first) among services with published figures and a comparison base, or undefined.
 */
export function largestChangesSentence(changes: readonly ServiceChange[], previousLabel: string, top = 3): string | undefined {
  const comparable = changes
    .filter((change) => change.mes !== null && change.mes_anterior !== null && change.mes_anterior > 0 && change.variacion_mes_pct !== null && change.mes !== change.mes_anterior)
    .map((change) => ({ ...change, pct: Number(change.variacion_mes_pct) }));
  const item = (change: (typeof comparable)[number]) => `${lowerFirst(change.nombre)} (${change.pct > 0 ? '+' : '−'}${size(change.variacion_mes_pct)})`;
  const list = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} y ${items.at(-1)}` : items[0]);
  const up = comparable.filter((change) => change.pct > 0).sort((a, b) => b.pct - a.pct);
  const down = comparable.filter((change) => change.pct < 0).sort((a, b) => a.pct - b.pct);
  const parts: string[] = [];
  // The verb agrees with «la cifra» / «las cifras», whatever the services' names.
  const named = (changes: typeof up, one: string, many: string) => {
    const shown = changes.slice(0, top);
    return shown.length === 1 ? `${one} la cifra de ${item(shown[0])}` : `${many} las cifras de ${list(shown.map(item))}`;
  };
  if (up.length) parts.push(named(up, 'aumentó sobre todo', 'aumentaron sobre todo'));
  if (down.length) parts.push(named(down, 'disminuyó', 'disminuyeron'));
  else if (up.length) parts.push('ninguna disminuyó');
  if (!parts.length) return undefined;
  return `Frente a ${previousLabel}, ${parts.join('; ')}.`;
}
