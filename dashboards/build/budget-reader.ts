import type { BudgetMonth } from '../data/site-data.js';
import type { PublishedData } from './published-data-reader.js';

const STAGES = ['aprobado', 'modificado', 'comprometido', 'devengado'] as const;

/** Returns an amount given as decimal text (`2358554.33`) in cents, exactly. */
export function toCents(amount: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new Error(`Monto no válido en presupuesto_mensual: «${amount}».`);
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw new Error(`Monto demasiado grande: «${amount}».`);
  return match[1] ? -cents : cents;
}

/**
 * Returns the monthly budget by fund with the four stages side by side, in cents, from
 * `presupuesto_mensual` (published, or its mart: budget figures are not protected); null without it.
 */
export async function readBudgetMonths(data: PublishedData): Promise<{ meses: BudgetMonth[]; fuente: string } | null> {
  const rows = await data.rows('presupuesto_mensual');
  if (!rows) return null;
  const months = new Map<string, { mes: string; fondo: string } & Record<(typeof STAGES)[number], number | null>>();
  for (const row of rows) {
    const key = `${row.mes}|${row.fondo}`;
    const month = months.get(key) ?? { mes: row.mes, fondo: row.fondo, aprobado: null, modificado: null, comprometido: null, devengado: null };
    const stage = row.etapa as (typeof STAGES)[number];
    if (STAGES.includes(stage) && row.monto !== '') month[stage] = (month[stage] ?? 0) + toCents(row.monto);
    months.set(key, month);
  }
  return { meses: [...months.values()].sort((a, b) => a.mes.localeCompare(b.mes) || a.fondo.localeCompare(b.fondo)), fuente: 'presupuesto_mensual' };
}
