/**
 * Spanish number and month formats for chart ticks and labels, as the Memoria prints numbers:
 * comma thousands and the minus sign (U+2212) for negatives, never a hyphen.
 */
import { MINUS } from '../pdf/number-format.js';

const SHORT_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

/** Returns `text` (a formatted magnitude) with the minus sign when `value` is negative and does not round to zero. */
function signed(value: number, text: string): string {
  return value < 0 && /[1-9]/.test(text) ? `${MINUS}${text}` : text;
}

/** Returns a number with comma thousands and at most `decimals` decimals (`398,437`, `21.8`, `−477`). */
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

/** Returns a percentage label with two decimals (`108.80 %`, `−16.93 %`). */
export function percentLabel(value: number): string {
  return `${signed(value, Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }))} %`;
}

/** Returns a percentage axis tick without decimals beyond the tick's own (`100 %`, `−20 %`). */
export function axisPercent(value: number): string {
  return `${thousands(value, 2)} %`;
}

/** Returns the short Spanish name of a month `YYYY-MM` (`jun`), with its year when asked (`jun 23`). */
export function monthTick(month: string, withYear = false): string {
  const name = SHORT_MONTHS[Number(month.slice(5, 7)) - 1];
  return withYear ? `${name} ${month.slice(2, 4)}` : name;
}
