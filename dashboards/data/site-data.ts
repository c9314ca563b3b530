/**
 * The data the dashboards receive, embedded in `tablero/datos.js` as `window.TABLERO`: the open-data
 * release of the edition rolled up to what the pages show (never finer than what `datos/` publishes),
 * the code lists' Spanish labels, the PNI tracking and the edition's targets. Shared by the build
 * (Node) and the pages (browser).
 */

import type { TipoMeta } from '../../presentation/pni/target-kinds.js';
import type { PniAvanceRow, PniReportesInstitucionRow, PublishedCuadroRow } from '../../presentation/marts/mart-rows.js';
import type { UnitFollowUp } from '../../presentation/metas/target-follow-up.js';
import type { CodeLabel } from '../../presentation/labels/code-labels.js';

/** The global the data script sets and the pages read. */
export const SITE_DATA_GLOBAL = 'TABLERO';

/**
 * A monthly count dataset with its dimensions dictionary-encoded. `cantidad` holds one count per
 * cell; a suppressed cell is null (it is never 0). Dense layout: every combination of `valores`, in
 * row-major order over `dims` (a missing combination counts 0). Sparse layout: `indice` gives, per
 * dimension, the position in `valores` of each cell.
 */
export interface EncodedCube {
  readonly dims: readonly string[];
  readonly valores: Readonly<Record<string, readonly string[]>>;
  readonly cantidad: readonly (number | null)[];
  readonly indice?: Readonly<Record<string, readonly number[]>>;
  /** Months with any row in the published dataset (`YYYY-MM`), sorted. */
  readonly meses: readonly string[];
  /** The published dataset it comes from (`retornados_mensual`), for source lines. */
  readonly fuente: string;
  /** Published with small-cell protection: some cells may be suppressed. */
  readonly protegido: boolean;
}

export type { CodeLabel };

/** One row of `cuadros_memoria` as published (figures null where empty or suppressed), the columns the pages use. */
export interface SiteCuadroRow extends Pick<
  PublishedCuadroRow,
  'cuadro' | 'codigo' | 'categoria' | 'm_anterior' | 'f_anterior' | 'total_anterior' | 'm_actual' | 'f_actual' | 'total_actual' | 'suprimido'
> {
  /** The cuadro's table number in this edition's Memoria (the PDF's, `tabla_memoria`), or null when it prints none. */
  readonly tabla: PublishedCuadroRow['tabla_memoria'];
}

/** A headline figure of the Resumen: which cube and which of its codes count. */
export interface HeadlineMeasure {
  readonly clave: string;
  readonly nombre: string;
  readonly cubo: string;
  readonly filtro?: Readonly<Record<string, readonly string[]>>;
  /** A cuadro of cuadros_memoria whose `total` row holds the period figure, when there is one. */
  readonly cuadro?: string;
}

/** An institutional target of the edition (`ediciones/<periodo>/edicion.yml`, `metas`). */
export interface TargetDatum {
  readonly medida: string;
  readonly meta: number;
  readonly descripcion: string;
  /** The codes the target counts when it counts only part of its measure (`{tramite: [visa, prorroga]}`). */
  readonly filtro?: Readonly<Record<string, readonly string[]>>;
}

/** Budget of one month and fund, in cents (exact integers); null where the stage was not sent. */
export interface BudgetMonth {
  readonly mes: string;
  readonly fondo: string;
  readonly aprobado: number | null;
  readonly modificado: number | null;
  readonly comprometido: number | null;
  readonly devengado: number | null;
}

/** A fiscal year's stretch inside the edition's period (`ejercicio` 2023, `2023-06` to `2023-12`). */
interface FiscalStretchKey {
  readonly ejercicio: number;
  readonly desde: string;
  readonly hasta: string;
}

/** The edition's procurement as published (`compras_*`), amounts in cents. */
export interface ProcurementData {
  readonly metodo: readonly (FiscalStretchKey & { readonly metodo: string; readonly procesos: number; readonly monto: number | null })[];
  readonly nivel: readonly (FiscalStretchKey & { readonly rubro: string; readonly procesos: number; readonly etapas: Readonly<Record<string, number>> })[];
  readonly estado: readonly (FiscalStretchKey & { readonly estado: string; readonly procesos: number; readonly monto: number | null })[];
  readonly trimestral: readonly {
    readonly trimestre: string;
    readonly desde: string;
    readonly hasta: string;
    readonly metodo: string;
    readonly estado: string;
    readonly procesos: number;
    readonly monto: number | null;
  }[];
  /** The stages of `compras_nivel_ejecucion`, in its column order (`adjudicacion`, `contratacion`, …). */
  readonly etapas: readonly string[];
  /** The published datasets the figures come from. */
  readonly datasets: readonly string[];
}

/** One row of `pni_avance` (decimals as published text), the columns the pages use. */
export type PniProgressRow = Pick<PniAvanceRow, 'indicador' | 'eje' | 'anio' | 'meta' | 'valor' | 'pct_meta' | 'estado' | 'fuente' | 'tipo_meta' | 'unidad' | 'anio_cerrado' | 'meta_a_la_fecha'>;

