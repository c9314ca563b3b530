/**
 * How a month's count spreads over its days: offices close on Sundays and public holidays, border
 * posts never close and peak on weekends and holidays, deportation flights land on working days.
 */
import { jitterWeights, splitTotal } from './allocate.js';
import { daysOfMonth, weekday } from './calendar.js';
import { borderTravelFactor, isPublicHoliday } from './holidays.js';
import type { Rng } from './prng.js';

export type DayProfile = 'oficina' | 'habiles' | 'frontera_entrada' | 'frontera_salida' | 'vuelos' | 'continuo';

const BORDER_WEEKDAY = [1.1, 0.9, 0.85, 0.9, 0.95, 1.15, 1.15];

/** Returns the relative weight of a day under a profile (0 = nothing happens that day). */
export function dayWeight(day: string, profile: DayProfile): number {
  const dow = weekday(day);
  switch (profile) {
    case 'oficina':
      if (isPublicHoliday(day) || dow === 0) return 0;
      return dow === 6 ? 0.5 : 1;
    case 'habiles':
      return isPublicHoliday(day) || dow === 0 || dow === 6 ? 0 : 1;
    case 'frontera_entrada':
      return (BORDER_WEEKDAY[dow] ?? 1) * borderTravelFactor(day, 'entrada');
    case 'frontera_salida':
      return (BORDER_WEEKDAY[dow] ?? 1) * borderTravelFactor(day, 'salida');
    case 'vuelos':
      return dow === 0 ? 0.1 : dow === 6 ? 0.4 : 1;
    case 'continuo':
      return 1;
  }
}

/** Returns the month's total split over its days as `[day, count]` pairs (days with 0 included). */
export function splitOverDays(rng: Rng, total: number, month: string, profile: DayProfile, spread = 0.25): Array<[string, number]> {
  const days = daysOfMonth(month);
  const weights = jitterWeights(
    rng,
    days.map((day) => dayWeight(day, profile)),
    spread,
  );
  const parts = splitTotal(total, weights);
  return days.map((day, i) => [day, parts[i] ?? 0]);
}
