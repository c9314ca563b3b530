/**
 * Record-level sources (passports, residences, returns) send one row per record with an id. These
 * helpers order a month's records by day, in a random order within the day, and number them per year
 * the way the source systems do (`PAS-2023-000123`).
 */
import type { DayProfile } from './daily-profile.js';
import { splitOverDays } from './daily-profile.js';
import { shuffleInPlace, type Rng } from './prng.js';

/** A month's records grouped by day. */
export class DayBuckets<T> {
  private readonly buckets = new Map<string, T[]>();

  /** Adds the items to the month's days following a day profile, keeping their given order. */
  spread(rng: Rng, month: string, profile: DayProfile, items: readonly T[]): void {
    let next = 0;
    for (const [day, count] of splitOverDays(rng, items.length, month, profile)) {
      if (count === 0) continue;
      const bucket = this.buckets.get(day) ?? [];
      for (let i = 0; i < count; i++) bucket.push(items[next++] as T);
      this.buckets.set(day, bucket);
    }
  }

  /** Returns `[day, item]` pairs in day order, shuffled within each day. */
  ordered(rng: Rng): Array<[string, T]> {
    const days = [...this.buckets.keys()].sort();
    const result: Array<[string, T]> = [];
    for (const day of days) {
      for (const item of shuffleInPlace(rng, this.buckets.get(day) ?? [])) result.push([day, item]);
    }
    return result;
  }
}

/** Returns a numbering function: each call gives the next id of the day's year (`PREFIX-YYYY-000001`). */
export function yearlyIds(prefix: string, digits: number): (day: string) => string {
  const counters = new Map<string, number>();
  return (day) => {
    const year = day.slice(0, 4);
    const next = (counters.get(year) ?? 0) + 1;
    counters.set(year, next);
    return `${prefix}-${year}-${String(next).padStart(digits, '0')}`;
  };
}
