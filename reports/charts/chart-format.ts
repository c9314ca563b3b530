/** Spanish number and month formats for chart ticks and labels, as the Memoria prints numbers. */

const SHORT_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

/** Returns a number with comma thousands and at most `decimals` decimals (`398,437`, `21.8`). */
export function thousands(value: number, decimals = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

/** Returns an axis tick as the Memoria prints numbers (`250,000`, `1,500,000`). */
export function axisNumber(value: number): string {
  return thousands(value);
}

/** Returns an amount of dollars for an axis tick, in millions past one million (`$ 500,000`, `$ 15 M`). */
export function axisMoney(value: number): string {
  return Math.abs(value) >= 1_000_000 ? `$ ${thousands(value / 1_000_000, 1)} M` : `$ ${thousands(value)}`;
}

/** Returns a percentage label with two decimals (`108.80 %`). */
export function percentLabel(value: number): string {
  return `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;
}

/** Returns the short Spanish name of a month `YYYY-MM` (`jun`), with its year when asked (`jun 23`). */
export function monthTick(month: string, withYear = false): string {
  const name = SHORT_MONTHS[Number(month.slice(5, 7)) - 1];
  return withYear ? `${name} ${month.slice(2, 4)}` : name;
}
