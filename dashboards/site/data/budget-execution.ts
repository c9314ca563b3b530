import { formatMoney, ratioPercent } from '../../../presentation/format/number-format.js';
import type { BudgetMonth } from '../../data/site-data.js';
import type { MonthSpan } from './period-months.js';

/** Budget execution of one fund over the part of a period inside one fiscal year (amounts in cents). */
export interface FiscalStretch {
  readonly fondo: string;
  readonly ejercicio: number;
  readonly desde: string;
  readonly hasta: string;
  readonly aprobado: number | null;
  readonly modificado: number | null;
  readonly comprometido: number | null;
  readonly devengado: number | null;
  /** Modificado − aprobado over the months that sent a modificado; null when none did (the current budget is then the approved one). */
  readonly modificaciones: number | null;
  /** Aprobado + modificaciones: each month's modificado where sent, else its aprobado. */
  readonly vigente: number | null;
  /** Months of the stretch, and how many of them sent a modificado (fewer than all: `modificado` is a partial sum). */
  readonly meses: number;
  readonly mesesModificado: number;
  /** `devengado / vigente × 100`, 2 decimals as text (`77.75`), rounded as the warehouse rounds. */
  readonly pct_devengado: string | null;
}

const sum = (values: readonly (number | null)[]) => {
  const present = values.filter((value): value is number => value !== null);
  return present.length ? present.reduce((total, value) => total + value, 0) : null;
};

/**
 * Returns the execution of each fund and fiscal year (calendar year) a period overlaps, with the
 * rules of `presupuesto_periodo`: `modificado` only over the months that sent one, `modificaciones`
 * = modificado − aprobado over those months, the current budget = each month's modificado where
 * sent, else its aprobado (= aprobado + modificaciones).
 */
export function budgetExecution(months: readonly BudgetMonth[], span: MonthSpan, funds: readonly string[]): FiscalStretch[] {
  const stretches: FiscalStretch[] = [];
  for (let year = Number(span.desde.slice(0, 4)); year <= Number(span.hasta.slice(0, 4)); year++) {
    const desde = span.desde > `${year}-01` ? span.desde : `${year}-01`;
    const hasta = span.hasta < `${year}-12` ? span.hasta : `${year}-12`;
    for (const fondo of funds) {
      const inside = months.filter((month) => month.fondo === fondo && month.mes >= desde && month.mes <= hasta);
      const modified = inside.filter((month) => month.modificado !== null);
      const modificado = sum(modified.map((month) => month.modificado));
      const vigente = sum(inside.map((month) => month.modificado ?? month.aprobado));
      const devengado = sum(inside.map((month) => month.devengado));
      stretches.push({
        fondo,
        ejercicio: year,
        desde,
        hasta,
        aprobado: sum(inside.map((month) => month.aprobado)),
        modificado,
        comprometido: sum(inside.map((month) => month.comprometido)),
        devengado,
        modificaciones: modificado === null ? null : modificado - (sum(modified.map((month) => month.aprobado)) ?? 0),
        vigente,
        meses: (Number(hasta.slice(0, 4)) - Number(desde.slice(0, 4))) * 12 + Number(hasta.slice(5, 7)) - Number(desde.slice(5, 7)) + 1,
        mesesModificado: modified.length,
        pct_devengado: vigente === null || devengado === null ? null : ratioPercent(devengado, vigente),
      });
    }
  }
  return stretches;
}

/** Returns cents as exact decimal text (`1944272000` → `19442720.00`). */
export function centsText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Returns the sentence saying that a stretch's modificado was sent for only some of its months (its
 * sum then covers fewer months than the aprobado and is not shown), or null when it was not.
 */
export function partialModificado(stretch: FiscalStretch, name: string): string | null {
  if (stretch.mesesModificado === 0 || stretch.mesesModificado === stretch.meses || stretch.modificado === null) return null;
  const others = stretch.meses - stretch.mesesModificado;
  return (
    `${name}: solo ${stretch.mesesModificado} de los ${stretch.meses} meses registraron presupuesto modificado ` +
    `(${centsMoney(stretch.modificado)}); en ${others === 1 ? 'el otro mes' : `los otros ${others} meses`} rige el aprobado. ` +
    'Esa suma parcial no se compara con el aprobado; el vigente es el aprobado más las modificaciones.'
  );
}

/** Returns cents as printed dollars (`$ 19,442,720.00`). */
export function centsMoney(cents: number): string {
  return formatMoney(centsText(cents));
}
