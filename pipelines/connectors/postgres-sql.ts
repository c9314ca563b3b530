import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { SCHEDULE_TIME_ZONE } from '../time/zoned-time.js';

/**
 * The SQL pieces of the PostgreSQL connector that depend on a column's type, and the arithmetic of
 * watermarks. A watermark travels as text `AAAA-MM-DDTHH:MM:SS.ffffff` (microseconds, as PostgreSQL
 * keeps them; UTC wall time for timestamptz), so it sorts as text and never passes through a JS Date.
 */
const WATERMARK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})$/;
const MICROS_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US';

/** Returns the SQL text of a watermark column, in the connector's format. */
export function watermarkText(column: string, dataType: string): RawBuilder<string> {
  const ref = sql.ref(column);
  return dataType === 'timestamp with time zone' ? sql<string>`to_char(${ref} at time zone 'UTC', ${MICROS_FORMAT})` : sql<string>`to_char(${ref}, ${MICROS_FORMAT})`;
}

/** Returns a watermark text as a value of the column's type, for comparisons that can use its index. */
export function watermarkValue(text: string, dataType: string): RawBuilder<unknown> {
  return dataType === 'timestamp with time zone' ? sql`(${text}::timestamp at time zone 'UTC')` : sql`${text}::timestamp`;
}

/**
 * Returns the SQL text of a value for the landing file: dates and timestamps as the day they fall on
 * in El Salvador (`AAAA-MM-DD`, the contract's `fecha`), everything else as PostgreSQL prints it.
 */
export function cellText(column: string, dataType: string): RawBuilder<string | null> {
  const ref = sql.ref(column);
  if (dataType === 'timestamp with time zone') return sql`to_char(${ref} at time zone ${SCHEDULE_TIME_ZONE}, 'YYYY-MM-DD')`;
  if (dataType === 'date' || dataType === 'timestamp without time zone') return sql`to_char(${ref}, 'YYYY-MM-DD')`;
  return sql`${ref}::text`;
}

/** Whether a saved marca is a watermark of this connector (a source that switched connector keeps another's state). */
export function isWatermark(marca: string): boolean {
  return WATERMARK.test(marca);
}

/** Returns `marca` moved by `seconds` (negative: earlier), keeping its microseconds. */
export function shiftWatermark(marca: string, seconds: number): string {
  const match = WATERMARK.exec(marca);
  if (!match) throw new Error(`marca de agua con formato inesperado: ${marca}`);
  const [, year, month, day, hour, minute, second, micros] = match;
  const shifted = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) + seconds * 1000);
  return `${shifted.toISOString().slice(0, 19)}.${micros}`;
}

/** Returns the later of two watermarks (either may be undefined). */
export function laterWatermark(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** Returns a short hash of one version of a record (its values and watermark). */
export function versionHash(values: readonly (string | null)[], marca: string): string {
  return createHash('sha256')
    .update(JSON.stringify([marca, ...values]))
    .digest('hex')
    .slice(0, 16);
}
