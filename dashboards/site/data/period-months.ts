/** Month arithmetic on `YYYY-MM` strings, and spans of months as the pages name them. */
import { monthYearSpan, shortSpan } from '../../../presentation/format/period-labels.js';

/** A span of whole months, both ends included. */
export interface MonthSpan {
  readonly desde: string;
  readonly hasta: string;
}

/** Returns the number of months since year 0 (for differences). */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Returns the month `offset` months after `month`. */
export function addMonths(month: string, offset: number): string {
  const index = monthIndex(month) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Returns every month of a span, in order. */
export function monthsOf(span: MonthSpan): string[] {
  const months: string[] = [];
  for (let month = span.desde; month <= span.hasta; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** Returns a span as `jun 2023 – mar 2024` (or one month). */
export function spanLabel(span: MonthSpan): string {
  return shortSpan(span.desde, span.hasta);
}

/** Returns a span as running text: `junio 2023 a marzo 2024`. */
export function spanText(span: MonthSpan): string {
  return monthYearSpan(span.desde, span.hasta);
}

/** Returns true when both spans are the same months. */
export function sameSpan(a: MonthSpan, b: MonthSpan): boolean {
  return a.desde === b.desde && a.hasta === b.hasta;
}

/** Returns how many days of each weekday (index 0 = lunes … 6 = domingo) the months of a span have. */
export function weekdayCounts(months: readonly string[]): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const month of months) {
    const year = Number(month.slice(0, 4));
    const monthNumber = Number(month.slice(5, 7));
    const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
    for (let day = 1; day <= days; day++) counts[(new Date(Date.UTC(year, monthNumber - 1, day)).getUTCDay() + 6) % 7]++;
  }
  return counts;
}
