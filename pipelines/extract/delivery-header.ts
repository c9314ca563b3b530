import { headerSynonyms, type LandingSource } from '../contract/landing-sources.js';
import { fold } from './fold.js';

export interface HeaderMapping {
  /** Folded name of every column in file order (empty names become `columna_<n>`). */
  readonly names: string[];
  readonly extras: string[];
  readonly missingRequired: string[];
  readonly duplicates: string[];
}

/** Returns the folded header of a delivery matched against its source's contract columns. */
export function mapHeader(source: LandingSource, header: string[]): HeaderMapping {
  const names = header.map((cell, index) => {
    const folded = fold(cell);
    if (folded === '') return `columna_${index + 1}`;
    return headerSynonyms[folded] ?? folded;
  });
  const known = new Set(source.columns.map((column) => column.name));
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) duplicates.add(name);
    seen.add(name);
  }
  return {
    names,
    extras: names.filter((name) => !known.has(name)),
    missingRequired: source.columns.filter((column) => column.required && !seen.has(column.name)).map((column) => column.name),
    duplicates: [...duplicates],
  };
}
