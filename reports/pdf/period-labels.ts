import { monthName } from '../../orchestration/run/reporting-period.js';

const SHORT_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

const monthIndex = (month: string) => Number(month.slice(5, 7)) - 1;
const year = (month: string) => month.slice(0, 4);

/** Returns a month (`YYYY-MM`) as a short Spanish label, e.g. `jun 2023`. */
export function shortMonth(month: string): string {
  return `${SHORT_MONTHS[monthIndex(month)]} ${year(month)}`;
}

/** Returns the short Spanish name of a month (`YYYY-MM`) without its year, e.g. `jun`. */
export function shortMonthName(month: string): string {
  return SHORT_MONTHS[monthIndex(month)];
}

/** Returns a span of months as a compact column header, e.g. `jun 2022 – mar 2023`. */
export function shortSpan(desde: string, hasta: string): string {
  return desde === hasta ? shortMonth(desde) : `${shortMonth(desde)} – ${shortMonth(hasta)}`;
}

/** Returns a span of months as running text, e.g. `junio a diciembre de 2023` or `junio de 2023 a marzo de 2024`. */
export function spanText(desde: string, hasta: string): string {
  if (desde === hasta) return monthName(desde);
  if (year(desde) === year(hasta)) return `${MONTHS[monthIndex(desde)]} a ${monthName(hasta)}`;
  return `${monthName(desde)} a ${monthName(hasta)}`;
}

/** Returns a span of months for a title, capitalised, e.g. `Junio 2023 – marzo 2024`. */
export function titleSpan(desde: string, hasta: string): string {
  const label = (month: string) => `${MONTHS[monthIndex(month)]} ${year(month)}`;
  const text = desde === hasta ? label(desde) : `${label(desde)} – ${label(hasta)}`;
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
  const [y, m, d] = parts.split('-');
  return `${Number(d)} de ${MONTHS[Number(m) - 1]} de ${y}`;
}

/** Returns the first day of a month (`YYYY-MM`) as Spanish text, e.g. `1 de junio de 2023`. */
export function firstDayText(month: string): string {
  return `1 de ${monthName(month)}`;
}

/** Returns a calendar day (`YYYY-MM-DD`, no time zone involved) as Spanish text, e.g. `31 de mayo de 2024`. */
export function dayText(day: string): string {
  return `${Number(day.slice(8, 10))} de ${MONTHS[Number(day.slice(5, 7)) - 1]} de ${day.slice(0, 4)}`;
}

/** Returns the month of a calendar day (`YYYY-MM-DD`) as Spanish text, e.g. `mayo de 2024`. */
export function dayMonthText(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1]} de ${day.slice(0, 4)}`;
}
