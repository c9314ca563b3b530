import type { PublicationDate } from './publication-date.js';
import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';
import type { Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import type { ProtectedRelease } from '../../privacy/protected-release.js';

/** A note an output leaves for the run report (informe-ejecucion.json), never for the public. */
export interface EditionObservation {
  /** The output, in Spanish (`Memoria de Labores (PDF)`). */
  readonly salida: string;
  readonly mensaje: string;
}

/** What every output of an edition receives: the built warehouse (read-only), the period, dbt's docs. */
export interface EditionContext {
  readonly warehouse: Warehouse;
  readonly period: ReportingPeriod;
  /** The edition's folder being prepared; it replaces `--out` only when every output succeeded. */
  readonly dir: string;
  /** dbt's manifest.json of this build (model and column descriptions). */
  readonly manifestPath: string;
  /** When the edition was produced (ISO 8601), fixed for the whole run: technical records only. */
  readonly createdAt: string;
  /** The edition's publication date: the only date a document, the LEEME or the dashboards print as published. */
  readonly publication: PublicationDate;
  /**
   * The edition's editorial folder (`ediciones/<desde>_<hasta>/` or `--edicion`): the plain files the
   * Unidad de Planificación edits (narrative, targets, signatory). Undefined when there is none.
   */
  readonly editorialDir: string | undefined;
  /** The edition published before this run (`--out` as it is now), read-only; undefined on a first run. */
  readonly previousDir: string | undefined;
  /** Small-cell protection: cells of protected populations counting 1 to threshold − 1 are suppressed. */
  readonly privacyThreshold: number;
  /**
   * The protected datasets and the totals reports may print about protected populations, after
   * disclosure control and its audit: outputs take those figures from here, never from the marts.
   */
  readonly release: ProtectedRelease;
  /** The run report; outputs add what a reader of the public documents must not see (observaciones). */
  readonly report: { readonly observaciones: EditionObservation[] };
}

/** One published output of an edition (open data, Memoria PDF, dashboards, ...). */
export interface EditionOutput {
  /** Spanish name shown in progress and in the run report. */
  readonly name: string;
  /** Writes the output under `context.dir`; returns the paths written, relative to it. */
  write(context: EditionContext): Promise<string[]>;
}
