/**
 * The Kysely database type of an operational PostgreSQL system as the connector sees it. Operational
 * tables are configured in the schedule file, not compiled in, so they share one row type read as
 * text (every value is cast to text in SQL, so no date shifts through a time zone and no number
 * loses digits); the catalogue view the connector reads is typed exactly.
 */
export type InformationSchemaColumns = {
  table_schema: string;
  table_name: string;
  column_name: string;
  data_type: string;
};

/** One record read by the connector: its id and watermark as text, then the contract columns it maps. */
export type OperationalRow = {
  /** The record id as text. */
  registro_id: string;
  /** The watermark as `AAAA-MM-DDTHH:MM:SS.ffffff` (UTC wall time for timestamptz). */
  registro_marca: string;
} & Record<string, string | null>;

export interface OperationalDatabase {
  'information_schema.columns': InformationSchemaColumns;
}

/** Data types the watermark column may have. */
export const WATERMARK_TYPES = ['timestamp with time zone', 'timestamp without time zone'] as const;
