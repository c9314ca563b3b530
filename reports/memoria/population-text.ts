import { formatCount, NO_FIGURE } from '../../presentation/format/number-format.js';
import type { EditorialPopulation } from '../../presentation/edition/editorial/editorial-content.js';
import type { PeriodTotals } from './measure-figures.js';
import { populationKey, type RestrictedPopulation } from './population-figures.js';
import { isMeasureKey, MEASURES, measureUnit, type MeasureKey } from './service-measures.js';

/** The figures a population may name: every measure's period totals, and the populations restricted by codes. */
export interface PopulationData {
  readonly totals: ReadonlyMap<MeasureKey, PeriodTotals>;
  readonly restricted: ReadonlyMap<string, RestrictedPopulation>;
}

/**
 * Returns the unit of a population taken from a measure that does not count people (border
 * movements, documents): its figure is printed with that unit, never as a number of people.
 */
function eventUnit(population: EditorialPopulation | undefined, data: PopulationData): string | undefined {
  if (!population?.medida || !isMeasureKey(population.medida)) return undefined;
  const measure = MEASURES[population.medida];
  const restricted = population.filtro ? data.restricted.get(populationKey(population)) : undefined;
  if (restricted) return restricted.eventos ? measure.unidad.plural : undefined;
  return measureUnit(measure) === 'personas' ? undefined : measure.unidad.plural;
}

/** Returns a population with a measure reference replaced by the measure's period result from the marts. */
export function resolvePopulation(population: EditorialPopulation | undefined, data: PopulationData): EditorialPopulation | undefined {
  if (!population?.medida) return population;
  if (!isMeasureKey(population.medida)) return undefined;
  if (population.filtro) {
    const restricted = data.restricted.get(populationKey(population));
    return restricted ? { m: restricted.m, f: restricted.f } : undefined;
  }
  const result = data.totals.get(population.medida);
  if (!result || result.actual === null) return undefined;
  return result.m_actual != null && result.f_actual != null ? { m: result.m_actual, f: result.f_actual } : { total: result.actual };
}

/** Returns people reached as printed: `1,128 (529 M · 599 F)`, `3,355 mujeres`, or a single total. */
export function populationText(population: EditorialPopulation | undefined, data: PopulationData): string {
  const resolved = resolvePopulation(population, data);
  if (!resolved) return NO_FIGURE;
  const events = eventUnit(population, data);
  if (events) return `${formatCount(resolved.total ?? (resolved.m ?? 0) + (resolved.f ?? 0))} ${events} (no son personas distintas)`;
  if (resolved.m !== undefined && resolved.f !== undefined) {
    return `${formatCount(resolved.total ?? resolved.m + resolved.f)} (${formatCount(resolved.m)} M · ${formatCount(resolved.f)} F)`;
  }
  if (resolved.m !== undefined) return `${formatCount(resolved.m)} hombres`;
  if (resolved.f !== undefined) return `${formatCount(resolved.f)} mujeres`;
  return formatCount(resolved.total ?? null);
}

/** Returns a population as the M and F cells of a table, or one total spanning both (`{total}`). */
export function populationCells(population: EditorialPopulation | undefined, data: PopulationData): [string, string] | { total: string } {
  const resolved = resolvePopulation(population, data);
  if (!resolved) return [NO_FIGURE, NO_FIGURE];
  if (eventUnit(population, data)) return { total: populationText(population, data) };
  if (resolved.m === undefined && resolved.f === undefined) return { total: formatCount(resolved.total ?? null) };
  return [formatCount(resolved.m ?? null), formatCount(resolved.f ?? null)];
}
