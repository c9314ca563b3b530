/**
 * The Memoria's period targets (Plan institucional): each line of the edition folder's `metas`
 * (edicion.yml) names a measure and what it describes; its figure comes from the POA when the
 * `metas` source has targets for it, from edicion.yml otherwise. A POA target counts for a line
 * when it measures the line's source and restricts exactly the columns the line restricts (its
 * measure's own filter and the line's `filtro`) to codes the line counts: the visas line
 * (`tramite: [visa, prorroga]`) adds the visa and extension targets, the passports line takes the
 * unrestricted targets and not the offices' (which would count the same passports twice). Over the
 * period, monthly targets add up month by month and a yearly target counts a twelfth for each of
 * its months in the period; where a line has monthly targets in a year, its yearly one is not added.
 */
import { findMeasure } from '../../pipelines/contract/landing-sources.js';
import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import type { EditorialContent, EditorialTarget } from '../edition/editorial/editorial-content.js';
import { parseFilter } from '../../privacy/target-figures.js';
import type { TargetData, TargetRow } from './target-rows.js';

/** A Memoria target with where its figure comes from. */
export interface PlanTarget extends EditorialTarget {
  /** `poa`: the sum of the `metas` source's targets over the period; `edicion`: edicion.yml's `meta`. */
  readonly origen: 'poa' | 'edicion';
}

/** An edition folder whose targets say where their figures come from. */
export type PlannedEditorial = Omit<EditorialContent, 'metas'> & { readonly metas: readonly PlanTarget[] };

/** Returns true when a POA target counts for the edition's target line. */
function countsFor(line: EditorialTarget, target: TargetRow): boolean {
  const measure = findMeasure(line.medida);
  if (!measure || target.medida !== measure.source.name) return false;
  const accepted = new Map<string, readonly string[]>(Object.entries(measure.filtro ?? {}).map(([column, code]) => [column, [code]]));
  for (const [column, codes] of Object.entries(line.filtro ?? {})) accepted.set(column, accepted.has(column) ? codes.filter((code) => accepted.get(column)!.includes(code)) : codes);
  const filter = parseFilter(target.filtro);
  const columns = Object.keys(filter);
  return columns.length === accepted.size && columns.every((column) => accepted.get(column)?.includes(filter[column]) ?? false);
}

/** Months of `anio` inside the period. */
function monthsInPeriod(anio: number, period: ReportingPeriod): number {
  let months = 0;
  for (let mes = 1; mes <= 12; mes++) {
    const month = `${anio}-${String(mes).padStart(2, '0')}`;
    if (month >= period.desde && month <= period.hasta) months++;
  }
  return months;
}

/** Returns the line's period target from the POA, or undefined when the POA has none for it. */
export function poaPeriodTarget(line: EditorialTarget, data: TargetData, period: ReportingPeriod): number | undefined {
  const targets = data.targets.filter((target) => countsFor(line, target));
  if (!targets.length) return undefined;
  const monthlyYears = new Set(targets.filter((target) => target.mes !== null).map((target) => `${target.anio}|${target.filtro}`));
  const twelfths = targets.reduce((sum, target) => {
    if (target.mes !== null) return sum + 12 * target.programado;
    return monthlyYears.has(`${target.anio}|${target.filtro}`) ? sum : sum + target.programado * monthsInPeriod(target.anio, period);
  }, 0);
  return Math.round(twelfths / 12);
}

/** Returns the edition with its targets' figures taken from the POA where it has them. */
export function withPlanTargets(editorial: EditorialContent, data: TargetData, period: ReportingPeriod): PlannedEditorial {
  return {
    ...editorial,
    metas: editorial.metas.map((line) => {
      const poa = poaPeriodTarget(line, data, period);
      return poa === undefined ? { ...line, origen: 'edicion' } : { ...line, meta: poa, origen: 'poa' };
    }),
  };
}
