/**
 * The figures a report states for each service: the measures the source declarations define
 * (pipelines/contract/sources/), each a monthly mart and the rows of it that count, with the SQL
 * that sums them. Sensitive measures (retornados, resguardos, derivaciones, NNA authorisations) are
 * only ever summed to the totals the disclosure control publishes: the whole month or period,
 * never a finer split.
 */
import { COUNT_UNIT_TEXT, measures, type CountUnit, type Measure } from '../../pipelines/contract/landing-sources.js';

export type { Measure } from '../../pipelines/contract/landing-sources.js';

/** A measure's key (`pasaportes`, `prechequeo_terrestre`, ...). */
export type MeasureKey = string;

const memoriaOrder = (measure: Measure) => measure.memoria?.orden ?? Number.POSITIVE_INFINITY;

/**
 * The measures the reports list side by side, in the Memoria's order of services, then the ones
 * without a service in contract order; a measure that is part of another is not listed.
 */
export const MEASURE_KEYS: readonly MeasureKey[] = measures
  .filter((measure) => !measure.partOf)
  .map((measure, index) => ({ measure, index }))
  .sort((a, b) => memoriaOrder(a.measure) - memoriaOrder(b.measure) || a.index - b.index)
  .map(({ measure }) => measure.key);

/** Every measure by key (parts included). */
export const MEASURES: Readonly<Record<MeasureKey, Measure>> = Object.fromEntries(measures.map((measure) => [measure.key, measure]));

/** Returns the SQL predicate selecting the rows of the measure's mart that count, or undefined for all. */
export function measureWhere(measure: Measure): string | undefined {
  const entries = Object.entries(measure.filtro ?? {});
  return entries.length ? entries.map(([column, value]) => `${column} = '${value.replaceAll("'", "''")}'`).join(' and ') : undefined;
}

/** Returns the landing source a measure counts. */
export function measureSource(key: MeasureKey): string {
  return MEASURES[key].source.name;
}

/** Returns true when `key` names a measure. */
export function isMeasureKey(key: string): key is MeasureKey {
  return Object.hasOwn(MEASURES, key);
}

/** Returns SQL giving `medida, mes, cantidad` for every measure and month with data. */
export function monthlyMeasuresSql(): string {
  return measures
    .map((measure) => {
      const where = measureWhere(measure);
      return `select '${measure.key}' as medida, mes, sum(cantidad) as cantidad from marts.${measure.mart}${where ? ` where ${where}` : ''} group by mes`;
    })
    .join('\nunion all\n');
}

/** Returns SQL giving `medida, sexo, cantidad` over `desde`..`hasta` for the measures that are not sensitive. */
export function periodBySexSql(desde: string, hasta: string): string {
  return measures
    .filter((measure) => !measure.sensible)
    .map((measure) => {
      const where = measureWhere(measure);
      return `select '${measure.key}' as medida, sexo, sum(cantidad) as cantidad from marts.${measure.mart} where mes between '${desde}' and '${hasta}'${where ? ` and ${where}` : ''} group by sexo`;
    })
    .join('\nunion all\n');
}

/** What a measure counts: its own unit, or its source's. */
export const measureUnit = (measure: Measure): CountUnit => measure.counts ?? measure.source.counts;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Says what every listed measure counts, grouped by unit: «Documentos emitidos: pasaportes emitidos, …». */
export function countUnitsText(): string {
  const byUnit = new Map<CountUnit, string[]>();
  for (const key of MEASURE_KEYS) {
    const measure = MEASURES[key];
    byUnit.set(measureUnit(measure), [...(byUnit.get(measureUnit(measure)) ?? []), lowerFirst(measure.nombre)]);
  }
  const list = (names: readonly string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} y ${names.at(-1)}` : names[0]);
  return [...byUnit].map(([unit, names]) => `${COUNT_UNIT_TEXT[unit].charAt(0).toUpperCase()}${COUNT_UNIT_TEXT[unit].slice(1)}: ${list(names)}.`).join(' ');
}
