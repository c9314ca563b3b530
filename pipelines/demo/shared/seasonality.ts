/**
 * Monthly patterns (season × trend) of the demo series. Values are relative: calibration scales them
 * to the Memoria's totals, so only their shape matters.
 */
import { calendarMonth, monthIndex } from './calendar.js';
import { holdsHolyWeek } from './holidays.js';
import type { MonthPattern } from './monthly-series.js';

type Season = readonly [number, number, number, number, number, number, number, number, number, number, number, number];

/** Returns a pattern from twelve seasonal factors (January first) and a linear monthly growth rate. */
export function seasonalPattern(season: Season, growthPerMonth = 0, holyWeekFactor = 1): MonthPattern {
  return (month) => {
    const seasonal = season[calendarMonth(month) - 1] ?? 1;
    const trend = Math.max(0.05, 1 + growthPerMonth * monthIndex(month));
    return seasonal * trend * (holdsHolyWeek(month) ? holyWeekFactor : 1);
  };
}

/** Returns a pattern that is 0 before the month the service started and follows base after. */
export function startingIn(first: string, base: MonthPattern): MonthPattern {
  return (month) => (month < first ? 0 : base(month));
}

/** Passports: demand climbed steadily through 2023 with the new offices and online renewal. */
export const passportPattern = seasonalPattern([0.92, 0.95, 1.02, 0.95, 1.0, 1.04, 1.08, 0.94, 0.98, 1.05, 1.03, 0.86], 0.045, 0.92);

/** Border flow into the country: Christmas and the summer holidays bring the diaspora home. */
export const entryPattern = seasonalPattern([0.96, 0.84, 0.94, 1.0, 0.9, 0.95, 1.12, 1.1, 0.9, 0.9, 0.98, 1.36], 0.01, 1.08);

/** Border flow out of the country: the same visitors leave in January. */
export const exitPattern = seasonalPattern([1.26, 0.86, 0.94, 1.0, 0.9, 0.95, 1.06, 1.1, 0.9, 0.9, 0.95, 1.14], 0.01, 1.08);

/** Office procedures (residence, visas, nationality, certificates): quieter in December and Holy Week. */
export const officePattern = seasonalPattern([0.95, 1.02, 1.05, 0.92, 1.04, 1.0, 1.02, 0.96, 1.0, 1.04, 1.02, 0.82], 0.004, 0.9);

/** Returns and referrals: deportation flights with a lull around the end of the year. */
export const returnsPattern = seasonalPattern([0.9, 0.96, 1.05, 1.02, 1.06, 1.04, 1.02, 1.0, 1.0, 1.02, 0.98, 0.88], 0.006);

/** Land pre-check and minors' travel permits: holiday travel by bus. */
export const landTravelPattern = seasonalPattern([1.08, 0.86, 0.95, 1.06, 0.92, 0.95, 1.08, 1.06, 0.92, 0.94, 0.98, 1.2], 0.003, 1.1);
