import { yearBefore, type ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { SparkDatum } from '../../presentation/charts/sparkline-chart.js';
import { readDataVersion, type DataVersion } from '../memoria/data-version.js';
import { loadMonthly, printable } from '../memoria/memoria-data.js';
import type { ProtectedRelease } from '../../privacy/protected-release.js';
import { MEASURE_KEYS, monthlyMeasuresSql, type MeasureKey } from '../memoria/service-measures.js';
import { monthsOf, percentSql } from '../memoria/sql-fragments.js';
import { budgetStretchQuery, type BudgetStretchRow } from '../../presentation/marts/budget-stretch.js';
import { loadBreakdowns, type BulletinBreakdowns } from './boletin-breakdown-data.js';
import { followUp, type FollowUpLine } from '../../presentation/metas/target-follow-up.js';
import { releasedTargets } from '../../presentation/metas/target-rows.js';

/** One service in the bulletin: the month, the same month a year earlier, and both years to date. */
export interface BulletinFigures {
  readonly medida: MeasureKey;
  /** Null when the disclosure control suppressed the figure (a protected population, 1 to 4 people). */
  readonly mes: number | null;
  readonly mes_anterior: number | null;
  readonly variacion_mes_pct: string | null;
  readonly acumulado: number | null;
  readonly acumulado_anterior: number | null;
  readonly variacion_acumulado_pct: string | null;
}

/** A fund's budget in the month and in the year to date (exact decimal text; null when not sent). */
/** A fund's stage in the month (`tramo`) and the year to date. */
export type BulletinBudget = BudgetStretchRow;

export interface BulletinData {
  /** The bulletin's month (`YYYY-MM`): the last month of the period. */
  readonly month: string;
  readonly previousMonth: string;
  readonly figures: readonly BulletinFigures[];
  /** Each measure's last 13 months, ending with the bulletin's month (null: nothing delivered for it). */
  readonly series: ReadonlyMap<MeasureKey, readonly SparkDatum[]>;
  readonly budget: readonly BulletinBudget[];
  /** The month's breakdowns (sex, port, channel, nationality, route and age of returnees). */
  readonly breakdowns: BulletinBreakdowns;
  /** The POA's target lines over the month and the year to date, from the released rows. */
  readonly targets: readonly FollowUpLine[];
  readonly version: DataVersion;
}

/**
 * Returns the bulletin's figures from the marts: every measure for the period's last month against
 * the same month a year earlier and the year to date against the same months a year earlier.
 * Totals of protected sources are the ones the disclosure control released (protected-release.ts).
 */
export async function loadBulletinData(warehouse: Warehouse, period: ReportingPeriod, release: ProtectedRelease): Promise<BulletinData> {
  const month = period.hasta;
  const previousMonth = yearBefore(month);
  const start = `${month.slice(0, 4)}-01`;
  const previousStart = yearBefore(start);
  const computed = await warehouse.rows<BulletinFigures>(`
    with medidas as (select * from (values ${MEASURE_KEYS.map((key, index) => `('${key}', ${index})`).join(', ')}) as medidas (medida, orden)),
    mensual as (${monthlyMeasuresSql()}),
    sumas as (
      select medidas.medida, medidas.orden,
        coalesce(sum(cantidad) filter (where mes = '${month}'), 0) as mes,
        coalesce(sum(cantidad) filter (where mes = '${previousMonth}'), 0) as mes_anterior,
        coalesce(sum(cantidad) filter (where mes between '${start}' and '${month}'), 0) as acumulado,
        coalesce(sum(cantidad) filter (where mes between '${previousStart}' and '${previousMonth}'), 0) as acumulado_anterior
      from medidas left join mensual on mensual.medida = medidas.medida
      group by medidas.medida, medidas.orden
    )
    select medida, mes, mes_anterior, ${percentSql('mes - mes_anterior', 'mes_anterior')} as variacion_mes_pct,
      acumulado, acumulado_anterior, ${percentSql('acumulado - acumulado_anterior', 'acumulado_anterior')} as variacion_acumulado_pct
    from sumas order by orden`);
  const figures = computed.map((row) => {
    const released = {
      mes: printable(release, row.medida, month, month, row.mes!),
      mes_anterior: printable(release, row.medida, previousMonth, previousMonth, row.mes_anterior!),
      acumulado: printable(release, row.medida, start, month, row.acumulado!),
      acumulado_anterior: printable(release, row.medida, previousStart, previousMonth, row.acumulado_anterior!),
    };
    return {
      ...row,
      ...released,
      // A change computed from a suppressed figure would give it away.
      variacion_mes_pct: released.mes === null || released.mes_anterior === null ? null : row.variacion_mes_pct,
      variacion_acumulado_pct: released.acumulado === null || released.acumulado_anterior === null ? null : row.variacion_acumulado_pct,
    };
  });
  const monthly = await loadMonthly(warehouse, release);
  const window = monthsOf(previousMonth, month);
  const series = new Map(
    MEASURE_KEYS.map((key) => {
      const byMonth = new Map((monthly.get(key) ?? []).map((row) => [row.mes, row.cantidad]));
      return [key, window.map((mes) => ({ mes, cantidad: byMonth.get(mes) ?? null }))] as const;
    }),
  );
  const budget = await warehouse.rows<BulletinBudget>(budgetStretchQuery(month, month));
  const breakdowns = await loadBreakdowns(warehouse, month, release);
  const targets = followUp(releasedTargets(release, month), month, month);
  return { month, previousMonth, figures, series, budget, breakdowns, targets, version: await readDataVersion(warehouse) };
}
