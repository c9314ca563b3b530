/**
 * The figures of the quarterly executive report (Manual de Organización, Unidad de Planificación,
 * functions 12–13): every service's quarter and calendar year to the quarter's end against the same
 * months a year earlier, the operating plan's lines over the quarter, the budget and procurement of
 * the quarter and the PNI's statuses. Protected measures are sums of the monthly totals the
 * disclosure control released, never figures it did not see.
 */
import { releasedMonths } from '../../presentation/marts/released-sums.js';
import { budgetStretchQuery, type BudgetStretchRow } from '../../presentation/marts/budget-stretch.js';
import { yearBefore, type ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { ProtectedRelease } from '../../privacy/protected-release.js';
import { ratioPercent } from '../../presentation/format/number-format.js';
import { quarterYearBefore, type Quarter } from '../../presentation/format/quarters.js';
import { followUp, type FollowUpLine } from '../../presentation/metas/target-follow-up.js';
import { releasedTargets } from '../../presentation/metas/target-rows.js';
import type { PniStatus } from '../../presentation/pni/pni-statuses.js';
import { readDataVersion, type DataVersion } from '../memoria/data-version.js';
import { MEASURE_KEYS, monthlyMeasuresSql, type MeasureKey } from '../memoria/service-measures.js';
import { monthsOf } from '../memoria/sql-fragments.js';

/** A measure over two spans (the quarter, or the year to its end) and the same months a year earlier. */
export interface SpanFigures {
  /** Null when a month of it was withheld by the disclosure control (printed `x`). */
  readonly actual: number | null;
  readonly anterior: number | null;
  /** Null when either figure is withheld. */
  readonly variacion: number | null;
  /** `variacion / anterior × 100` (2 decimals); null when either figure is withheld or `anterior` is 0. */
  readonly variacion_pct: string | null;
}

/** One service in the report. */
export interface QuarterFigures {
  readonly medida: MeasureKey;
  readonly trimestre: SpanFigures;
  readonly acumulado: SpanFigures;
}

/** A fund's budget stage over the quarter and over the year to its end (exact decimal text; null when not sent). */
/** A fund's stage in the quarter (`tramo`) and the year to its end. */
export type QuarterBudget = BudgetStretchRow;

/** A `compras_trimestral` row with the labels of its codes. */
export interface QuarterProcurement {
  readonly metodo: string;
  readonly metodo_etiqueta: string;
  readonly estado_proceso: string;
  readonly estado_etiqueta: string;
  readonly procesos: number;
  readonly monto: string;
}

/** A PNI indicator of the quarter's year as published (`pni_avance`). */
export interface QuarterPniRow {
  readonly indicador: string;
  readonly eje: number;
  readonly estado: PniStatus;
}

export interface QuarterData {
  readonly quarter: Quarter;
  readonly previous: Quarter;
  /** The edition's reporting period: its last month is the cut-off of every figure. */
  readonly period: ReportingPeriod;
  readonly figures: readonly QuarterFigures[];
  /** The operating plan's lines over the quarter (empty when no targets were received for its year). */
  readonly targets: readonly FollowUpLine[];
  readonly budget: readonly QuarterBudget[];
  readonly procurement: readonly QuarterProcurement[];
  /** Every code of the closed lists `metodo` and `estado`, in their order, with labels. */
  readonly procurementCodes: { readonly metodo: readonly [string, string][]; readonly estado: readonly [string, string][] };
  readonly pni: readonly QuarterPniRow[];
  readonly pniAxes: ReadonlyMap<number, string>;
  readonly version: DataVersion;
}

/** Returns a span's figures and their change. */
export function spanFigures(actual: number | null, anterior: number | null): SpanFigures {
  if (actual === null || anterior === null) return { actual, anterior, variacion: null, variacion_pct: null };
  return { actual, anterior, variacion: actual - anterior, variacion_pct: ratioPercent(actual - anterior, anterior) };
}

/** Returns every service's quarter and year to the quarter's end against the same months a year earlier. */
export async function loadQuarterFigures(warehouse: Warehouse, quarter: Quarter, release: ProtectedRelease): Promise<QuarterFigures[]> {
  const previous = quarterYearBefore(quarter);
  const start = `${quarter.anio}-01`;
  const spans = {
    trimestre: [quarter.desde, quarter.hasta],
    trimestre_anterior: [previous.desde, previous.hasta],
    acumulado: [start, quarter.hasta],
    acumulado_anterior: [yearBefore(start), previous.hasta],
  } as const;
  const rows = await warehouse.rows<{ medida: MeasureKey } & Record<keyof typeof spans, number>>(`
    with mensual as (${monthlyMeasuresSql()})
    select medida, ${Object.entries(spans)
      .map(([name, [desde, hasta]]) => `coalesce(sum(cantidad) filter (where mes between '${desde}' and '${hasta}'), 0)::bigint as ${name}`)
      .join(', ')}
    from mensual group by medida`);
  const sums = new Map(rows.map((row) => [row.medida, row]));
  return MEASURE_KEYS.map((medida) => {
    let value: (name: keyof typeof spans) => number | null;
    if (release.isProtected(medida)) {
      value = (name) => {
        const released = releasedMonths(release, medida, monthsOf(...spans[name]));
        return typeof released === 'number' ? released : null;
      };
    } else {
      value = (name) => Number(sums.get(medida)?.[name] ?? 0);
    }
    return { medida, trimestre: spanFigures(value('trimestre'), value('trimestre_anterior')), acumulado: spanFigures(value('acumulado'), value('acumulado_anterior')) };
  });
}

/** Returns the quarter's procurement (`marts.compras_trimestral`), with the labels of its codes. */
async function loadProcurement(warehouse: Warehouse, quarter: Quarter): Promise<Pick<QuarterData, 'procurement' | 'procurementCodes'>> {
  const codes = await warehouse.rows<{ lista: string; codigo: string; etiqueta: string }>(
    `select lista, codigo, etiqueta from referencia.codigos where lista in ('metodo', 'estado') order by lista, orden, codigo`,
  );
  const list = (lista: string) => codes.filter((row) => row.lista === lista).map((row) => [row.codigo, row.etiqueta] as [string, string]);
  const procurement = await warehouse.rows<QuarterProcurement>(`
    select c.metodo, coalesce(m.etiqueta, c.metodo) as metodo_etiqueta, c.estado_proceso, coalesce(e.etiqueta, c.estado_proceso) as estado_etiqueta,
      c.procesos::integer as procesos, c.monto::varchar as monto
    from marts.compras_trimestral c
    left join referencia.codigos m on m.lista = 'metodo' and m.codigo = c.metodo
    left join referencia.codigos e on e.lista = 'estado' and e.codigo = c.estado_proceso
    where c.trimestre = '${quarter.codigo}'
    order by m.orden, e.orden`);
  return { procurement, procurementCodes: { metodo: list('metodo'), estado: list('estado') } };
}

/** Returns the PNI's published indicators of the quarter's year and the names of its axes. */
async function loadPni(warehouse: Warehouse, quarter: Quarter, release: ProtectedRelease): Promise<Pick<QuarterData, 'pni' | 'pniAxes'>> {
  const rows = (release.tables.get('pni_avance')?.rows ?? []).filter((row) => Number(row.anio) === quarter.anio);
  const pni = rows.map((row) => ({ indicador: row.indicador!, eje: Number(row.eje), estado: row.estado as PniStatus }));
  const axes = pni.length ? await warehouse.rows<{ eje: number; nombre: string }>(`select distinct eje, eje_nombre as nombre from marts.pni_avance_eje order by eje`) : [];
  return { pni, pniAxes: new Map(axes.map((row) => [Number(row.eje), row.nombre])) };
}

/** Returns everything the quarterly report of `quarter` prints. */
export async function loadQuarterData(warehouse: Warehouse, period: ReportingPeriod, quarter: Quarter, release: ProtectedRelease): Promise<QuarterData> {
  const targets = followUp(releasedTargets(release, period.hasta), quarter.desde, quarter.hasta);
  return {
    quarter,
    previous: quarterYearBefore(quarter),
    period,
    figures: await loadQuarterFigures(warehouse, quarter, release),
    targets,
    budget: await warehouse.rows<QuarterBudget>(budgetStretchQuery(quarter.desde, quarter.hasta)),
    ...(await loadProcurement(warehouse, quarter)),
    ...(await loadPni(warehouse, quarter, release)),
    version: await readDataVersion(warehouse),
  };
}
