import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { PeriodMonthDatum } from '../../presentation/charts/period-monthly-chart.js';
import type { ProtectedRelease } from '../../privacy/protected-release.js';
import { cuadroRows, cuadroTable, martComparison, type ComparisonTable } from './comparison-queries.js';
import { readDataVersion, type DataVersion } from './data-version.js';
import type { BudgetRow, CuadroRow, ProcurementMethodRow, ProcurementStageRow, ProcurementStatusRow } from '../../presentation/marts/mart-rows.js';
import type { MonthlyCount, PeriodTotals } from './measure-figures.js';
import { SERVICES, type MartSource, type ServiceDefinition } from './service-catalogue.js';
import { MEASURES, monthlyMeasuresSql, periodBySexSql, type MeasureKey } from './service-measures.js';
import { loadRestrictedPopulations, type RestrictedPopulation } from './population-figures.js';
import type { EditorialContent } from '../../presentation/edition/editorial/editorial-content.js';
import { monthsOf, percentSql } from './sql-fragments.js';

/** One service with its figures: the measure's totals, its comparison tables and its months. */
export interface ServiceData {
  readonly definition: ServiceDefinition;
  readonly totals: PeriodTotals;
  readonly tables: readonly ComparisonTable[];
  readonly months: readonly PeriodMonthDatum[];
}

/** Everything the Memoria prints that comes from the warehouse. */
export interface MemoriaData {
  readonly period: ReportingPeriod;
  readonly services: readonly ServiceData[];
  readonly totals: ReadonlyMap<MeasureKey, PeriodTotals>;
  /** The edition folder's populations restricted by codes (population-figures.ts). */
  readonly restricted: ReadonlyMap<string, RestrictedPopulation>;
  /** Every measure's monthly series over the warehouse's whole history. */
  readonly monthly: ReadonlyMap<MeasureKey, readonly MonthlyCount[]>;
  readonly cuadros: readonly CuadroRow[];
  readonly budget: readonly BudgetRow[];
  readonly procurement: {
    readonly metodos: readonly ProcurementMethodRow[];
    readonly etapas: readonly ProcurementStageRow[];
    readonly estados: readonly ProcurementStatusRow[];
  };
  /** Labels of the closed code lists: lista → código → etiqueta. */
  readonly labels: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Institutions of the referral table: código → tipo (`gubernamental`, `autonoma`, …). */
  readonly institutionTypes: ReadonlyMap<string, string>;
  readonly version: DataVersion;
  /** Cells of the printed comparison tables suppressed by small-cell protection. */
  readonly suppressedCells: number;
}

/**
 * Returns the Memoria's data from the marts (comparison tables after small-cell protection);
 * `editorial` names the populations its editorial tables take from the warehouse.
 */
