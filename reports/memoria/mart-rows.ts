/**
 * The rows the reports read from the warehouse marts, typed once for every query. Counts arrive
 * as numbers (BIGINT); money, percentages and dates are cast to VARCHAR in SQL so they stay exact.
 */

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

/** A period total of one measure and its change against the comparison period. */
export interface PeriodTotals {
  readonly anterior: number | null;
  readonly actual: number | null;
  readonly variacion: number | null;
  readonly variacion_pct: string | null;
  /** The reporting period by sex, when every row says the sex and the measure is not sensitive. */
  readonly m_actual?: number | null;
  readonly f_actual?: number | null;
  /** True when the disclosure control suppressed one of the totals (it is null, and so is the change). */
  readonly suprimida?: boolean;
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

/** One month of a measure's series. */
export interface MonthlyCount {
  readonly mes: string;
  readonly cantidad: number;
}

/** What the data was when the document was made: the deliveries behind it (`raw.entregas`). */
export interface DataVersion {
  readonly entregas: number;
  readonly ultimoArchivo: string | null;
  /** ISO time of the latest load, or null when nothing was ever loaded. */
  readonly ultimaCarga: string | null;
  readonly codigo: string;
}
