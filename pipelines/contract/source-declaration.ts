/**
 * The vocabulary of a source declaration (pipelines/contract/sources/<source>.ts): everything the
 * project knows about one landing source, said once. The landing contract, the dbt project's source
 * list (macros/fuentes.sql, generated), the demo registry, the open-data titles, the Memoria's
 * measures and services, the dashboards' cubes, the disclosure control's classes and the schedule
 * example all derive from it; test/pipelines/contract/ checks what is still written by hand.
 */

export type SourceKind = 'count' | 'amount' | 'record';

/** What one unit of a count source is: what its `cantidad` counts (an event count is never printed as people). */
export type CountUnit = 'personas' | 'tramites' | 'documentos' | 'movimientos' | 'derivaciones' | 'resoluciones' | 'participaciones';

/** Each unit's name, in Spanish. */
export const COUNT_UNIT_NAMES: Readonly<Record<CountUnit, string>> = {
  documentos: 'documentos',
  resoluciones: 'resoluciones',
  tramites: 'trámites',
  movimientos: 'movimientos',
  personas: 'personas',
  derivaciones: 'derivaciones',
  participaciones: 'participaciones',
};

/** What each unit means, in Spanish, as the reports' methodological notes say it. */
export const COUNT_UNIT_TEXT: Readonly<Record<CountUnit, string>> = {
  documentos: 'documentos emitidos',
  resoluciones: 'resoluciones',
  tramites: 'trámites',
  movimientos: 'movimientos (entradas y salidas), no personas',
  personas: 'personas',
  derivaciones: 'derivaciones a instituciones (una persona puede tener varias)',
  participaciones: 'participaciones en cursos (una persona puede participar en varios)',
};

/** Who sends a source: the unit that records it and its system, as a table's "Fuente:" line names them. */
export interface SourceOrigin {
  readonly unidad: string;
  readonly sistema?: string;
}

/** How a dimension's codes are checked in the warehouse. */
export type CodeList =
  /** A closed list of seeds/codigos.csv: any other value sends the row to quarantine. */
  | { readonly kind: 'closed'; readonly list: string }
  /**
   * An open list: unknown codes are accepted and reported (calidad.codigos_desconocidos). `seed` holds
   * the known codes, `scope` a column the seed's codes are listed under, `iso` upper-cases the code
   * (ISO 3166-1 alpha-3), `labels` names the list of labels the reports and pages use.
   */
  | { readonly kind: 'open'; readonly seed?: string; readonly scope?: string; readonly iso?: true; readonly labels?: string }
  /** Whole numbers written with digits (ages). */
  | { readonly kind: 'integer' };

export interface LandingColumn {
  readonly name: string;
  readonly required: boolean;
}

/** A column of a count source that splits its counts. */
export interface Dimension extends LandingColumn {
  /** What the column holds, in Spanish, for the dbt documentation and the data dictionary. */
  readonly description: string;
  readonly codes: CodeList;
}

/** A Memoria comparison table from `cuadros_memoria` (protected for small cells). */
export interface CuadroTable {
  readonly kind: 'cuadro';
  readonly cuadro: string;
  /** Header of the category column. */
  readonly encabezado: string;
  /** A note printed under the table. */
  readonly nota?: string;
}

/** A Memoria comparison table computed from a monthly mart: one row per category (or one row), both periods. */
export interface MartTable {
  readonly kind: 'mart';
  readonly id: string;
  readonly titulo: string;
  readonly medida: string;
  /** Header of the category column. */
  readonly encabezado: string;
  /** The column that splits the rows and where its labels are; absent for a single row. */
  readonly categoria?: { readonly columna: string; readonly lista: string } | { readonly columna: string; readonly puestos: true };
}

export type ComparisonTable = CuadroTable | MartTable;

