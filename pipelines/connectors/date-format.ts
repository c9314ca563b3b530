import { wallTime } from '../time/zoned-time.js';

/**
 * How a source system writes its dates (`formato_fecha` of a source's `mapeo`), in Spanish tokens:
 * `AAAA` year, `MM` month, `DD` day, separated by one of `-`, `/`, `.` or by nothing
 * (`DD/MM/AAAA`, `MM/DD/AAAA`, `AAAAMMDD`, `AAAA-MM`), optionally followed by a time
 * (`DD/MM/AAAA hh:mm:ss`, `AAAA-MM-DDThh:mm`). A format without `DD` is a month format.
 */
export interface DateFormat {
  /** The format as written in the schedule file. */
  readonly text: string;
  /** True for a month format: values become the contract's `AAAA-MM`. */
  readonly month: boolean;
  /**
   * Returns the contract date (`AAAA-MM-DD`, or `AAAA-MM` for a month format) of a value written in
   * this format, or undefined when the value does not have the format's shape.
   */
  toContract(value: string): string | undefined;
}

/** Formats the documentation and error messages name. */
export const DATE_FORMAT_EXAMPLES = ['AAAA-MM-DD', 'DD/MM/AAAA', 'MM/DD/AAAA', 'DD-MM-AAAA', 'AAAAMMDD', 'AAAA-MM', 'MM/AAAA', 'AAAAMM', 'DD/MM/AAAA hh:mm:ss', 'AAAA-MM-DDThh:mm:ss'];

type Part = 'AAAA' | 'MM' | 'DD';

/** Returns the compiled format, or a Spanish sentence saying what is wrong with it. */
export function parseDateFormat(text: string): DateFormat | string {
  const admitted = `se admiten, por ejemplo: ${DATE_FORMAT_EXAMPLES.join(', ')}`;
  const match = /^([^ T]+)(?:[ T](.*))?$/.exec(text);
  if (!match) return admitted;
  const [, datePart, timePart] = match;
  if (/[a-zY]/.test(datePart)) return `escriba el año, el mes y el día como AAAA, MM y DD, en mayúsculas; ${admitted}`;
  if (timePart !== undefined && !['hh:mm', 'hh:mm:ss'].includes(timePart)) return `la hora se escribe hh:mm o hh:mm:ss; ${admitted}`;
  const tokens: string[] = datePart.match(/AAAA|MM|DD|./g) ?? [];
  const isPart = (token: string): token is Part => token === 'AAAA' || token === 'MM' || token === 'DD';
  const compact = tokens.every(isPart);
  // Separated: part, separator, part (, separator, part), one separator throughout.
  const separated = tokens.length % 2 === 1 && tokens.every((token, index) => (index % 2 === 0 ? isPart(token) : token === tokens[1] && ['-', '/', '.'].includes(token)));
  const parts = tokens.filter(isPart);
  const count = (part: Part) => parts.filter((found) => found === part).length;
  if (!(compact || separated) || count('AAAA') !== 1 || count('MM') !== 1 || count('DD') > 1 || !(parts[0] === 'AAAA' || parts.at(-1) === 'AAAA')) return admitted;
  const separator = compact ? '' : tokens[1];
  const month = !parts.includes('DD');
  if (month && timePart) return `un formato de mes (sin DD) no lleva hora; ${admitted}`;
  const digits = (part: Part) => (part === 'AAAA' ? '(\\d{4})' : compact ? '(\\d{2})' : '(\\d{1,2})');
  const datePattern = parts.map(digits).join(compact ? '' : `\\${separator}`);
  // A timestamp may carry seconds, a fraction and a zone (`Z`, `-06:00`) whatever the format says; its time may be absent.
  const timePattern = timePart ? '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?' : '';
  const pattern = new RegExp(`^${datePattern}${timePattern}$`);
  return {
    text,
    month,
    toContract(value) {
      const found = pattern.exec(value.trim());
      if (!found) return undefined;
      const fields: Record<string, number> = {};
      parts.forEach((part, index) => (fields[part] = Number(found[index + 1])));
      const [hour, minute, second, zone] = found.slice(parts.length + 1);
      return contractDate(fields.AAAA, fields.MM, month ? undefined : fields.DD, hour === undefined ? undefined : { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), zone });
    },
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Returns the contract text of a parsed date. A value that has the format's shape but is no calendar
 * date (31/02/2024, or 13/05/2024 read as MM/DD/AAAA) is still written in the contract's order
 * (2024-02-31, 2024-13-05): the warehouse then quarantines it with its reason, where the value as
 * received (13/05/2024) would be read as the contract's DD/MM/AAAA, a different, valid date.
 */
function contractDate(year: number, month: number, day: number | undefined, time?: { hour: number; minute: number; second: number; zone?: string }): string {
  if (day === undefined) return `${pad(year, 4)}-${pad(month)}`;
  const written = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time?.zone || !isCalendarDate(year, month, day) || time.hour > 23 || time.minute > 59 || time.second > 59) return written;
  // A timestamp with a zone is an instant: the contract's day is the day it falls on in El Salvador.
  const offset = time.zone === 'Z' ? 0 : zoneMinutes(time.zone);
  const instant = new Date(Date.UTC(year, month - 1, day, time.hour, time.minute, time.second) - offset * 60_000);
  const local = wallTime(instant);
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
}

function zoneMinutes(zone: string): number {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
