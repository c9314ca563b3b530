/**
 * The landing contract's sources, in contract order: one declaration per source in
 * pipelines/contract/sources/ (see source-declaration.ts for what a declaration says). File-level
 * rules (required columns, raw table layout) are enforced from here; value-level rules (dates,
 * counts, code lists, amounts) live in the dbt models, whose source list (macros/fuentes.sql) is
 * generated from these declarations by `npm run fuentes`.
 */
import { isCountSource, type CountSource, type MeasureDeclaration, type SourceDeclaration } from './source-declaration.js';
import { capacitaciones } from './sources/capacitaciones.js';
import { carnets } from './sources/carnets.js';
import { certificaciones } from './sources/certificaciones.js';
import { compras } from './sources/compras.js';
import { derivaciones } from './sources/derivaciones.js';
import { flujo } from './sources/flujo.js';
import { metas } from './sources/metas.js';
import { nacionalidad } from './sources/nacionalidad.js';
import { pasaportes } from './sources/pasaportes.js';
import { pni } from './sources/pni.js';
import { prechequeo } from './sources/prechequeo.js';
import { presupuesto } from './sources/presupuesto.js';
import { resguardos } from './sources/resguardos.js';
import { residencias } from './sources/residencias.js';
import { retornados } from './sources/retornados.js';
import { visas } from './sources/visas.js';

export type {
  CoarseGrid,
  ComparisonTable,
  CountSource,
  CountUnit,
  CuadroTable,
  Dimension,
  LandingColumn,
  LandingSource,
  MartTable,
  MemoriaService,
  Protection,
  SourceKind,
  SourceOrigin,
} from './source-declaration.js';
export { COUNT_UNIT_NAMES, COUNT_UNIT_TEXT, PERSON_KEY } from './source-declaration.js';

export const landingSources: readonly SourceDeclaration[] = [
  pasaportes,
  residencias,
  visas,
  nacionalidad,
  certificaciones,
  flujo,
  prechequeo,
  retornados,
  resguardos,
  derivaciones,
  carnets,
  capacitaciones,
  presupuesto,
  compras,
  pni,
  metas,
];

/** The count sources, in contract order. */
export const countSources: readonly CountSource[] = landingSources.filter(isCountSource);

/** A measure with the source whose monthly mart it sums. */
export interface Measure extends MeasureDeclaration {
  readonly source: CountSource;
  /** The mart in schema `marts` (`<source>_mensual`). */
  readonly mart: string;
  /** Counts a protected population: only its month and period totals may be printed. */
  readonly sensible: boolean;
}

/** True when every cell the measure sums counts a protected population. */
function countsProtectedCells(source: CountSource, measure: MeasureDeclaration): boolean {
  const cells = source.protection?.cells;
  if (cells === undefined || typeof cells !== 'object') return cells === 'all';
  if (!('where' in cells)) return false;
  return Object.entries(cells.where).every(([column, value]) => measure.filtro?.[column] === value);
}

/** Every measure of every count source, in contract order. */
export const measures: readonly Measure[] = countSources.flatMap((source) =>
  source.measures.map((measure) => ({ ...measure, source, mart: `${source.name}_mensual`, sensible: countsProtectedCells(source, measure) })),
);

/** Returns the source definition for a landing folder name, or undefined. */
export function findSource(name: string): SourceDeclaration | undefined {
  return landingSources.find((source) => source.name === name);
}

/** Returns the count source of that name, or undefined. */
export function findCountSource(name: string): CountSource | undefined {
  return countSources.find((source) => source.name === name);
}

/** Returns the measure of that key, or undefined. */
export function findMeasure(key: string): Measure | undefined {
  return measures.find((measure) => measure.key === key);
}

/** Header synonyms applied after folding (`Año` folds to `ano`). */
export const headerSynonyms: Readonly<Record<string, string>> = { ano: 'anio' };
