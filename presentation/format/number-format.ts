/**
 * Numbers as the Memoria prints them, in every output: comma thousands and dot decimals (`398,437`,
 * `$ 19,442,720.00`, `21.80 %`) and the minus sign (U+2212) for negatives, never a hyphen. Money and
 * percentages arrive as exact decimal strings from the warehouse (DECIMAL cast to VARCHAR), so they
 * are formatted as text and never pass through a float; chart ticks and labels (at the end) format
 * the numbers a chart computes.
 */

import { SYMBOLS, type SymbolName } from './symbols.js';

/** What a text prints where there is no figure: not available (tables say why with their own sign). */
export const NO_FIGURE = SYMBOLS.notAvailable;

/** The minus sign (U+2212): a hyphen is not a minus in typeset figures. */
export const MINUS = '\u2212';

/** The space inside `$ 1,038.00` and `21.80 %`: non-breaking, so a line never ends between them. */
export const FIGURE_SPACE = '\u00a0';

/** Returns a decimal string (`-1234567.5`) with comma thousands, keeping its decimals exactly as given. */
export function groupThousands(decimal: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(decimal.trim());
  if (!match) throw new Error(`No es un número decimal: «${decimal}».`);
  const [, sign, whole, fraction = ''] = match;
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign ? MINUS : ''}${grouped}${fraction}`;
}

/** Returns a count as printed (`398,437`, `-477`), or the no-figure mark for null. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return NO_FIGURE;
  if (!Number.isSafeInteger(value)) throw new Error(`Se esperaba una cantidad entera: ${value}.`);
  return groupThousands(String(value));
}

/** Returns a count as a table cell: zero as `–`, a missing figure as the sign of why it is missing. */
export function formatCountOrDash(value: number | null | undefined, missing: SymbolName = 'notAvailable'): string {
  if (value === null || value === undefined) return SYMBOLS[missing];
  return value === 0 ? SYMBOLS.zero : formatCount(value);
}

/** Returns an amount in dollars as printed (`$ 19,442,720.00`), or the no-figure mark for null. */
export function formatMoney(amount: string | null | undefined): string {
  if (amount === null || amount === undefined) return NO_FIGURE;
  const [whole, fraction = ''] = amount.trim().split('.');
  const cents = `${fraction}00`.slice(0, Math.max(2, fraction.length));
  const grouped = groupThousands(`${whole}.${cents}`);
  return grouped.startsWith(MINUS) ? `${MINUS}$${FIGURE_SPACE}${grouped.slice(1)}` : `$${FIGURE_SPACE}${grouped}`;
}

/** Returns a percentage given as a decimal string (`21.80`) as printed (`21.80 %`), or the no-figure mark. */
export function formatPercent(percent: string | null | undefined): string {
  if (percent === null || percent === undefined) return NO_FIGURE;
  return `${groupThousands(percent)}${FIGURE_SPACE}%`;
}

/** Returns a signed count for a change (`+2,014,145`, `−477`, `0`); a missing change is the given sign. */
export function formatChange(value: number | null | undefined, missing: SymbolName = 'notAvailable'): string {
  if (value === null || value === undefined) return SYMBOLS[missing];
  return value > 0 ? `+${formatCount(value)}` : formatCount(value);
}

/** Returns a signed percentage for a change (`+21.80 %`, `−16.93 %`, `0.00 %`); a missing one is the given sign. */
export function formatPercentChange(percent: string | null | undefined, missing: SymbolName = 'notApplicable'): string {
  if (percent === null || percent === undefined) return SYMBOLS[missing];
  const positive = !percent.startsWith('-') && /[1-9]/.test(percent);
  return `${positive ? '+' : ''}${formatPercent(percent)}`;
}

/**
 * Returns `numerator / denominator × 100` of whole numbers as decimal text with 2 decimals, rounded
 * half away from zero in exact integer arithmetic as the warehouse rounds (`108.80`); null for a
 * zero denominator.
 */
export function ratioPercent(numerator: number, denominator: number): string | null {
  if (denominator === 0 || !Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return null;
  const n = BigInt(Math.abs(numerator));
  const d = BigInt(Math.abs(denominator));
  const hundredths = (n * 20000n + d) / (2n * d);
  const negative = numerator !== 0 && Math.sign(numerator) !== Math.sign(denominator);
  const text = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
  return negative && hundredths > 0n ? `-${text}` : text;
}

/** Returns the exact sum of amounts given as decimal text (`3441009.12`), as decimal text with 2 decimals. */
export function sumMoney(amounts: readonly (string | null | undefined)[]): string {
  let cents = 0n;
  for (const amount of amounts) {
    if (amount === null || amount === undefined) continue;
    const [whole, fraction = ''] = amount.trim().split('.');
    const negative = whole.startsWith('-');
    const value = BigInt(whole.replace('-', '')) * 100n + BigInt(`${fraction}00`.slice(0, 2));
    cents += negative ? -value : value;
  }
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Returns `text` (a formatted magnitude) with the minus sign when `value` is negative and does not round to zero. */
function signed(value: number, text: string): string {
  return value < 0 && /[1-9]/.test(text) ? `${MINUS}${text}` : text;
}

/** Returns a number with comma thousands and at most `decimals` decimals (`398,437`, `21.8`, `−477`): chart labels. */
export function thousands(value: number, decimals = 0): string {
  return signed(value, Math.abs(value).toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 }));
}

/** Returns an axis tick as the Memoria prints numbers (`250,000`, `1,500,000`, `−20,000`). */
export function axisNumber(value: number): string {
  return thousands(value);
}

/** Returns an amount of dollars for an axis tick, in millions past one million (`$ 500,000`, `$ 15 M`, `−$ 2 M`). */
export function axisMoney(value: number): string {
  const magnitude = Math.abs(value);
  const text = magnitude >= 1_000_000 ? `$ ${thousands(magnitude / 1_000_000, 1)} M` : `$ ${thousands(magnitude)}`;
  return signed(value, text);
}

/** Returns a percentage label of a computed share with two decimals (`108.80 %`, `−16.93 %`). */
export function percentLabel(value: number): string {
  return `${signed(value, Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }))} %`;
}

/** Returns a percentage axis tick without decimals beyond the tick's own (`100 %`, `−20 %`). */
export function axisPercent(value: number): string {
  return `${thousands(value, 2)} %`;
}
