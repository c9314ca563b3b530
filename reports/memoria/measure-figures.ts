/** The figures the reports compute for a service measure from its monthly mart (memoria-data.ts). */

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

/** One month of a measure's series. */
export interface MonthlyCount {
  readonly mes: string;
  readonly cantidad: number;
}
