import { fold } from '../extract/fold.js';
import type { DateFormat } from './date-format.js';

/**
 * How one source system's records translate into the landing contract (`mapeo` of a source in the
 * schedule file), validated: the same for the folder, PostgreSQL and HTTP connectors.
 */
export interface SourceMapping {
  /** Contract column → the system's column (export header, table column, JSON field) where they differ. */
  readonly columnas: Readonly<Record<string, string>>;
  /** Contract column → the system's value (matched folded, as the contract matches codes) → the contract's value. */
  readonly valores: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** How the system writes `fecha`; absent when it writes it as the contract does. */
  readonly formatoFecha?: DateFormat;
}

/** The contract's date column, the one `formato_fecha` applies to. */
export const DATE_COLUMN = 'fecha';

/** Values that passed through untranslated in one column: how many, and a few of them for the log. */
export interface UntranslatedValues {
  readonly column: string;
  readonly count: number;
  readonly examples: readonly string[];
  /** True for dates that did not have the declared format; false for values without a translation. */
  readonly date: boolean;
}

/** A source's mapping ready to apply to many records: lookups are built once. */
export interface RecordMapper {
  /** The system's column holding a contract column: as `columnas` says, else `fallback` (the PostgreSQL id), else the same name. */
  sourceColumn(contract: string): string;
  /** Whether `columnas` names the contract column's source explicitly (the system must then have it). */
  renamed(contract: string): boolean;
  /** Returns the contract value of one of the system's values: translated, then (for `fecha`) reformatted. */
  value(contract: string, text: string | null): string | null;
  /** Returns the contract record (values of `columns`, in order) of a system record; `read` gives a system column's text. */
  record(columns: readonly string[], read: (sourceColumn: string) => string | null): (string | null)[];
  /** Values passed through unchanged so far, per column; the warehouse quarantines or reports them. */
  untranslated(): UntranslatedValues[];
}

const MAX_EXAMPLES = 3;

/**
 * Returns the mapper of a mapping (none: every column by name, every value as it is). A value with
 * no translation, and a date that does not have the declared format, pass through unchanged, so
 * that the warehouse's validation still reports the unknown code or quarantines the row with its
 * reason; the mapper counts them for the connector's log.
 */
export function createRecordMapper(mapping: SourceMapping | undefined, fallback: Readonly<Record<string, string>> = {}): RecordMapper {
  const columnas = mapping?.columnas ?? {};
  const translations = new Map(Object.entries(mapping?.valores ?? {}).map(([column, values]) => [column, new Map(Object.entries(values).map(([from, to]) => [fold(from), to]))]));
  const format = mapping?.formatoFecha;
  const misses = new Map<string, { count: number; examples: Set<string>; date: boolean }>();
  const miss = (column: string, text: string, date: boolean) => {
    const entry = misses.get(column) ?? { count: 0, examples: new Set<string>(), date };
    entry.count++;
    if (entry.examples.size < MAX_EXAMPLES) entry.examples.add(text);
    misses.set(column, entry);
  };

  const value = (contract: string, text: string | null): string | null => {
    let result = text;
    const table = translations.get(contract);
    if (table) {
      const translated = table.get(fold(text ?? ''));
      if (translated !== undefined) result = translated;
      else if (text !== null && text.trim() !== '') miss(contract, text, false);
    }
    if (format && contract === DATE_COLUMN && result !== null && result.trim() !== '') {
      const reformatted = format.toContract(result);
      if (reformatted !== undefined) result = reformatted;
      // A date already in the contract's ISO form (a date-typed column, an XLSX date cell) is right as it is.
      else if (!/^\s*\d{4}-\d{2}(-\d{2})?\s*$/.test(result)) miss(contract, result, true);
    }
    return result;
  };

  return {
    sourceColumn: (contract) => columnas[contract] ?? fallback[contract] ?? contract,
    renamed: (contract) => columnas[contract] !== undefined,
    value,
    record: (columns, read) => columns.map((column) => value(column, read(columnas[column] ?? fallback[column] ?? column))),
    untranslated: () => [...misses].map(([column, entry]) => ({ column, count: entry.count, examples: [...entry.examples], date: entry.date })),
  };
}

/** Returns Spanish log lines about the values that passed through untranslated (none when all translated). */
export function untranslatedLines(mapper: RecordMapper, formatText?: string): string[] {
  return mapper.untranslated().map((entry) => {
    const examples = entry.examples.map((example) => `«${example}»`).join(', ');
    const what = entry.date ? `fechas sin el formato ${formatText ?? 'declarado'}` : 'valores sin traducción en mapeo.valores';
    return `${entry.column}: ${entry.count} ${what} (p. ej. ${examples}); pasan sin cambio y el almacén los revisa (cuarentena o códigos desconocidos)`;
  });
}
