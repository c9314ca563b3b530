/**
 * Months, spans of months and days as Spanish text, for every output (PDFs, dashboards, open data):
 * the one definition of the Spanish month names.
 */

/** The Spanish month names, January first. */
export const MONTH_NAMES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const;

/** The short Spanish month names (`ene`), January first. */
export const SHORT_MONTH_NAMES = MONTH_NAMES.map((name) => name.slice(0, 3));

/** The Spanish names of the days of the week, Monday first (ISO order: 1 lunes … 7 domingo). */
export const WEEKDAY_NAMES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'] as const;

/** The short Spanish names of the days of the week (`lun`, `mié`), Monday first. */
export const SHORT_WEEKDAY_NAMES = WEEKDAY_NAMES.map((name) => name.slice(0, 3));

const monthIndex = (month: string) => Number(month.slice(5, 7)) - 1;
const year = (month: string) => month.slice(0, 4);

/** Returns a month (`YYYY-MM`) as Spanish text, e.g. `junio de 2023`. */
export function monthName(month: string): string {
  return `${MONTH_NAMES[monthIndex(month)]} de ${year(month)}`;
}

/** Returns a period as Spanish text, e.g. `junio de 2023 a marzo de 2024`. */
export function periodText(desde: string, hasta: string): string {
  return desde === hasta ? monthName(desde) : `${monthName(desde)} a ${monthName(hasta)}`;
}

/** Returns a month (`YYYY-MM`) with its year, without `de`, e.g. `junio 2023`. */
export function monthYear(month: string): string {
  return `${MONTH_NAMES[monthIndex(month)]} ${year(month)}`;
}

/** Returns a span of months as running text without `de`, e.g. `junio 2023 a marzo 2024` (or one month). */
export function monthYearSpan(desde: string, hasta: string): string {
  return desde === hasta ? monthYear(desde) : `${monthYear(desde)} a ${monthYear(hasta)}`;
}

/** Returns a month (`YYYY-MM`) as a short Spanish label, e.g. `jun 2023`. */
export function shortMonth(month: string): string {
  return `${SHORT_MONTH_NAMES[monthIndex(month)]} ${year(month)}`;
}

/** Returns the short Spanish name of a month (`YYYY-MM`) without its year, e.g. `jun`. */
export function shortMonthName(month: string): string {
  return SHORT_MONTH_NAMES[monthIndex(month)];
}

/** Returns the short Spanish name of a month `YYYY-MM` for a chart tick (`jun`), with its year when asked (`jun 23`). */
export function monthTick(month: string, withYear = false): string {
  const name = shortMonthName(month);
  return withYear ? `${name} ${month.slice(2, 4)}` : name;
}

/** Returns a span of months as a compact column header, e.g. `jun 2022 – mar 2023`. */
export function shortSpan(desde: string, hasta: string): string {
  return desde === hasta ? shortMonth(desde) : `${shortMonth(desde)} – ${shortMonth(hasta)}`;
}

/** Returns a span of months as running text, e.g. `junio a diciembre de 2023` or `junio de 2023 a marzo de 2024`. */
export function spanText(desde: string, hasta: string): string {
  if (desde === hasta) return monthName(desde);
  if (year(desde) === year(hasta)) return `${MONTH_NAMES[monthIndex(desde)]} a ${monthName(hasta)}`;
  return `${monthName(desde)} a ${monthName(hasta)}`;
}

/** Returns a span of months for a title, capitalised, e.g. `Junio 2023 – marzo 2024`. */
export function titleSpan(desde: string, hasta: string): string {
  const text = desde === hasta ? monthYear(desde) : `${monthYear(desde)} – ${monthYear(hasta)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Returns the last day of a month (`YYYY-MM`) as Spanish text, e.g. `31 de marzo de 2024`. */
export function lastDayText(month: string): string {
  const days = new Date(Date.UTC(Number(year(month)), monthIndex(month) + 1, 0)).getUTCDate();
  return `${days} de ${monthName(month)}`;
}

/** Returns an ISO timestamp as a Spanish date in El Salvador's time, e.g. `15 de abril de 2024`. */
export function dateText(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/El_Salvador', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
  return dayText(parts);
}

/** Returns the first day of a month (`YYYY-MM`) as Spanish text, e.g. `1 de junio de 2023`. */
export function firstDayText(month: string): string {
  return `1 de ${monthName(month)}`;
}

/** Returns a calendar day (`YYYY-MM-DD`, no time zone involved) as Spanish text, e.g. `31 de mayo de 2024`. */
export function dayText(day: string): string {
  return `${Number(day.slice(8, 10))} de ${dayMonthText(day)}`;
}

/** Returns the month of a calendar day (`YYYY-MM-DD`) as Spanish text, e.g. `mayo de 2024`. */
export function dayMonthText(day: string): string {
  return monthName(day.slice(0, 7));
}