/** A measure's subsection in the Memoria's «Servicios prestados a la población». */
export interface MemoriaService {
  /** Position among the services (the Memoria's order; services of several sources interleave). */
  readonly orden: number;
  /** Key of the service in an edition folder's `servicios.yml` (the measure's key unless said). */
  readonly codigo?: string;
  readonly titulo: string;
  readonly tablas: readonly ComparisonTable[];
  /** `comparacion`: bars per category of the last table; `mensual`: month by month against a year earlier. */
  readonly grafico: 'comparacion' | 'mensual';
  /** The cuadro that counts the people behind an event count (Tabla 22 beside the referrals of Tabla 23). */
  readonly personas?: string;
}

/** A figure the reports state: the rows of a source's monthly mart that count. */
export interface MeasureDeclaration {
  /** Key of the measure, also used in an edition folder's targets and populations (`medida:`). */
  readonly key: string;
  /** The dimension values of the rows that count, if not all. */
  readonly filtro?: Readonly<Record<string, string>>;
  /** Short Spanish name for tables and charts. */
  readonly nombre: string;
  /** What one unit is, in singular and plural, for sentences (`398,437 pasaportes emitidos`). */
  readonly unidad: { readonly singular: string; readonly plural: string };
  /** What it counts when that differs from its source's unit (first identity cards count children). */
  readonly counts?: CountUnit;
  /** The measure whose rows it is a part of: it is not listed beside the others (bulletin, plan tables). */
  readonly partOf?: string;
  /**
   * Its monthly and period totals are published whole in medidas_protegidas_* (the source's finer
   * grid has suppressed cells), and the reports take them from there.
   */
  readonly totalesProtegidos?: true;
  /** Its place in the Memoria's services, if it has one. */
  readonly memoria?: MemoriaService;
  /** The cuadro of cuadros_memoria the dashboard's summary shows beside it. */
  readonly cuadro?: string;
}

/** A coarser grid published whole: a mart that groups the source's monthly mart. */
export interface CoarseGrid {
  readonly name: string;
  /** Title of its open dataset. */
  readonly title: string;
  /** Dimension columns kept (the rest are summed over). */
  readonly by: readonly string[];
  /** The time column: `mes` (AAAA-MM), `trimestre` (AAAA-Tn) or `anio` (AAAA). */
  readonly time: 'mes' | 'trimestre' | 'anio';
  /** Only the cells with these dimension values. */
  readonly where?: Readonly<Record<string, string>>;
}

/** How outputs.md protects a source's published cells (privacy/ applies it). */
export interface Protection {
  /**
   * Which cells count a protected population: `all`; `{ naming }`, the cells that name a value of
   * that column (the foreigners' register by nationality); or `{ where }`, the cells with those values.
   */
  readonly cells: 'all' | { readonly naming: string } | { readonly where: Readonly<Record<string, string>> };
  /** The monthly mart's dimensions when they differ from the landing ones (`grupo_edad` for `edad`). */
  readonly martDimensions?: readonly string[];
  /** A dimension whose rare values are merged into `otras` before publishing. */
  readonly mergeRare?: string;
  /** Dimensions derived from another through a reference table, for coarser grids (`region` of `nacionalidad`). */
  readonly derived?: Readonly<Record<string, { readonly from: string; readonly table: string; readonly column: string }>>;
  readonly coarse?: readonly CoarseGrid[];
  /** Cuadros of cuadros_memoria over this source: `codigo` is a value of `codeColumn` (or `total`). */
  readonly cuadros?: readonly { readonly name: string; readonly codeColumn: string }[];
}

/** The dashboards' cube of a source: the published dataset and the dimensions the pages filter or group by. */
export interface CubeDeclaration {
  /** The published dataset; the source's monthly dataset unless a coarser grid is what may be shown. */
  readonly dataset?: string;
  readonly dims: readonly string[];
}

export interface LandingSource {
  readonly name: string;
  readonly kind: SourceKind;
  /** One sentence, in Spanish, of what a row is (dbt documentation, data dictionary). */
  readonly description: string;
  readonly origin: SourceOrigin;
  /** Columns in contract order; every one becomes a VARCHAR column of raw.<name>. */
  readonly columns: readonly LandingColumn[];
  /** When the example schedule reads it (a cron expression, hours of El Salvador). */
  readonly cron: string;
  /** A note for the example schedule (config/horario.ejemplo.json), e.g. the connector used in production. */
  readonly scheduleNote?: string;
  /** Columns of an amount or record source whose codes form an open list of institutions (reported when unknown). */
  readonly openColumns?: readonly string[];
}

