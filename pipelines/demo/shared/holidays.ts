/**
 * El Salvador's public holidays and busy seasons in the demo span, which shape the daily series:
 * offices close, and border posts fill up at Holy Week, the August festivities and Christmas.
 */
import { calendarMonth } from './calendar.js';

/** Holy Thursday of each year (Holy Week moves with Easter). */
const HOLY_THURSDAY: Readonly<Record<string, string>> = {
  '2022': '2022-04-14',
  '2023': '2023-04-06',
  '2024': '2024-03-28',
};

const FIXED_HOLIDAYS = ['01-01', '05-01', '05-10', '06-17', '08-03', '08-04', '08-05', '08-06', '09-15', '11-02', '12-25'];

/** Returns the offset in days between two `YYYY-MM-DD` days (b − a). */
function dayDistance(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Returns whether a day is in Holy Week (Palm Sunday to Easter Sunday). */
export function isHolyWeek(day: string): boolean {
  const thursday = HOLY_THURSDAY[day.slice(0, 4)];
  if (!thursday) return false;
  const offset = dayDistance(thursday, day);
  return offset >= -4 && offset <= 3;
}

/** Returns whether public offices are closed on a day (public holiday or Holy Thursday to Saturday). */
export function isPublicHoliday(day: string): boolean {
  if (FIXED_HOLIDAYS.includes(day.slice(5))) return true;
  const thursday = HOLY_THURSDAY[day.slice(0, 4)];
  if (!thursday) return false;
  const offset = dayDistance(thursday, day);
  return offset >= 0 && offset <= 2;
}

/** Returns whether the month holds Holy Week (2022-04, 2023-04, 2024-03). */
export function holdsHolyWeek(month: string): boolean {
  const thursday = HOLY_THURSDAY[month.slice(0, 4)];
  return thursday !== undefined && thursday.slice(0, 7) === month;
}

/** Returns the travel intensity of a day at the border, by direction (1 = an ordinary day). */
export function borderTravelFactor(day: string, direccion: 'entrada' | 'salida'): number {
  const mon = calendarMonth(day);
  const date = Number(day.slice(8, 10));
  let factor = 1;
  if (isHolyWeek(day)) factor *= 1.45;
  if (mon === 8 && date >= 1 && date <= 7) factor *= 1.3;
  // The diaspora flies in for Christmas and leaves after New Year.
  if (direccion === 'entrada' && mon === 12 && date >= 15) factor *= 1.6;
  if (direccion === 'salida' && mon === 12 && date >= 26) factor *= 1.3;
  if (direccion === 'salida' && mon === 1 && date <= 10) factor *= 1.55;
  return factor;
}