export async function loadMemoriaData(warehouse: Warehouse, period: ReportingPeriod, release: ProtectedRelease, editorial: EditorialContent): Promise<MemoriaData> {
  const populations = [...editorial.proyectos.map((project) => project.poblacion), ...editorial.iniciativas.map((initiative) => initiative.poblacion)];
  const cuadros = cuadroRows(release.tables.get('cuadros_memoria')?.rows ?? []);
  const monthly = await loadMonthly(warehouse, release);
  const totals = await loadTotals(warehouse, period, release);
  const restricted = await loadRestrictedPopulations(warehouse, period, populations);
  const services: ServiceData[] = [];
  for (const definition of SERVICES) {
    const tables = [];
    for (const source of definition.tablas) {
      tables.push(source.kind === 'cuadro' ? cuadroTable(source, cuadros) : releasedComparison(release, period, source, await martComparison(warehouse, period, source)));
    }
    services.push({ definition, totals: totals.get(definition.medida)!, tables, months: periodMonths(monthly.get(definition.medida) ?? [], period) });
  }
  const labels = new Map<string, Map<string, string>>();
  for (const row of await warehouse.rows<{ lista: string; codigo: string; etiqueta: string }>('select lista, codigo, etiqueta from referencia.codigos order by lista, orden')) {
    if (!labels.has(row.lista)) labels.set(row.lista, new Map());
    labels.get(row.lista)!.set(row.codigo, row.etiqueta);
  }
  const institutions = await warehouse.rows<{ codigo: string; tipo: string }>('select codigo, tipo from referencia.instituciones');
  return {
    period,
    services,
    totals,
    restricted,
    monthly,
    cuadros,
    labels,
    budget: await warehouse.rows<BudgetRow>(`
      select fondo, ejercicio, desde, hasta, aprobado::varchar as aprobado, modificado::varchar as modificado,
        comprometido::varchar as comprometido, devengado::varchar as devengado, modificaciones::varchar as modificaciones,
        presupuesto_vigente::varchar as presupuesto_vigente, pct_devengado::varchar as pct_devengado, meses_modificado
      from marts.presupuesto_periodo order by ejercicio, fondo`),
    procurement: {
      metodos: await warehouse.rows<ProcurementMethodRow>(`
        select m.ejercicio, m.desde, m.hasta, m.metodo, m.procesos, m.monto::varchar as monto
        from marts.compras_metodo m left join referencia.codigos c on c.lista = 'metodo' and c.codigo = m.metodo
        order by m.ejercicio, c.orden, m.metodo`),
      etapas: await warehouse.rows<ProcurementStageRow>(`
        select m.* from marts.compras_nivel_ejecucion m left join referencia.codigos c on c.lista = 'rubro' and c.codigo = m.rubro
        order by m.ejercicio, c.orden, m.rubro`),
      estados: await warehouse.rows<ProcurementStatusRow>('select ejercicio, desde, hasta, estado, procesos, monto::varchar as monto from marts.compras_estado_ejecucion order by ejercicio, estado'),
    },
    institutionTypes: new Map(institutions.map((row) => [row.codigo, row.tipo])),
    version: await readDataVersion(warehouse),
    suppressedCells: cuadros.reduce((sum, row) => sum + [row.m_anterior, row.f_anterior, row.total_anterior, row.m_actual, row.f_actual, row.total_actual].filter((value) => value === null).length, 0),
  };
}

/**
 * Returns a comparison table of a monthly mart with the figures of a protected measure as the
 * disclosure control released them (null where suppressed, and so the change).
 */
function releasedComparison(release: ProtectedRelease, period: ReportingPeriod, source: MartSource, table: ComparisonTable): ComparisonTable {
  if (!release.isProtected(source.medida)) return table;
  const spans = { anterior: [period.desdeAnterior, period.hastaAnterior], actual: [period.desde, period.hasta] } as const;
  const filas = table.filas.map((row) => {
    const category: Record<string, string> = source.categoria && row.tipo_fila !== 'total' ? { [source.categoria.columna]: row.codigo } : {};
    const figure = (column: 'm' | 'f' | 'total', which: 'anterior' | 'actual') => {
      const value = row[`${column}_${which}`];
      const filter = column === 'total' ? category : { ...category, sexo: column.toUpperCase() };
      return value === null ? null : printable(release, source.medida, spans[which][0], spans[which][1], value, filter);
    };
    const released = {
      m_anterior: figure('m', 'anterior'),
      f_anterior: figure('f', 'anterior'),
      total_anterior: figure('total', 'anterior'),
      m_actual: figure('m', 'actual'),
      f_actual: figure('f', 'actual'),
      total_actual: figure('total', 'actual'),
    };
    const hidden = released.total_anterior === null || released.total_actual === null;
    return { ...row, ...released, ...(hidden ? { variacion: null, variacion_pct: null } : {}) };
  });
  return { ...table, filas };
}

/** Returns every measure's monthly series (whole history); protected measures as the release prints them. */
export async function loadMonthly(warehouse: Warehouse, release: ProtectedRelease): Promise<Map<MeasureKey, MonthlyCount[]>> {
  const rows = await warehouse.rows<{ medida: MeasureKey; mes: string; cantidad: number }>(`select * from (${monthlyMeasuresSql()}) order by medida, mes`);
  const monthly = new Map<MeasureKey, MonthlyCount[]>(Object.keys(MEASURES).map((key) => [key, []]));
  for (const row of rows) {
    const cantidad = printable(release, row.medida, row.mes, row.mes, row.cantidad);
    // A month total the disclosure control had to suppress is left out: the chart shows no bar for it.
    if (cantidad !== null) monthly.get(row.medida)!.push({ mes: row.mes, cantidad });
  }
  return monthly;
}

