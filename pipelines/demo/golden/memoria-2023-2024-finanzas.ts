/**
 * Budget and procurement figures printed in the 2023-2024 Memoria (Tablas 24-32) that the demo is
 * calibrated to. Amounts are integer cents; the budget's two windows are the reporting period's
 * parts in each fiscal year.
 */

export type Etapa = 'aprobado' | 'modificado' | 'comprometido' | 'devengado';
export type Fondo = 'fae' | 'goes';

export interface BudgetWindow {
  readonly desde: string;
  readonly hasta: string;
  /** Period sums per stage; `modificado` absent when the fund sent none in the window. */
  readonly cents: Readonly<Partial<Record<Etapa, number>>>;
  /** Months that sent `modificado` (the Memoria's modificaciones = Σ modificado − Σ aprobado over them). */
  readonly modificadoMonths: readonly string[];
  /** Σ aprobado over modificadoMonths (needed so that modificaciones matches the print). */
  readonly aprobadoOfModificadoMonths?: number;
  /** Modificaciones as printed, when printed. */
  readonly modificaciones?: number;
}

/** Tablas 31 (FAE) and 32 (GOES). */
export const PRESUPUESTO: Readonly<Record<Fondo, readonly BudgetWindow[]>> = {
  fae: [
    {
      desde: '2023-06',
      hasta: '2023-12',
      cents: { aprobado: 1_944_272_000, comprometido: 1_791_699_157, devengado: 1_511_591_879 },
      modificadoMonths: [],
    },
    {
      desde: '2024-01',
      hasta: '2024-03',
      cents: { aprobado: 1_585_118_700, modificado: 1_591_709_550, comprometido: 554_867_422, devengado: 390_875_802 },
      modificadoMonths: ['2024-01', '2024-02', '2024-03'],
      modificaciones: 6_590_850,
    },
  ],
  goes: [
    {
      desde: '2023-06',
      hasta: '2023-12',
      cents: { aprobado: 691_447_950, modificado: 466_879_048, comprometido: 280_977_619, devengado: 280_879_322 },
      // Chosen by the demo: the Memoria does not say which months were modified.
      modificadoMonths: ['2023-10', '2023-11', '2023-12'],
      aprobadoOfModificadoMonths: 346_879_048,
      modificaciones: 120_000_000,
    },
    {
      desde: '2024-01',
      hasta: '2024-03',
      cents: { aprobado: 223_332_500, comprometido: 117_192_035, devengado: 117_172_031 },
      modificadoMonths: [],
    },
  ],
};

export type Metodo =
  | 'libre_gestion'
  | 'licitacion_publica'
  | 'licitacion_competitiva'
  | 'licitacion_conjunta'
  | 'mercado_bursatil'
  | 'contratacion_directa'
  | 'comparacion_precios'
  | 'compra_rele'
  | 'convenio'
  | 'resolucion_modificativa'
  | 'otro';
export type Rubro = 'bienes' | 'servicios' | 'obras' | 'consultorias';
export type Estado = 'preparacion' | 'invitacion' | 'evaluacion' | 'adjudicacion' | 'contratacion' | 'desierto';

export interface ContractedByMethod {
  readonly metodo: Metodo;
  readonly procesos: number;
  readonly cents: number;
}

/** Tabla 24 (Jun-Dec 2023) and Tabla 27 (Jan-Mar 2024): contracted processes per method. */
export const COMPRAS_CONTRATADAS: Readonly<Record<'2023-06..2023-12' | '2024-01..2024-03', readonly ContractedByMethod[]>> = {
  '2023-06..2023-12': [
    { metodo: 'libre_gestion', procesos: 1, cents: 5_700_000 },
    { metodo: 'licitacion_conjunta', procesos: 5, cents: 22_695_820 },
    { metodo: 'licitacion_publica', procesos: 6, cents: 17_470_087 },
    { metodo: 'mercado_bursatil', procesos: 16, cents: 75_056_549 },
    { metodo: 'contratacion_directa', procesos: 2, cents: 3_000_000 },
    { metodo: 'compra_rele', procesos: 2, cents: 152_833_410 },
    { metodo: 'comparacion_precios', procesos: 36, cents: 67_345_046 },
  ],
  '2024-01..2024-03': [
    { metodo: 'licitacion_competitiva', procesos: 2, cents: 40_699_154 },
    { metodo: 'comparacion_precios', procesos: 1, cents: 7_793_610 },
  ],
};

/** Tablas 24 and 27 totals: 68 processes for $3,441,009.12; 3 processes for $484,927.64. */
export const COMPRAS_TOTALES = {
  '2023-06..2023-12': { procesos: 68, cents: 344_100_912 },
  '2024-01..2024-03': { procesos: 3, cents: 48_492_764 },
} as const;

/** Tablas 25 and 28: processes per rubro and final estado (adjudicación is a step of contratación). */
export const COMPRAS_ESTADOS: Readonly<Record<string, Readonly<Partial<Record<Rubro, Partial<Record<Estado, number>>>>>>> = {
  '2023-06..2023-12': {
    bienes: { contratacion: 40, desierto: 7 },
    servicios: { contratacion: 28, desierto: 5 },
  },
  '2024-01..2024-03': {
    bienes: { contratacion: 2, desierto: 1, evaluacion: 1, preparacion: 4 },
    consultorias: { evaluacion: 2 },
    servicios: { contratacion: 1, desierto: 2, preparacion: 3 },
  },
};
