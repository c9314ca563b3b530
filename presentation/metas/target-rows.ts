/**
 * The operating plan's targets as an edition publishes them: the rows of `metas_avance` and
 * `metas_mensual` after disclosure control (privacy/target-figures.ts). Every output that prints a
 * POA figure reads them from here, never from the marts.
 */
import { findCountSource } from '../../pipelines/contract/landing-sources.js';
import type { ProtectedRelease, TextRow } from '../../privacy/protected-release.js';
import { TARGET_DATASETS } from '../../privacy/protected-sources.js';

/** A `metas_avance` row: one target of the reporting period against what was done. */
export interface TargetRow {
  readonly anio: number;
  /** 1–12; null for a yearly target. */
  readonly mes: number | null;
  /** The measured count source. */
  readonly medida: string;
  /** `columna=código` pairs joined by `;`, empty when the target restricts nothing. */
  readonly filtro: string;
  /** Spanish labels of the restricting codes (`Central`), null when none. */
  readonly filtroEtiqueta: string | null;
  readonly unidad: string | null;
  readonly programado: number;
  /** Null when the source sent nothing for the target's months, or when the disclosure control withheld it. */
  readonly ejecutado: number | null;
  readonly pctEjecucion: string | null;
  readonly suprimido: boolean;
}

/** A `metas_mensual` row: a measure and restriction in one month (`YYYY-MM`). */
export interface TargetMonthRow {
  readonly medida: string;
  readonly filtro: string;
  readonly mes: string;
  /** The month's own target; null under a yearly target. */
  readonly programado: number | null;
  readonly ejecutado: number | null;
  readonly suprimido: boolean;
}

/** The targets of an edition: the period's targets, their months, and the period's last month. */
export interface TargetData {
  readonly targets: readonly TargetRow[];
  readonly months: readonly TargetMonthRow[];
  /** The reporting period's last month (`YYYY-MM`): nothing after it has been counted. */
  readonly hasta: string;
}

const count = (value: string | null | undefined): number | null => (value === null || value === undefined || value === '' ? null : Number(value));

/** Returns the released target rows of an edition (empty when the period has no targets). */
export function releasedTargets(release: ProtectedRelease, hasta: string): TargetData {
  const [targetsName, monthsName] = TARGET_DATASETS;
  return targetDataOf(release.tables.get(targetsName)?.rows ?? [], release.tables.get(monthsName)?.rows ?? [], hasta);
}

/**
 * Returns the target rows as published (`metas_avance` and `metas_mensual`, every value as text: the
 * release's tables or the CSVs read back); `label` gives a restriction's Spanish label where the rows
 * do not carry `filtro_etiqueta` (the open data leaves it out).
 */
export function targetDataOf(targets: readonly TextRow[], months: readonly TextRow[], hasta: string, label?: (medida: string, filtro: string) => string | null): TargetData {
  return {
    hasta,
    targets: targets.map((row) => targetRow(row, label)).sort(byTarget),
    months: months.map(monthRow).sort((a, b) => a.medida.localeCompare(b.medida) || a.filtro.localeCompare(b.filtro) || a.mes.localeCompare(b.mes)),
  };
}

function targetRow(row: TextRow, label?: (medida: string, filtro: string) => string | null): TargetRow {
  return {
    anio: Number(row.anio),
    mes: count(row.mes),
    medida: row.medida!,
    filtro: row.filtro ?? '',
    filtroEtiqueta: row.filtro_etiqueta || (label?.(row.medida!, row.filtro ?? '') ?? null),
    unidad: row.unidad || null,
    programado: Number(row.programado),
    ejecutado: count(row.ejecutado),
    pctEjecucion: row.pct_ejecucion || null,
    suprimido: row.suprimido === 'true',
  };
}

function monthRow(row: TextRow): TargetMonthRow {
  return { medida: row.medida!, filtro: row.filtro ?? '', mes: row.mes!, programado: count(row.programado), ejecutado: count(row.ejecutado), suprimido: row.suprimido === 'true' };
}

const byTarget = (a: TargetRow, b: TargetRow) => a.anio - b.anio || (a.mes ?? 13) - (b.mes ?? 13) || a.medida.localeCompare(b.medida) || a.filtro.localeCompare(b.filtro);

/** Returns what a count source's records are, in Spanish (`Pasaportes emitidos`): its monthly dataset's title without «por mes». */
export function measureSubject(medida: string): string {
  const source = findCountSource(medida);
  return source ? source.title.replace(/ por mes$/, '') : medida;
}