/** One indicator of the PNI catalogue (the published `pni_catalogo`). */
export interface PniIndicator {
  readonly indicador: string;
  readonly eje: number;
  readonly texto: string;
  readonly meta_texto: string;
  /** Codes of the institutions that lead or are responsible for it; those that only accompany it apart. */
  readonly responsables: readonly string[];
  readonly acompanan: readonly string[];
  readonly intervencion: string;
  readonly intervencion_texto: string;
  readonly actividad: string;
  readonly actividad_texto: string;
  readonly resultado_esperado: string;
  readonly tipo_meta: TipoMeta;
  /** The target's figure as published (decimal text), null when to be defined. */
  readonly valor_meta: string | null;
  readonly unidad: string;
  readonly anio_meta: number | null;
  readonly anio_inicio: number;
  readonly anio_fin: number;
  /** Why the target was read so, when it was a decision ('' when the META is explicit). */
  readonly nota_interpretacion: string;
}

/** One row of `pni_reportes_institucion`, with shorter names (the data travels in `datos.js`). */
export interface PniInstitutionRow {
  readonly institucion: PniReportesInstitucionRow['institucion'];
  readonly nombre: PniReportesInstitucionRow['institucion_nombre'];
  readonly anio: PniReportesInstitucionRow['anio'];
  readonly a_cargo: PniReportesInstitucionRow['indicadores_a_cargo'];
  readonly reportados: PniReportesInstitucionRow['indicadores_reportados'];
  readonly pendientes: PniReportesInstitucionRow['indicadores_pendientes'];
  readonly pct_reportados: PniReportesInstitucionRow['pct_reportados'];
}

export interface PniData {
  readonly ejes: readonly { readonly eje: number; readonly nombre: string }[];
  readonly indicadores: readonly PniIndicator[];
  readonly avance: readonly PniProgressRow[];
  readonly instituciones: readonly PniInstitutionRow[];
  /** Where the figures come from (`datos/pni_avance.csv` or the warehouse's marts). */
  readonly fuente: string;
}

/** The follow-up of the operating plan's targets (POA) in one month of the edition's period: that month and its year to date. */
export interface PoaMonth {
  readonly mes: string;
  /** The units with their target lines, most lines behind schedule first (presentation/metas, `byUnit`). */
  readonly unidades: readonly UnitFollowUp[];
}

/** The POA follow-up, computed at build time from `metas_avance` and `metas_mensual` as published. */
export interface PoaData {
  /** Every month of the edition's period, in order (a month of a year without targets has no units). */
  readonly meses: readonly PoaMonth[];
  /** Who records what each measure counts (`DGME, Dirección de Emisión de Pasaporte, …`), by measure. */
  readonly origenes: Readonly<Record<string, string>>;
  /** The published datasets the figures come from. */
  readonly datasets: readonly string[];
}

/** One published dataset of `datos/datapackage.json`, for the Datos abiertos page. */
export interface OpenResource {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly path: string;
  readonly bytes: number;
  readonly parquet?: { readonly path: string; readonly bytes: number };
  readonly protegido: boolean;
  /** Who records the data (the "Fuente:" line of the landing source behind it); empty for a dataset of several sources. */
  readonly origen: string;
  readonly fields: readonly { readonly name: string; readonly type: string; readonly description: string }[];
}

export interface SiteData {
  readonly edicion: {
    readonly titulo: string;
    readonly desde: string;
    readonly hasta: string;
    readonly desdeAnterior: string;
    readonly hastaAnterior: string;
    /** The edition's publication date (AAAA-MM-DD): the one date the site prints as published. */
    readonly publicada: string;
    /** The data cut-off: the last day of the reporting period (AAAA-MM-DD). */
    readonly corte: string;
    readonly institucion: string;
    /** Small-cell threshold: cells of 1 to umbral − 1 people are suppressed. */
    readonly umbral: number;
  };
  /** Every month any count dataset has, sorted: the choices of the period controls. */
  readonly meses: readonly string[];
  readonly cubos: Readonly<Record<string, EncodedCube>>;
  readonly etiquetas: Readonly<Record<string, readonly CodeLabel[]>>;
  readonly cuadros: readonly SiteCuadroRow[];
  readonly medidas: readonly HeadlineMeasure[];
  readonly metas: readonly TargetDatum[];
  readonly presupuesto: { readonly meses: readonly BudgetMonth[]; readonly fuente: string } | null;
  readonly compras: ProcurementData | null;
  readonly pni: PniData | null;
  /** The POA follow-up; null when the edition publishes no target. */
  readonly poa: PoaData | null;
  /**
   * Coarser grids of protected populations, published whole where the monthly cells are
   * suppressed (null figure = suppressed): returned children by quarter, sheltered people by year
   * and region of origin.
   */
  readonly gruesas: {
    readonly nnaTrimestral: readonly { readonly trimestre: string; readonly sexo: string; readonly cantidad: number | null }[];
    readonly resguardosRegion: readonly { readonly anio: string; readonly region: string; readonly cantidad: number | null }[];
    readonly fuentes: { readonly nnaTrimestral: string; readonly resguardosRegion: string };
  };
  readonly datos: {
    readonly titulo: string;
    readonly version: string;
    readonly licencia: string;
    /** How to cite this version, and the folder (inside `datos/`) where it stays unchanged. */
    readonly cita: string;
    readonly carpeta: string;
    /** Who answers on the data; where public-information requests go. */
    readonly contacto: string;
    readonly informacionPublica: string;
    /** The release's documents besides the datasets (LEEME.md, CAMBIOS.md, the Excel workbook, …). */
    readonly documentos: readonly { readonly path: string; readonly title: string }[];
    readonly recursos: readonly OpenResource[];
  };
}
