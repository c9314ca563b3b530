/**
 * `metas`: the physical targets of the units' annual operating plans (POA), as the Unidad de
 * Planificación collects them. Deliveries, in the order they apply:
 *   - the 2023 plan: monthly targets of the six services the Memoria's institutional plan follows
 *     (passports, residences, visas and extensions, nationality, migratory flow, returnees);
 *   - the 2024 plan: the same monthly targets for 2024, yearly targets by passport office and for the
 *     international airport's flow, and yearly targets of the Escuela Migratoria's courses, of the
 *     border cards and of sheltered foreigners (all of them, and the Hondurans: a protected crossing);
 *   - a reprogramming in February 2024 that replaces the central office's yearly target (same
 *     anio + mes + medida + oficina) and carries four lines that name nothing known (quarantined).
 * Over the demo edition's period (June 2023 – March 2024) the monthly targets of the six services add
 * up to the targets of the Memoria 2023-2024's institutional plan, so the Memoria prints them from here.
 */
import type { SourceResult } from '../demo-summary.js';
import type { CsvValue } from '../shared/csv-text.js';
import { openSourceFolder } from '../shared/source-folder.js';

const PLAN_2023 = '2023-01-16_poa-2023.csv';
const PLAN_2024 = '2024-01-15_poa-2024.csv';
const REPROGRAMMING = '2024-02-12_poa-2024_reprogramacion.csv';

const PASAPORTES = 'Dirección de Emisión de Pasaporte';
const EXTRANJERIA = 'Dirección de Extranjería';
const CONTROL = 'Dirección de Control Migratorio';
const ATENCION = 'Dirección de Atención al Migrante (GAMI)';
const ESCUELA = 'Escuela Migratoria';

interface MonthlyPlan {
  readonly medida: string;
  readonly tramite?: string;
  readonly unidad: string;
  /** The monthly target; `perMonth` overrides it for some months (1–12). */
  readonly monthly: number;
  readonly perMonth?: (anio: number, mes: number) => number;
}

// 445 a period of ten months: 45 from June to October 2023, 44 afterwards.
const fortyFive = (anio: number, mes: number) => (anio === 2023 && mes >= 6 && mes <= 10 ? 45 : 44);

const MONTHLY: readonly MonthlyPlan[] = [
  { medida: 'pasaportes', unidad: PASAPORTES, monthly: 36_620 },
  { medida: 'residencias', unidad: EXTRANJERIA, monthly: 450 },
  { medida: 'visas', tramite: 'visa', unidad: EXTRANJERIA, monthly: 150 },
  { medida: 'visas', tramite: 'prorroga', unidad: EXTRANJERIA, monthly: 44, perMonth: fortyFive },
  { medida: 'nacionalidad', unidad: EXTRANJERIA, monthly: 44, perMonth: fortyFive },
  { medida: 'flujo', unidad: CONTROL, monthly: 969_500 },
  { medida: 'retornados', unidad: ATENCION, monthly: 1_048 },
];

const HEADER_2023 = ['anio', 'mes', 'medida', 'tramite', 'programado', 'unidad'];
const HEADER_2024 = ['anio', 'mes', 'medida', 'tramite', 'oficina', 'puesto', 'nacionalidad', 'programado', 'unidad'];

function monthlyRows(anio: number): CsvValue[][] {
  return MONTHLY.flatMap((plan) =>
    Array.from({ length: 12 }, (_, index) => {
      const mes = index + 1;
      return { anio, mes, plan, programado: plan.perMonth?.(anio, mes) ?? plan.monthly };
    }),
  ).map(({ anio: year, mes, plan, programado }) => [year, mes, plan.medida, plan.tramite ?? '', programado, plan.unidad]);
}

const YEARLY_2024: CsvValue[][] = [
  [2024, '', 'pasaportes', '', 'central', '', '', 36_000, PASAPORTES],
  [2024, '', 'pasaportes', '', 'santa_ana', '', '', 44_000, PASAPORTES],
  [2024, '', 'pasaportes', '', 'san_miguel', '', '', 56_000, PASAPORTES],
  [2024, '', 'flujo', '', '', 'aies_soarg', '', 7_600_000, CONTROL],
  [2024, '', 'capacitaciones', '', '', '', '', 800, ESCUELA],
  [2024, '', 'carnets', '', '', '', '', 150, EXTRANJERIA],
  [2024, '', 'resguardos', '', '', '', '', 180, ATENCION],
  // Sheltered Hondurans: a protected population by nationality, whose small months the disclosure control withholds.
  [2024, '', 'resguardos', '', '', '', 'HND', 40, ATENCION],
];

const REPROGRAMMED: CsvValue[][] = [
  [2024, '', 'pasaportes', '', 'central', '', '', 40_000, PASAPORTES],
  [2024, '', 'pasaporte', '', '', '', '', 400_000, PASAPORTES],
  [2024, '', 'residencias', '', 'central', '', '', 500, EXTRANJERIA],
  [2024, '', 'pasaportes', '', 'sucursal_norte', '', '', 10_000, PASAPORTES],
  [2024, 13, 'nacionalidad', '', '', '', '', 40, EXTRANJERIA],
];

/** Returns the summary of the `metas` folder after writing the 2023 and 2024 plans and the reprogramming. */
export function writeMetasDemo(root: string): SourceResult {
  const folder = openSourceFolder(root, 'metas');
  folder.csv(PLAN_2023, HEADER_2023, monthlyRows(2023));
  folder.note('columna-extra', PLAN_2023, "column 'tramite' restricts the visa targets to visas and extensions (a dimension of the measured source)");
  folder.csv(PLAN_2024, HEADER_2024, [...monthlyRows(2024).map(([anio, mes, medida, tramite, programado, unidad]) => [anio, mes, medida, tramite, '', '', '', programado, unidad]), ...YEARLY_2024]);
  folder.csv(REPROGRAMMING, HEADER_2024, REPROGRAMMED);
  folder.note('correccion', REPROGRAMMING, "the central office's 2024 target revised from 36,000 to 40,000 (same anio + mes + medida + oficina)", 2);
  folder.note('cuarentena-lista-cerrada', REPROGRAMMING, "medida 'pasaporte' is not a count source", 3);
  folder.note('cuarentena-lista-cerrada', REPROGRAMMING, "column 'oficina' is not a dimension of residencias", 4);
  folder.note('cuarentena-lista-cerrada', REPROGRAMMING, "oficina 'sucursal_norte' is not in the offices' list", 5);
  folder.note('cuarentena-fecha', REPROGRAMMING, 'mes 13', 6);
  return folder.result();
}
