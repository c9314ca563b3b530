/**
 * The people an edition folder's populations restricted by codes stand for (`poblacion: {medida:
 * capacitaciones, filtro: {curso: curso_basico_trata}}`): over the reporting period, by sex. Where
 * the source sends person keys, distinct people (int_<fuente>__personas); otherwise the records,
 * which the text then prints with their unit, never as people. Protected measures are never
 * restricted here: their figures come only from the disclosure control.
 */
import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import { sqlIdentifier, sqlString, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { EditorialPopulation } from '../../presentation/edition/editorial/editorial-content.js';
import { MEASURES, isMeasureKey, measureWhere } from './service-measures.js';

/** A restricted population's figure: people by sex, or records (`eventos`). */
export interface RestrictedPopulation {
  readonly m: number;
  readonly f: number;
  readonly eventos: boolean;
}

/** The key of a restricted population: its measure and its codes. */
export function populationKey(population: EditorialPopulation): string {
  return `${population.medida}|${JSON.stringify(Object.entries(population.filtro ?? {}).sort())}`;
}

/** Returns the figures of every population that names a measure and codes, by populationKey. */
export async function loadRestrictedPopulations(warehouse: Warehouse, period: ReportingPeriod, populations: readonly (EditorialPopulation | undefined)[]): Promise<Map<string, RestrictedPopulation>> {
  const figures = new Map<string, RestrictedPopulation>();
  for (const population of populations) {
    if (!population?.medida || !population.filtro || !isMeasureKey(population.medida) || figures.has(populationKey(population))) continue;
    const measure = MEASURES[population.medida];
    if (measure.sensible || measure.source.protection) continue;
    const filter = { ...measure.filtro, ...population.filtro };
    const columns = Object.keys(filter);
    const bySex = (rows: readonly { sexo: string | null; cantidad: number | bigint | null }[]) => ({
      m: Number(rows.find((row) => row.sexo === 'M')?.cantidad ?? 0),
      f: Number(rows.find((row) => row.sexo === 'F')?.cantidad ?? 0),
    });
    if (measure.source.persona && measure.source.models === 'generated' && columns.length === 1) {
      const [column] = columns;
      const rows = await warehouse.rows<{ sexo: string | null; cantidad: number | bigint | null }>(
        `select sexo, personas as cantidad from intermediate.${sqlIdentifier(`int_${measure.source.name}__personas`)}
         where ventana = 'actual' and columna = ${sqlString(column)} and codigo = ${sqlString(filter[column])}`,
      );
      figures.set(populationKey(population), { ...bySex(rows), eventos: false });
      continue;
    }
    const where = measureWhere({ ...measure, filtro: filter });
    const rows = await warehouse.rows<{ sexo: string | null; cantidad: number | bigint | null }>(
      `select sexo, sum(cantidad) as cantidad from marts.${sqlIdentifier(measure.mart)}
       where mes between ${sqlString(period.desde)} and ${sqlString(period.hasta)}${where ? ` and ${where}` : ''} group by sexo`,
    );
    figures.set(populationKey(population), { ...bySex(rows), eventos: measure.source.counts !== 'personas' });
  }
  return figures;
}