/**
 * Returns a total a report prints: for a measure of a protected source, the figure as the
 * disclosure control released it (the same number, or null when it is suppressed); otherwise the mart's.
 */
export function printable(release: ProtectedRelease, measure: MeasureKey, desde: string, hasta: string, value: number, filter?: Record<string, string>): number | null {
  if (!release.isProtected(measure)) return value;
  const released = release.printed(measure, desde, hasta, filter);
  if (released !== null && released !== Number(value)) throw new Error(`La cifra ${measure} ${desde}..${hasta} del almacén (${value}) no es la que protegió el control de divulgación (${released})`);
  return released;
}

/** Returns every measure's totals over the reporting and comparison periods, with the change. */
async function loadTotals(warehouse: Warehouse, period: ReportingPeriod, release: ProtectedRelease): Promise<Map<MeasureKey, PeriodTotals>> {
  const rows = await warehouse.rows<PeriodTotals & { medida: MeasureKey }>(`
    with medidas as (select unnest([${Object.keys(MEASURES)
      .map((key) => `'${key}'`)
      .join(', ')}]) as medida),
    mensual as (${monthlyMeasuresSql()}),
    sumas as (
      select medidas.medida,
        coalesce(sum(cantidad) filter (where mes between '${period.desdeAnterior}' and '${period.hastaAnterior}'), 0) as anterior,
        coalesce(sum(cantidad) filter (where mes between '${period.desde}' and '${period.hasta}'), 0) as actual
      from medidas left join mensual on mensual.medida = medidas.medida
      group by medidas.medida
    )
    select medida, anterior, actual, actual - anterior as variacion, ${percentSql('actual - anterior', 'anterior')} as variacion_pct from sumas`);
  const bySex = await warehouse.rows<{ medida: MeasureKey; m_actual: number | null; f_actual: number | null }>(`
    select medida, sum(cantidad) filter (where sexo = 'M') as m_actual, sum(cantidad) filter (where sexo = 'F') as f_actual
    from (${periodBySexSql(period.desde, period.hasta)})
    group by medida
    having bool_and(coalesce(sexo in ('M', 'F'), false))`);
  const sexes = new Map(bySex.map((row) => [row.medida, row]));
  const bySexPrinted = (medida: MeasureKey, sexo: 'M' | 'F', value: number | null | undefined) =>
    value === null || value === undefined ? null : printable(release, medida, period.desde, period.hasta, value, { sexo });
  return new Map(
    rows.map(({ medida, ...totals }) => {
      const anterior = totals.anterior === null ? null : printable(release, medida, period.desdeAnterior, period.hastaAnterior, totals.anterior);
      const actual = totals.actual === null ? null : printable(release, medida, period.desde, period.hasta, totals.actual);
      const suprimida = (anterior === null && totals.anterior !== null) || (actual === null && totals.actual !== null);
      return [
        medida,
        {
          ...totals,
          anterior,
          actual,
          ...(suprimida ? { variacion: null, variacion_pct: null, suprimida } : {}),
          m_actual: bySexPrinted(medida, 'M', sexes.get(medida)?.m_actual),
          f_actual: bySexPrinted(medida, 'F', sexes.get(medida)?.f_actual),
        },
      ];
    }),
  );
}

/** Returns a series' months of the reporting and comparison periods, aligned by position in the period. */
export function periodMonths(series: readonly MonthlyCount[], period: ReportingPeriod): PeriodMonthDatum[] {
  const byMonth = new Map(series.map((row) => [row.mes, row.cantidad]));
  const datum = (mes: string, posicion: number, periodo: 'anterior' | 'actual') => ({ posicion, mes, periodo, cantidad: byMonth.get(mes) ?? null });
  return [
    ...monthsOf(period.desdeAnterior, period.hastaAnterior).map((mes, index) => datum(mes, index, 'anterior')),
    ...monthsOf(period.desde, period.hasta).map((mes, index) => datum(mes, index, 'actual')),
  ];
}