export interface CountSource extends LandingSource {
  readonly kind: 'count';
  /** What a record counts. */
  readonly counts: CountUnit;
  /** What its figures count and do not, in Spanish, for the Memoria's methodological note. */
  readonly definition: string;
  /** The columns that split the counts, in contract order. */
  readonly dimensions: readonly Dimension[];
  /** True when records may carry the anonymised `persona` key (people counted apart from events). */
  readonly persona: boolean;
  /** The dbt folder of its models (`extranjeria`, `control_migratorio`, ...). */
  readonly area: string;
  /**
   * `generated`: its dbt models are written from this declaration (`npm run fuentes`);
   * `hand-written`: they predate the generator and are checked against it.
   */
  readonly models: 'generated' | 'hand-written';
  /** Title of its monthly open dataset (`<source>_mensual`). */
  readonly title: string;
  readonly measures: readonly MeasureDeclaration[];
  readonly protection?: Protection;
  readonly cube?: CubeDeclaration;
}

export type SourceDeclaration = CountSource | LandingSource;

const required = (name: string): LandingColumn => ({ name, required: true });
const optional = (name: string): LandingColumn => ({ name, required: false });

/** Columns every count source shares, before its own dimensions. */
const COUNT_COLUMNS = [required('fecha'), optional('cantidad'), optional('id')];

/** Columns that identify a person rather than describe a record: never a dimension, never published. */
export const PERSON_KEY = 'persona';

type CountSourceInput = Omit<CountSource, 'kind' | 'columns' | 'persona' | 'models' | 'cron'> & {
  readonly persona?: boolean;
  readonly models?: CountSource['models'];
  readonly cron?: string;
};

/** Declares a count source: its landing columns are the shared ones, its dimensions and `persona`. */
export function countSource(input: CountSourceInput): CountSource {
  const persona = input.persona ?? false;
  return {
    ...input,
    kind: 'count',
    persona,
    models: input.models ?? 'hand-written',
    cron: input.cron ?? '30 5 * * *',
    columns: [...COUNT_COLUMNS, ...input.dimensions.map(({ name, required }) => ({ name, required })), ...(persona ? [optional(PERSON_KEY)] : [])],
  };
}

/** Declares an amount or record source: its columns as written, `?` marking the optional ones. */
export function tableSource(input: Omit<LandingSource, 'columns' | 'cron'> & { readonly columns: readonly string[]; readonly cron?: string }): LandingSource {
  return {
    ...input,
    cron: input.cron ?? '30 5 * * *',
    columns: input.columns.map((name) => (name.endsWith('?') ? optional(name.slice(0, -1)) : required(name))),
  };
}

// Dimension builders: the codes each kind of column takes.
export const closed = (name: string, list: string, description: string, isRequired = true): Dimension => ({ name, required: isRequired, description, codes: { kind: 'closed', list } });
export const open = (name: string, description: string, codes: Omit<Extract<CodeList, { kind: 'open' }>, 'kind'>, isRequired = true): Dimension => ({
  name,
  required: isRequired,
  description,
  codes: { kind: 'open', ...codes },
});
export const integer = (name: string, description: string, isRequired = false): Dimension => ({ name, required: isRequired, description, codes: { kind: 'integer' } });

/** The sex of the person, a closed list shared by every source. */
export const sexo = (isRequired = true): Dimension =>
  closed('sexo', 'sexo', 'Sexo de la persona: `M` (masculino) o `F` (femenino)' + (isRequired ? '.' : '; vacío cuando la fuente no lo envió.'), isRequired);

/** A nationality or country of origin, ISO 3166-1 alpha-3 (seeds/paises.csv). */
export const country = (name: string, description: string, isRequired = false): Dimension => open(name, description, { seed: 'paises', iso: true, labels: 'pais' }, isRequired);

/** Returns true for a count source. */
export function isCountSource(source: SourceDeclaration): source is CountSource {
  return source.kind === 'count';
}
