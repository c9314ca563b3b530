/**
 * Folding as the landing contract defines it for header names and code values: trimmed,
 * lower-cased, accents removed (ñ → n), inner whitespace turned into `_`.
 * The dbt macro `fold_code` applies the same rule to values inside the warehouse.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');
}
