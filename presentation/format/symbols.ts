/**
 * The conventional signs every output prints where a table has no plain figure (as INE and DANE
 * do): one sign per meaning, the same in the PDFs, the dashboards and the open data's flags, and
 * the one legend that explains them.
 */

export const SYMBOLS = {
  /** The figure is zero (nothing happened). */
  zero: '–',
  /** Nobody reported it, or the source does not record it. */
  notAvailable: '..',
  /** Withheld for confidentiality (disclosure control). */
  suppressed: 'x',
  /** The figure has no meaning here (a change against zero, a total of unlike things). */
  notApplicable: 'n.a.',
} as const;

export type SymbolName = keyof typeof SYMBOLS;

const MEANINGS: Record<SymbolName, string> = {
  zero: 'cero (no hubo casos)',
  notAvailable: 'dato no disponible (no reportado o no registrado por la fuente)',
  suppressed: 'cifra confidencial, no publicada para proteger a las personas',
  notApplicable: 'no aplica (por ejemplo, una variación porcentual sobre cero)',
};

/** The legend, one entry per sign, in a fixed order. */
export const SYMBOL_LEGEND: readonly { readonly symbol: string; readonly meaning: string }[] = (Object.keys(SYMBOLS) as SymbolName[]).map((name) => ({
  symbol: SYMBOLS[name],
  meaning: MEANINGS[name],
}));

/** Returns the legend as one line (`Signos: – cero; .. dato no disponible; …`). */
export function symbolLegendText(): string {
  return `Signos convencionales: ${SYMBOL_LEGEND.map((entry) => `${entry.symbol} ${entry.meaning}`).join('; ')}.`;
}
