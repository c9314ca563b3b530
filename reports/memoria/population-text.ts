import { formatCount, NO_FIGURE } from '../pdf/number-format.js';
import type { EditorialPopulation } from './editorial-content.js';
import type { PeriodTotals } from './mart-rows.js';
import { isMeasureKey, type MeasureKey } from './service-measures.js';

/** Returns a population with a measure reference replaced by the measure's period result from the marts. */
export function resolvePopulation(population: EditorialPopulation | undefined, totals: ReadonlyMap<MeasureKey, PeriodTotals>): EditorialPopulation | undefined {
  if (!population?.medida) return population;
  if (!isMeasureKey(population.medida)) return undefined;
  const result = totals.get(population.medida);
  if (!result || result.actual === null) return undefined;
  return result.m_actual != null && result.f_actual != null ? { m: result.m_actual, f: result.f_actual } : { total: result.actual };
}

/** Returns people reached as printed: `1,128 (529 M · 599 F)`, `3,355 mujeres`, or a single total. */
export function populationText(population: EditorialPopulation | undefined, totals: ReadonlyMap<MeasureKey, PeriodTotals>): string {
  const resolved = resolvePopulation(population, totals);
  if (!resolved) return NO_FIGURE;
  if (resolved.m !== undefined && resolved.f !== undefined) {
    return `${formatCount(resolved.total ?? resolved.m + resolved.f)} (${formatCount(resolved.m)} M · ${formatCount(resolved.f)} F)`;
  }
  if (resolved.m !== undefined) return `${formatCount(resolved.m)} hombres`;
  if (resolved.f !== undefined) return `${formatCount(resolved.f)} mujeres`;
  return formatCount(resolved.total ?? null);
}

/** Returns a population as the M and F cells of a table, or one total spanning both (`{total}`). */
export function populationCells(population: EditorialPopulation | undefined, totals: ReadonlyMap<MeasureKey, PeriodTotals>): [string, string] | { total: string } {
  const resolved = resolvePopulation(population, totals);
  if (!resolved) return [NO_FIGURE, NO_FIGURE];
  if (resolved.m === undefined && resolved.f === undefined) return { total: formatCount(resolved.total ?? null) };
  return [formatCount(resolved.m ?? null), formatCount(resolved.f ?? null)];
}
