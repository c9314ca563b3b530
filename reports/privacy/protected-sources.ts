/**
 * What outputs.md protects, source by source: the finest grid each publishes (its monthly mart),
 * which of its cells count a protected population, the coarser grids published beside it, the
 * cuadros of the Memoria that add it up over a period, and the measures the reports print.
 */

type Dims = Readonly<Record<string, string>>;

/** The code a merged rare category is published under. */
export const MERGED_CODE = 'otras';

/** A coarser grid published whole: a mart that groups the source's monthly mart. */
export interface CoarseGrid {
  readonly name: string;
  /** Dimension columns kept (the rest are summed over). */
  readonly by: readonly string[];
  /** The time column: `mes` (AAAA-MM), `trimestre` (AAAA-Tn) or `anio` (AAAA). */
  readonly time: 'mes' | 'trimestre' | 'anio';
  /** Only the cells with these dimension values. */
  readonly where?: Dims;
}

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

// A register cell names a nationality; one merged into `otras` is already the coarser category outputs.md allows.
const byNationality = (dims: Dims) => (dims.nacionalidad ?? '') !== '' && dims.nacionalidad !== MERGED_CODE;

export const protectedSources: readonly ProtectedSource[] = [
  {
    source: 'retornados', mart: 'retornados_mensual', dimensions: ['via', 'sexo', 'grupo_edad', 'pais_procedencia'],
    isSensitive: () => true,
    coarse: [
      { name: 'retornados_ruta_mensual', by: ['via', 'sexo'], time: 'mes' },
      { name: 'retornados_nna_trimestral', by: ['sexo'], time: 'trimestre', where: { grupo_edad: 'nna' } },
    ],
    cuadros: [{ name: 'retornados_via', codeColumn: 'via' }],
  },
  {
    source: 'derivaciones', mart: 'derivaciones_mensual', dimensions: ['institucion', 'sexo'],
    isSensitive: () => true,
    coarse: [{ name: 'derivaciones_institucion_trimestral', by: ['institucion'], time: 'trimestre' }],
    cuadros: [{ name: 'derivaciones_institucion', codeColumn: 'institucion' }],
  },
  {
    source: 'resguardos', mart: 'resguardos_mensual', dimensions: ['nacionalidad', 'sexo'],
    isSensitive: () => true,
    derived: { region: { from: 'nacionalidad', table: 'paises', column: 'region' } },
    coarse: [{ name: 'resguardos_region_anual', by: ['region'], time: 'anio' }],
    cuadros: [],
  },
  {
    source: 'prechequeo', mart: 'prechequeo_mensual', dimensions: ['tipo', 'puesto', 'sexo'],
    isSensitive: (dims) => dims.tipo === 'autorizacion_salida_nna',
    coarse: [],
    cuadros: [],
  },
  {
    source: 'residencias', mart: 'residencias_mensual', dimensions: ['calidad', 'sexo', 'nacionalidad'],
    isSensitive: byNationality, mergeRare: 'nacionalidad',
    coarse: [{ name: 'residencias_calidad_mensual', by: ['calidad', 'sexo'], time: 'mes' }],
    cuadros: [{ name: 'residencias_calidad', codeColumn: 'calidad' }],
  },
  {
    source: 'visas', mart: 'visas_mensual', dimensions: ['tramite', 'sexo', 'nacionalidad'],
    isSensitive: byNationality, mergeRare: 'nacionalidad',
    coarse: [],
    cuadros: [],
  },
];

/**
 * Cuadros that count people (distinct `persona` keys over a whole period, Tabla 22). People are
 * not a sum of months, so each period's M and F are finest cells of their own (`periodo` names the
 * span), and the total is their sum.
 */
export const PERSON_CUADROS: readonly { readonly name: string; readonly source: string }[] = [
  { name: 'derivaciones_personas', source: 'derivaciones_personas' },
];

/** The monthly totals of the protected measures, as the reports print them (a mart of its own). */
export const PRINTED_TOTALS = 'medidas_protegidas_mensual';

/** Their totals over the spans the reports print: both periods (also by sex), years to date, calendar years. */
export const PRINTED_SPANS = 'medidas_protegidas_periodo';

/** Every dataset published after disclosure control: the monthly marts, their coarser grids, cuadros_memoria, the PNI values. */
export const PROTECTED_DATASETS: ReadonlySet<string> = new Set([
  'cuadros_memoria', 'pni_avance', PRINTED_TOTALS, PRINTED_SPANS,
  ...protectedSources.flatMap((source) => [source.mart, ...source.coarse.map((grid) => grid.name)]),
]);
