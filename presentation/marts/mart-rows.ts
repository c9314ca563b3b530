/**
 * The rows of the warehouse marts, one type per mart, for every query that reads one (the PDFs
 * read the marts, the dashboards the same rows as the open data publishes them). Counts arrive as
 * numbers (BIGINT); money, percentages and dates are cast to VARCHAR in SQL so they stay exact. A
 * query that selects fewer columns types its rows with `Pick<>` of the mart's type.
 */
import type { PniStatus } from '../pni/pni-statuses.js';

/** A row kind as `cuadros_memoria.tipo_fila` names it. */
export type RowKind = 'categoria' | 'subtotal' | 'total';

/** A row of a period comparison (`cuadros_memoria`, or the same shape computed from a monthly mart). */
export interface ComparisonRow {
  readonly codigo: string;
  readonly categoria: string;
  readonly tipo_fila: RowKind;
  readonly m_anterior: number | null;
  readonly f_anterior: number | null;
  readonly total_anterior: number | null;
  readonly m_actual: number | null;
  readonly f_actual: number | null;
  readonly total_actual: number | null;
  readonly variacion: number | null;
  /** Decimal text with 2 decimals (`21.80`), null when there is no comparison base. */
  readonly variacion_pct: string | null;
}

/** A `cuadros_memoria` row: a comparison row with its table. */
export interface CuadroRow extends ComparisonRow {
  readonly cuadro: string;
  readonly titulo: string;
  readonly orden: number;
}

/** A `cuadros_memoria` row as the open data publishes it: the table number it has in the edition's Memoria, and whether disclosure control withheld a figure. */
export interface PublishedCuadroRow extends CuadroRow {
  /** Null when the Memoria prints no table of that cuadro. */
  readonly tabla_memoria: number | null;
  readonly suprimido: boolean;
}

/** A `presupuesto_periodo` row (amounts as exact decimal text). */
export interface BudgetRow {
  readonly fondo: string;
  readonly ejercicio: number;
  readonly desde: string;
  readonly hasta: string;
  readonly aprobado: string | null;
  readonly modificado: string | null;
  readonly comprometido: string | null;
  readonly devengado: string | null;
  readonly modificaciones: string | null;
  readonly presupuesto_vigente: string | null;
  readonly pct_devengado: string | null;
  /** Months of the span that sent a `modificado` (0 when none did). */
  readonly meses_modificado?: number;
}

/** A `compras_metodo` row. */
export interface ProcurementMethodRow {
  readonly ejercicio: number;
  readonly desde: string;
  readonly hasta: string;
  readonly metodo: string;
  readonly procesos: number;
  readonly monto: string;
}

/** A `compras_nivel_ejecucion` row. */
export interface ProcurementStageRow {
  readonly ejercicio: number;
  readonly desde: string;
  readonly hasta: string;
  readonly rubro: string;
  readonly adjudicacion: number;
  readonly contratacion: number;
  readonly desierto: number;
  readonly evaluacion: number;
  readonly invitacion: number;
  readonly preparacion: number;
  readonly procesos: number;
}

/** A `compras_estado_ejecucion` row. */
export interface ProcurementStatusRow {
  readonly ejercicio: number;
  readonly desde: string;
  readonly hasta: string;
  readonly estado: 'ejecutados' | 'en_ejecucion';
  readonly procesos: number;
  readonly monto: string;
}

/** A `pni_avance` row: one indicator in one year (decimals as exact text). */
export interface PniAvanceRow {
  readonly indicador: string;
  readonly eje: number;
  readonly anio: number;
  readonly meta: string | null;
  readonly valor: string | null;
  readonly pct_meta: string | null;
  readonly estado: PniStatus;
  /** `operacional`, or the reporting institutions' codes, `, `-separated; null without a value. */
  readonly fuente: string | null;
  readonly tipo_meta: string;
  readonly unidad: string;
  readonly anio_cerrado: boolean;
  readonly meta_a_la_fecha: string | null;
  /** What the institutions reported, on the same basis as `valor`. */
  readonly valor_reportado: string | null;
  readonly orden: number;
}

/** A `pni_avance_eje` row: the statuses of one axis in one year. */
export interface PniAvanceEjeRow {
  readonly eje: number;
  readonly eje_nombre: string;
  readonly anio: number;
  readonly indicadores: number;
  readonly cumplidas: number;
  readonly en_curso: number;
  readonly en_riesgo: number;
  readonly rezagadas: number;
  readonly sin_datos: number;
  readonly con_datos: number;
  readonly pct_al_dia: string | null;
  readonly pct_con_datos: string | null;
}

/** A `pni_reportes_institucion` row: the reporting completeness of one institution in one year. */
export interface PniReportesInstitucionRow {
  readonly institucion: string;
  readonly institucion_nombre: string;
  readonly anio: number;
  readonly indicadores_a_cargo: number;
  readonly indicadores_reportados: number;
  readonly indicadores_pendientes: number;
  readonly pct_reportados: string | null;
  readonly reportes_de_otros_indicadores: number;
  readonly ultimo_archivo: string | null;
}
