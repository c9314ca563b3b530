/**
 * What a public-information request asks (`memoria consulta`), checked against the landing
 * contract's declarations before anything is read: which source or measure, which columns split
 * the count, which codes restrict it. A wrong request is a usage error that lists what exists.
 */
import { countSources, measures, type CountSource } from '../../pipelines/contract/landing-sources.js';
import { protectedSources, type ProtectedSource } from '../../privacy/protected-sources.js';

/** The time columns an answer can be split by: days only where records are not protected. */
export const TIME_COLUMNS = {
  dia: 'Día del registro (AAAA-MM-DD); «sin_dia» cuando la fuente envió el total del mes.',
  mes: 'Mes (AAAA-MM).',
  trimestre: 'Trimestre calendario (AAAA-Tn), limitado al periodo de la respuesta.',
  anio: 'Año (AAAA), limitado al periodo de la respuesta.',
} as const;

export type TimeColumn = keyof typeof TIME_COLUMNS;

/** The parameters of a request, as the register keeps them and `--repetir` replays them. */
export interface RequestParameters {
  /** A count source (`flujo`) or a measure key (`autorizaciones_nna`). */
  readonly medida: string;
  readonly por: readonly string[];
  readonly filtro: Readonly<Record<string, string>>;
  /** `AAAA-MM`; the first month with data when not asked. */
  readonly desde: string | null;
  /** `AAAA-MM`; the last month with data when not asked. */
  readonly hasta: string | null;
  readonly formato: 'csv' | 'xlsx';
  readonly umbral: number;
}

/** A request the command line got wrong (exit 2): the message says what exists. */
export class RequestUsageError extends Error {}

/** The source a request counts and how. */
export interface RequestedMeasure {
  readonly clave: string;
  readonly nombre: string;
  readonly source: CountSource;
  /** Its disclosure control, when the source counts a protected population. */
  readonly protection: ProtectedSource | undefined;
  /** The codes a measure key restricts the source to (none for a whole source). */
  readonly filtro: Readonly<Record<string, string>>;
  /** The columns the answer can be split or restricted by, time first. */
  readonly columns: readonly string[];
}

/** Resolves `--medida`: a count source or a measure key; anything else lists both. */
export function requestedMeasure(medida: string): RequestedMeasure {
  const source = countSources.find((candidate) => candidate.name === medida);
  const measure = measures.find((candidate) => candidate.key === medida && candidate.filtro);
  const chosen = source ?? measure?.source;
  if (!chosen) {
    const keyed = measures.filter((candidate) => candidate.filtro).map((candidate) => candidate.key);
    throw new RequestUsageError(`medida desconocida «${medida}». Fuentes: ${countSources.map((candidate) => candidate.name).join(', ')}. Medidas que restringen una fuente: ${keyed.join(', ')}`);
  }
  const protection = protectedSources.find((candidate) => candidate.source === chosen.name);
  const time: TimeColumn[] = protection ? ['mes', 'trimestre', 'anio'] : ['dia', 'mes', 'trimestre', 'anio'];
  const dimensions = protection ? [...protection.dimensions, ...Object.keys(protection.derived ?? {})] : chosen.dimensions.map((dimension) => dimension.name);
  return {
    clave: medida,
    // A whole source is named as its unrestricted measure names it, or by its monthly dataset's title without «por mes».
    nombre: source ? (chosen.measures.find((candidate) => !candidate.filtro)?.nombre ?? chosen.title.replace(/ por mes$/, '')) : measure!.nombre,
    source: chosen,
    protection,
    filtro: source ? {} : (measure!.filtro ?? {}),
    columns: [...time, ...dimensions],
  };
}

/** Checks `--por` and the columns of `--filtro` against the measure's columns. */
export function checkColumns(measure: RequestedMeasure, por: readonly string[], filtro: Readonly<Record<string, string>>): void {
  const why = measure.protection ? ` (${measure.source.name} cuenta una población protegida: se responde por mes o periodos más largos y con las columnas de su serie publicada)` : '';
  const exists = `Columnas de ${measure.clave}: ${measure.columns.join(', ')}${why}`;
  for (const column of por) if (!measure.columns.includes(column)) throw new RequestUsageError(`columna desconocida «${column}» en --por. ${exists}`);
  if (new Set(por).size !== por.length) throw new RequestUsageError(`--por repite una columna (${por.join(',')})`);
  if (por.filter((column) => column in TIME_COLUMNS).length > 1) throw new RequestUsageError(`--por admite una sola columna de tiempo (${Object.keys(TIME_COLUMNS).join(', ')})`);
  for (const column of Object.keys(filtro)) {
    if (column in TIME_COLUMNS) throw new RequestUsageError(`--filtro no admite «${column}»: el periodo se elige con --desde y --hasta`);
    if (!measure.columns.includes(column)) throw new RequestUsageError(`columna desconocida «${column}» en --filtro. ${exists}`);
    if (column in measure.filtro) throw new RequestUsageError(`la medida ${measure.clave} ya restringe ${column} a «${measure.filtro[column]}»`);
  }
}

/** Parses the `--filtro COL=VAL` options (one value per column). */
export function parseFilters(values: readonly string[]): Record<string, string> {
  const filtro: Record<string, string> = {};
  for (const value of values) {
    const match = /^([a-z_]+)=(.+)$/.exec(value.trim());
    if (!match) throw new RequestUsageError(`--filtro debe tener la forma COLUMNA=CÓDIGO (por ejemplo sexo=F), no «${value}»`);
    if (match[1] in filtro) throw new RequestUsageError(`--filtro repite la columna «${match[1]}»: una consulta restringe cada columna a un solo código`);
    filtro[match[1]] = match[2];
  }
  return filtro;
}

/** Returns the months of a request's period, checked against the months with data. */
export function requestPeriod(desde: string | null, hasta: string | null, data: { readonly first: string; readonly last: string }): { desde: string; hasta: string } {
  for (const [name, value] of [
    ['--desde', desde],
    ['--hasta', hasta],
  ] as const) {
    if (value !== null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new RequestUsageError(`${name} debe ser un mes AAAA-MM, no «${value}»`);
  }
  const period = { desde: desde ?? data.first, hasta: hasta ?? data.last };
  if (period.desde > period.hasta) throw new RequestUsageError(`el periodo empieza (${period.desde}) después de terminar (${period.hasta})`);
  if (period.hasta > data.last)
    throw new RequestUsageError(`--hasta ${period.hasta} va más allá de los datos del almacén, que llegan a ${data.last}: una cifra de meses sin datos no sería cero, sino desconocida`);
  return period;
}
