import cron from 'node-cron';
import { SCHEDULE_TIME_ZONE, wallTime, zonedInstant } from '../../pipelines/time/zoned-time.js';

/** How far back a previous slot is looked for (a yearly schedule fits). */
const SEARCH_DAYS = 400;

/**
 * Returns the latest time at or before `now` when `expression` fires in El Salvador, or undefined
 * within 400 days. node-cron has no "previous run", so this walks days backwards over the hours
 * and minutes its parser lists and asks node-cron's own matcher, which knows the day-of-month /
 * weekday rules and the time zone.
 */
export function previousSlot(expression: string, now: Date): Date | undefined {
  const fields = cron.parse(expression);
  const task = cron.createTask(expression, () => {}, { timezone: SCHEDULE_TIME_ZONE });
  try {
    const today = wallTime(now);
    const hours = [...fields.hour].sort((a, b) => b - a);
    const minutes = [...fields.minute].sort((a, b) => b - a);
    for (let back = 0; back <= SEARCH_DAYS; back++) {
      for (const hour of hours) {
        for (const minute of minutes) {
          const candidate = zonedInstant(today.year, today.month, today.day - back, hour, minute);
          if (candidate.getTime() <= now.getTime() && task.match(candidate)) return candidate;
        }
      }
    }
    return undefined;
  } finally {
    void task.destroy();
  }
}

/** Returns the next time after `now` when `expression` fires in El Salvador. */
export function nextSlot(expression: string, now: Date): Date | undefined {
  const fields = cron.parse(expression);
  const task = cron.createTask(expression, () => {}, { timezone: SCHEDULE_TIME_ZONE });
  try {
    const today = wallTime(now);
    const hours = [...fields.hour].sort((a, b) => a - b);
    const minutes = [...fields.minute].sort((a, b) => a - b);
    for (let ahead = 0; ahead <= SEARCH_DAYS; ahead++) {
      for (const hour of hours) {
        for (const minute of minutes) {
          const candidate = zonedInstant(today.year, today.month, today.day + ahead, hour, minute);
          if (candidate.getTime() > now.getTime() && task.match(candidate)) return candidate;
        }
      }
    }
    return undefined;
  } finally {
    void task.destroy();
  }
}
