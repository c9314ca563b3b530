/**
 * Monthly budget amounts per fund and stage, in integer cents. Inside the Memoria's two windows
 * (Jun-Dec 2023, Jan-Mar 2024) the sums are exactly those of Tablas 31 and 32; other months follow
 * each fund's usual monthly level. Devengado never exceeds comprometido in a month.
 */
import { PRESUPUESTO, type BudgetWindow, type Etapa, type Fondo } from '../golden/memoria-2023-2024-finanzas.js';
import { jitterWeights, splitTotal } from '../shared/allocate.js';
import { demoMonths, monthRange } from '../shared/calendar.js';
import { jitter, type Rng } from '../shared/prng.js';

export type MonthBudget = Partial<Record<Etapa, number>>;

/** Usual monthly aprobado per fund and fiscal year (cents), and execution ratios, outside the windows. */
const LEVEL: Record<Fondo, Record<string, number>> = {
  fae: { '2022': 245_000_000, '2023': 270_000_000, '2024': 480_000_000 },
  goes: { '2022': 93_000_000, '2023': 99_000_000, '2024': 74_000_000 },
};
const RATIO: Record<Fondo, { comprometido: number; devengado: number }> = {
  fae: { comprometido: 0.86, devengado: 0.84 },
  goes: { comprometido: 0.55, devengado: 0.98 },
};
/** Months outside the windows that also sent a modificado (a mid-year reallocation). */
const OTHER_MODIFICADO: Record<Fondo, string[]> = { fae: ['2022-09', '2022-10'], goes: ['2022-11', '2022-12'] };

/** Returns devengado split like comprometido, month by month below it. */
function splitBelow(rng: Rng, total: number, ceiling: readonly number[]): number[] {
  const ratio = total / ceiling.reduce((s, c) => s + c, 0);
  const spread = Math.min(0.05, (1 / ratio - 1) * 0.4);
  const parts = splitTotal(total, jitterWeights(rng, ceiling, spread));
  if (parts.some((p, i) => p > (ceiling[i] ?? 0))) throw new Error('presupuesto: devengado above comprometido');
  return parts;
}

/** Returns the months of a window with their amounts, exact to the cent. */
function windowMonths(rng: Rng, window: BudgetWindow): Map<string, MonthBudget> {
  const months = monthRange(window.desde, window.hasta);
  const { aprobado = 0, modificado, comprometido = 0, devengado = 0 } = window.cents;
  const modified = new Set(window.modificadoMonths);
  let approved: number[];
  if (window.aprobadoOfModificadoMonths !== undefined) {
    // The modified months' aprobado must add up to a given figure so modificaciones matches the print.
    const inside = splitTotal(
      window.aprobadoOfModificadoMonths,
      jitterWeights(
        rng,
        window.modificadoMonths.map(() => 1),
        0.1,
      ),
    );
    const rest = months.filter((m) => !modified.has(m));
    const outside = splitTotal(
      aprobado - window.aprobadoOfModificadoMonths,
      jitterWeights(
        rng,
        rest.map(() => 1),
        0.1,
      ),
    );
    approved = months.map((m) => (modified.has(m) ? inside[window.modificadoMonths.indexOf(m)] : outside[rest.indexOf(m)]) ?? 0);
  } else {
    approved = splitTotal(
      aprobado,
      jitterWeights(
        rng,
        months.map(() => 1),
        0.1,
      ),
    );
  }
  const modifiedApproved = months.filter((m) => modified.has(m)).map((m) => approved[months.indexOf(m)] ?? 0);
  const changes = modificado === undefined ? [] : splitTotal(modificado - modifiedApproved.reduce((s, a) => s + a, 0), modifiedApproved);
  const committed = splitTotal(
    comprometido,
    jitterWeights(
      rng,
      months.map(() => 1),
      0.25,
    ),
  );
  const accrued = splitBelow(rng, devengado, committed);
  return new Map(
    months.map((month, i): [string, MonthBudget] => {
      const budget: MonthBudget = { aprobado: approved[i] ?? 0, comprometido: committed[i] ?? 0, devengado: accrued[i] ?? 0 };
      const k = window.modificadoMonths.indexOf(month);
      if (k >= 0) budget.modificado = (approved[i] ?? 0) + (changes[k] ?? 0);
      return [month, budget];
    }),
  );
}

/** Returns a plausible month outside the windows. */
function ordinaryMonth(rng: Rng, fondo: Fondo, month: string): MonthBudget {
  const aprobado = Math.round(jitter(rng, LEVEL[fondo][month.slice(0, 4)] ?? 0, 0.08));
  const comprometido = Math.round(aprobado * jitter(rng, RATIO[fondo].comprometido, 0.1));
  const devengado = Math.round(comprometido * Math.min(1, jitter(rng, RATIO[fondo].devengado, 0.05)));
  const budget: MonthBudget = { aprobado, comprometido, devengado };
  if (OTHER_MODIFICADO[fondo].includes(month)) budget.modificado = Math.round(aprobado * jitter(rng, 1.06, 0.03));
  return budget;
}

/** Returns every demo month's amounts per fund (cents). */
export function planBudget(rng: Rng): Map<string, Record<Fondo, MonthBudget>> {
  const byFund = {} as Record<Fondo, Map<string, MonthBudget>>;
  for (const fondo of ['fae', 'goes'] as const) {
    const calibrated = new Map(PRESUPUESTO[fondo].flatMap((w) => [...windowMonths(rng, w)]));
    byFund[fondo] = new Map(demoMonths().map((m) => [m, calibrated.get(m) ?? ordinaryMonth(rng, fondo, m)]));
  }
  return new Map(demoMonths().map((m) => [m, { fae: byFund.fae.get(m) ?? {}, goes: byFund.goes.get(m) ?? {} }]));
}
