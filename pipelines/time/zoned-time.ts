/** The time zone every schedule and every time shown to operators is read in. */
export const SCHEDULE_TIME_ZONE = 'America/El_Salvador';

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Returns the wall-clock time of `instant` in `timeZone`. */
export function wallTime(instant: Date, timeZone = SCHEDULE_TIME_ZONE): WallTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** Returns the instant at which the wall clock of `timeZone` shows the given time (day may overflow, as in Date.UTC). */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone = SCHEDULE_TIME_ZONE): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let instant = guess - offsetMs(new Date(guess), timeZone);
  // A second pass settles instants near an offset change (El Salvador has none since 1988; other zones may).
  instant = guess - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

function offsetMs(instant: Date, timeZone: string): number {
  const wall = wallTime(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  return asUtc - instant.getTime();
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Returns `AAAA-MM-DD HH:MM` (or with seconds) in El Salvador time, as operators read it. */
export function localText(instant: Date, withSeconds = false): string {
  const wall = wallTime(instant);
  const time = `${pad(wall.hour)}:${pad(wall.minute)}${withSeconds ? `:${pad(wall.second)}` : ''}`;
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${time}`;
}

/** Returns `AAAA-MM-DD_HHMMSS_mmm` in El Salvador time: a file-name stamp that sorts like time. */
export function fileStamp(instant: Date): string {
  const wall = wallTime(instant);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}_${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}_${pad(wall.millisecond, 3)}`;
}
