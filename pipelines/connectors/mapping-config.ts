import type { LandingSource } from '../contract/landing-sources.js';
import { fold } from '../extract/fold.js';
import { parseDateFormat } from './date-format.js';
import { DATE_COLUMN, type SourceMapping } from './source-mapping.js';

type Json = Record<string, unknown>;

const MAPPING_KEYS = ['columnas', 'valores', 'formato_fecha'];

/**
 * Returns the validated `mapeo` of a connector (`where` is its place in the schedule file, e.g.
 * `fuentes.pasaportes.conector`), or undefined when there is none. `legacyColumns` is the connector's
 * own `columnas`, which the postgres and http connectors accepted before `mapeo` existed: it still
 * works, alone, as `mapeo.columnas`.
 */
export function parseMapping(value: unknown, legacyColumns: unknown, source: LandingSource, where: string, fail: (message: string) => never): SourceMapping | undefined {
  if (value === undefined && legacyColumns === undefined) return undefined;
  if (value !== undefined && legacyColumns !== undefined) {
    return fail(`${where}: «columnas» y «mapeo» a la vez; escriba las columnas solo en mapeo.columnas`);
  }
  if (value === undefined) return { columnas: columnsOf(legacyColumns, source, `${where}.columnas`, fail), valores: {} };
  const at = `${where}.mapeo`;
  if (!isObject(value)) return fail(`${at}: debe ser un objeto con «columnas», «valores» o «formato_fecha»`);
  const unknown = Object.keys(value).find((key) => !MAPPING_KEYS.includes(key));
  if (unknown) fail(`${at}.${unknown}: campo desconocido (se admiten: ${MAPPING_KEYS.join(', ')})`);
  return {
    columnas: value.columnas === undefined ? {} : columnsOf(value.columnas, source, `${at}.columnas`, fail),
    valores: value.valores === undefined ? {} : valuesOf(value.valores, source, `${at}.valores`, fail),
    formatoFecha: value.formato_fecha === undefined ? undefined : dateFormatOf(value.formato_fecha, source, `${at}.formato_fecha`, fail),
  };
}

function columnsOf(value: unknown, source: LandingSource, where: string, fail: (message: string) => never): Record<string, string> {
  if (!isObject(value)) return fail(`${where}: debe ser un objeto «columna del contrato»: «columna del sistema»`);
  for (const [column, target] of Object.entries(value)) {
    checkColumn(column, source, `${where}.${column}`, fail);
    if (typeof target !== 'string' || !target.trim()) fail(`${where}.${column}: debe ser el nombre de una columna o campo del sistema`);
  }
  return value as Record<string, string>;
}

function valuesOf(value: unknown, source: LandingSource, where: string, fail: (message: string) => never): Record<string, Record<string, string>> {
  if (!isObject(value)) return fail(`${where}: debe ser un objeto «columna del contrato»: { «valor del sistema»: «valor del contrato» }`);
  for (const [column, table] of Object.entries(value)) {
    const at = `${where}.${column}`;
    checkColumn(column, source, at, fail);
    if (!isObject(table) || Object.keys(table).length === 0) fail(`${at}: debe ser un objeto { «valor del sistema»: «valor del contrato» } con al menos un valor`);
    // Source values are matched folded (as the contract matches codes): two spellings of one value must agree.
    const seen = new Map<string, [string, unknown]>();
    for (const [from, to] of Object.entries(table as Json)) {
      if (typeof to !== 'string') fail(`${at}.${from}: el valor del contrato debe ser un texto (entre comillas), se leyó ${JSON.stringify(to)}`);
      const earlier = seen.get(fold(from));
      if (earlier && earlier[1] !== to) {
        fail(`${at}: «${earlier[0]}» y «${from}» son el mismo valor (se comparan sin mayúsculas, acentos ni espacios) y se traducen distinto`);
      }
      seen.set(fold(from), [from, to]);
    }
  }
  return value as Record<string, Record<string, string>>;
}

function dateFormatOf(value: unknown, source: LandingSource, where: string, fail: (message: string) => never) {
  if (!source.columns.some((column) => column.name === DATE_COLUMN)) fail(`${where}: ${source.name} no tiene columna ${DATE_COLUMN}`);
  if (typeof value !== 'string') return fail(`${where}: debe ser un texto como «DD/MM/AAAA»`);
  const format = parseDateFormat(value);
  return typeof format === 'string' ? fail(`${where}: formato no admitido «${value}»: ${format}`) : format;
}

function checkColumn(column: string, source: LandingSource, where: string, fail: (message: string) => never): void {
  const known = source.columns.map((found) => found.name);
  if (!known.includes(column)) fail(`${where}: no es una columna de ${source.name} en el contrato (columnas: ${known.join(', ')})`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
