/**
 * The demo's calendar: months as `YYYY-MM`, days as `YYYY-MM-DD`, the span every count source covers
 * and the two periods of the 2023-2024 Memoria. Dates are computed in UTC so the time zone never matters.
 */

/** First and last month of data for every count source. */
export const DEMO_FIRST_MONTH = '2022-01';
export const DEMO_LAST_MONTH = '2024-05';

/** The 2023-2024 Memoria: reporting period and comparison period (same months one year earlier). */
export const REPORTING_PERIOD = { desde: '2023-06', hasta: '2024-03' } as const;
export const COMPARISON_PERIOD = { desde: '2022-06', hasta: '2023-03' } as const;

/** Returns the month n months after (or before, when n is negative) the given month. */
export function addMonths(month: string, n: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Returns every month from first to last, both included. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** Returns every month the demo covers. */
export function demoMonths(): string[] {
  return monthRange(DEMO_FIRST_MONTH, DEMO_LAST_MONTH);
}

/** Returns the position of a month counted from the first demo month (0 for 2022-01). */
export function monthIndex(month: string): number {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const [y0, m0] = DEMO_FIRST_MONTH.split('-').map(Number) as [number, number];
  return (year - y0) * 12 + (mon - m0);
}

/** Returns the calendar month (1 to 12) of a `YYYY-MM` or `YYYY-MM-DD` value. */
export function calendarMonth(value: string): number {
  return Number(value.slice(5, 7));
}

/** Returns every day of a month as `YYYY-MM-DD`. */
export function daysOfMonth(month: string): string[] {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** Returns the day of the week of a `YYYY-MM-DD` day (0 = Sunday … 6 = Saturday). */
export function weekday(day: string): number {
  const [year, mon, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, mon - 1, date)).getUTCDay();
}

/** Returns `DD/MM/YYYY` for a `YYYY-MM-DD` day (the other date form the contract accepts). */
export function toDayMonthYear(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** Returns which Memoria period a month falls in, or undefined when it is in neither. */
export function periodOf(month: string): 'anterior' | 'actual' | undefined {
  if (month >= REPORTING_PERIOD.desde && month <= REPORTING_PERIOD.hasta) return 'actual';
  if (month >= COMPARISON_PERIOD.desde && month <= COMPARISON_PERIOD.hasta) return 'anterior';
  return undefined;
}

/** Returns the file name of a routine monthly delivery, dated `day` of the following month. */
export function deliveryName(month: string, day: number, extension = 'csv', label = 'mensual'): string {
  return `${addMonths(month, 1)}-${String(day).padStart(2, '0')}_${label}-${month}.${extension}`;
}
