/**
 * SQL pieces the report queries share. `percentSql` is the project's one rounding (the dbt macro
 * `porcentaje`): numerator / denominator × 100, 2 decimals, half away from zero, in exact integer
 * arithmetic, returned as text (`21.80`), NULL when the denominator is 0 or NULL.
 */

/** Returns SQL for `numerator / denominator × 100` of whole counts, rounded as the warehouse rounds, as VARCHAR. */
export function percentSql(numerator: string, denominator: string): string {
  const num = `cast(${numerator} as hugeint)`;
  const den = `cast(${denominator} as hugeint)`;
  return `(case when ${den} is not null and ${den} <> 0 and ${num} is not null then
      cast(cast(sign(${num}) * sign(${den}) * ((abs(${num}) * 20000 + abs(${den})) // (2 * abs(${den}))) * cast(0.01 as decimal(3, 2)) as decimal(18, 2)) as varchar)
    end)`;
}

/** Returns a SQL `between` on a `YYYY-MM` column. */
export function monthsBetween(column: string, desde: string, hasta: string): string {
  return `${column} between '${desde}' and '${hasta}'`;
}

/** Returns the months `YYYY-MM` from `desde` to `hasta`, both included. */
export function monthsOf(desde: string, hasta: string): string[] {
  const months: string[] = [];
  let year = Number(desde.slice(0, 4));
  let month = Number(desde.slice(5, 7));
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > hasta) break;
    months.push(current);
    month === 12 ? ((month = 1), year++) : month++;
  }
  return months;
}
