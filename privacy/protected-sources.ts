/**
 * What outputs.md protects, source by source: the finest grid each publishes (its monthly mart),
 * which of its cells count a protected population, the coarser grids published beside it, the
 * cuadros of the Memoria that add it up over a period, and the measures the reports print.
 */

import { countSources, type CoarseGrid, type Protection } from '../pipelines/contract/landing-sources.js';

type Dims = Readonly<Record<string, string>>;

/** The code a merged rare category is published under. */
export const MERGED_CODE = 'otras';

export type { CoarseGrid } from '../pipelines/contract/landing-sources.js';

export interface ProtectedSource {
  /** The count source (landing contract). */
  readonly source: string;
  /** Its monthly mart: the finest grid published, and the cells an attacker does not know. */
  readonly mart: string;
  readonly dimensions: readonly string[];
  /** True when a cell counts people of a protected population (small ones are suppressed). */
  readonly isSensitive: (dims: Dims) => boolean;
  /** A dimension whose rare values are merged into `otras` before publishing (the registry's nationality). */
  readonly mergeRare?: string;
  /** Dimensions derived from another through a reference table, for coarser grids (`region` of `nacionalidad`). */
  readonly derived?: Readonly<Record<string, { readonly from: string; readonly table: string; readonly column: string }>>;
  readonly coarse: readonly CoarseGrid[];
  /** Cuadros of cuadros_memoria over this source: `codigo` is a value of `codeColumn` (or `total`). */
  readonly cuadros: readonly { readonly name: string; readonly codeColumn: string }[];
}

/** The sensitivity test of a declaration's `cells`: every cell, the cells naming a value of a column (a merged one is already coarse), or the cells with those values. */
function sensitivity(cells: Protection['cells']): (dims: Dims) => boolean {
  if (cells === 'all') return () => true;
  if ('naming' in cells) return (dims) => (dims[cells.naming] ?? '') !== '' && dims[cells.naming] !== MERGED_CODE;
  return (dims) => Object.entries(cells.where).every(([column, value]) => dims[column] === value);
}

/** Every count source whose declaration (pipelines/contract/sources/) says how it is protected. */
export const protectedSources: readonly ProtectedSource[] = countSources.flatMap((source) => {
  const protection = source.protection;
  if (!protection) return [];
  return [
    {
      source: source.name,
      mart: `${source.name}_mensual`,
      dimensions: protection.martDimensions ?? source.dimensions.map((dimension) => dimension.name),
      isSensitive: sensitivity(protection.cells),
      ...(protection.mergeRare ? { mergeRare: protection.mergeRare } : {}),
      ...(protection.derived ? { derived: protection.derived } : {}),
      coarse: protection.coarse ?? [],
      cuadros: protection.cuadros ?? [],
    },
  ];
});

/**
 * Cuadros that count people (distinct `persona` keys over a whole period, Tabla 22). People are
 * not a sum of months, so each period's M and F are finest cells of their own (`periodo` names the
 * span), and the total is their sum.
 */
export const PERSON_CUADROS: readonly { readonly name: string; readonly source: string }[] = [{ name: 'derivaciones_personas', source: 'derivaciones_personas' }];

/** The monthly totals of the protected measures, as the reports print them (a mart of its own). */
export const PRINTED_TOTALS = 'medidas_protegidas_mensual';

/** Their totals over the spans the reports print: both periods (also by sex), years to date, calendar years. */
export const PRINTED_SPANS = 'medidas_protegidas_periodo';

/** The operating plan's targets and their month-by-month execution (privacy/target-figures.ts). */
export const TARGET_DATASETS = ['metas_avance', 'metas_mensual'] as const;

/** Every dataset published after disclosure control: the monthly marts, their coarser grids, cuadros_memoria, the PNI values, the POA's execution. */
export const PROTECTED_DATASETS: ReadonlySet<string> = new Set([
  'cuadros_memoria',
  'pni_avance',
  ...TARGET_DATASETS,
  PRINTED_TOTALS,
  PRINTED_SPANS,
  ...protectedSources.flatMap((source) => [source.mart, ...source.coarse.map((grid) => grid.name)]),
]);
