/** A reporting period of whole months and its comparison period (the same months one year earlier). */
export interface ReportingPeriod {
  readonly desde: string;
  readonly hasta: string;
  readonly desdeAnterior: string;
  readonly hastaAnterior: string;
  readonly meses: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Returns the period for `--desde`/`--hasta` (`YYYY-MM`), or throws a Spanish message saying what is wrong. */
export function reportingPeriod(desde: string, hasta: string): ReportingPeriod {
  for (const [flag, value] of [
    ['--desde', desde],
    ['--hasta', hasta],
  ] as const) {
    if (!MONTH.test(value)) throw new PeriodError(`${flag} debe tener la forma AAAA-MM (por ejemplo 2023-06); se recibió «${value}».`);
  }
  if (desde > hasta) throw new PeriodError(`El periodo está invertido: --desde ${desde} es posterior a --hasta ${hasta}.`);
  return { desde, hasta, desdeAnterior: shiftYear(desde, -1), hastaAnterior: shiftYear(hasta, -1), meses: monthIndex(hasta) - monthIndex(desde) + 1 };
}

export class PeriodError extends Error {}

function shiftYear(month: string, years: number): string {
  return `${Number(month.slice(0, 4)) + years}${month.slice(4)}`;
}

/** Returns the same month (`YYYY-MM`) one year earlier: what every comparison compares with. */
export const yearBefore = (month: string): string => shiftYear(month, -1);

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Returns the last day of a month (`YYYY-MM`) as `YYYY-MM-DD`: the data cut-off of a period ending that month. */
export function lastDayIso(month: string): string {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}
