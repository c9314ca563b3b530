/**
 * Returns a printed figure as a number with its Excel format (`398,437` → 398437 `#,##0`;
 * `21.80 %` → 0.218 `0.00 %`; `$1,234.50` → 1234.5), or undefined for text and signs (`x`, `–`).
 */
export function printedNumber(text: string): { value: number; format: string } | undefined {
  // Signs as printed: `+983,267`, `−1,200`; spaces (plain or no-break) after `$` and before `%`.
  const match = /^([-−+]?)(\$?)[\s\u00a0\u202f]*(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?([\s\u00a0\u202f]*%)?$/.exec(text.trim());
  if (!match) return undefined;
  const [, sign, dollar, whole, decimals = '', percent] = match;
  const value = Number(`${sign === '+' ? '' : sign ? '-' : ''}${whole!.replace(/,/g, '')}${decimals ? `.${decimals}` : ''}`);
  const digits = decimals.length ? `.${'0'.repeat(decimals.length)}` : '';
  const signed = sign === '+';
  if (percent) return { value: Number((value / 100).toFixed(decimals.length + 2)), format: signed ? `+0${digits} %;-0${digits} %` : `0${digits} %` };
  // A bare number printed without separators (a year, a small count) keeps its look.
  const number = `${dollar ? '"$" ' : ''}${whole!.includes(',') || dollar ? '#,##0' : '0'}${digits}`;
  return { value, format: signed ? `+${number};-${number}` : number };
}
