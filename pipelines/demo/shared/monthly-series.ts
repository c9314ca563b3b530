/**
 * Calibrated monthly series: a category's total in each Memoria period is split exactly over the
 * period's months following a seasonal pattern, and the months outside both periods continue the
 * level of the nearest period so the series has no seams.
 */
import { splitTotal } from './allocate.js';
import { COMPARISON_PERIOD, REPORTING_PERIOD, demoMonths, monthIndex, monthRange } from './calendar.js';
import { jitter, type Rng } from './prng.js';

/** A category's golden totals: comparison period (`anterior`) and reporting period (`actual`). */
export interface PeriodTotals {
  readonly anterior: number;
  readonly actual: number;
}

/** The relative size of a month (season × trend); 0 means the category did not exist yet. */
export type MonthPattern = (month: string) => number;

/** Returns the count of every demo month, exact on both periods and continuous outside them. */
export function calibratedMonthlySeries(rng: Rng, totals: PeriodTotals, pattern: MonthPattern, spread = 0.06): Map<string, number> {
  const months = demoMonths();
  const weights = new Map<string, number>();
  for (const month of months) {
    const base = pattern(month);
    weights.set(month, base > 0 ? jitter(rng, base, spread) : 0);
  }
  const before = monthRange(COMPARISON_PERIOD.desde, COMPARISON_PERIOD.hasta);
  const during = monthRange(REPORTING_PERIOD.desde, REPORTING_PERIOD.hasta);
  const series = new Map<string, number>();
  const rates: number[] = [];
  for (const [period, total] of [
    [before, totals.anterior],
    [during, totals.actual],
  ] as const) {
    const w = period.map((m) => weights.get(m) ?? 0);
    splitTotal(total, w).forEach((count, i) => series.set(period[i] as string, count));
    const weightSum = w.reduce((sum, x) => sum + x, 0);
    rates.push(weightSum > 0 ? total / weightSum : 0);
  }
  const [rateBefore = 0, rateDuring = 0] = rates;
  const gapStart = monthIndex(COMPARISON_PERIOD.hasta);
  const gapEnd = monthIndex(REPORTING_PERIOD.desde);
  for (const month of months) {
    if (series.has(month)) continue;
    const index = monthIndex(month);
    let rate = index < gapStart ? rateBefore : rateDuring;
    if (index > gapStart && index < gapEnd) {
      const t = (index - gapStart) / (gapEnd - gapStart);
      rate = rateBefore + (rateDuring - rateBefore) * t;
    }
    series.set(month, Math.round(rate * (weights.get(month) ?? 0)));
  }
  return series;
}

/** Returns the sum of a series over the months from desde to hasta, both included. */
export function seriesTotal(series: ReadonlyMap<string, number>, desde: string, hasta: string): number {
  return monthRange(desde, hasta).reduce((sum, m) => sum + (series.get(m) ?? 0), 0);
}
