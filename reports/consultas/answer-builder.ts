/**
 * Answers a public-information request from the warehouse: the count split by the asked columns,
 * with the Spanish labels, the notes a reader needs and, for a protected population, the figures
 * the disclosure control lets through given everything already published and answered.
 */
import { createHash } from 'node:crypto';
import { COUNT_UNIT_TEXT } from '../../pipelines/contract/landing-sources.js';
import { lastDayIso } from '../../pipelines/time/reporting-period.js';
import { sqlIdentifier, type Warehouse } from '../../pipelines/warehouse/warehouse-connection.js';
import { dayText, monthYear } from '../../presentation/format/period-labels.js';
import { quarter, quarterName, quarterOf } from '../../presentation/format/quarters.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { labelListOf, readCodeLabels, warehouseReferenceReader, type CodeLabel } from '../../presentation/labels/code-labels.js';
import { AnswerRefused, protectAnswer, type AnswerScope, type ProtectedAnswer } from '../../privacy/answer-protection.js';
import { readFinestGrid } from '../../privacy/finest-grid.js';
import { MERGED_CODE } from '../../privacy/protected-sources.js';
import type { AnswerDocument, AnswerGroupColumn, AnswerRow } from './answer-document.js';
import { checkColumns, requestedMeasure, requestPeriod, RequestUsageError, TIME_COLUMNS, type RequestedMeasure, type RequestParameters, type TimeColumn } from './answer-request.js';

/** Who asked what, and when: the parts of an answer that are not figures. */
export interface AnswerContext {
  readonly numero: number;
  readonly solicitud: string;
  readonly solicitante: string | null;
  readonly fecha: string;
  /** The ledger's publications to protect against (a repeated answer sees what the first one saw); all when absent. */
  readonly publications?: readonly string[];
}

export interface BuiltAnswer {
  readonly document: AnswerDocument;
  /** The disclosure control's result (protected sources only): what goes into the ledger. */
  readonly protection: ProtectedAnswer | undefined;
  /** SHA-256 of the true figures before protection: tells a repeated answer whether the data changed. */
  readonly dataFingerprint: string;
}

/** A group of the answer: its codes and its true count. */
interface Group {
  readonly codigos: Record<string, string>;
  cantidad: number;
}

const NO_DAY = 'sin_dia';

/** Builds the answer to a request; throws RequestUsageError (a wrong request) or AnswerRefused. */
export async function buildAnswer(warehouse: Warehouse, parameters: RequestParameters, context: AnswerContext): Promise<BuiltAnswer> {
  const measure = requestedMeasure(parameters.medida);
  checkColumns(measure, parameters.por, parameters.filtro);
  const labels = await readCodeLabels(warehouseReferenceReader(warehouse));
  const listOf = (column: string) => listName(measure, column, labels);
  const filtro = { ...measure.filtro, ...parameters.filtro };
  const timeColumn = parameters.por.find((column): column is TimeColumn => column in TIME_COLUMNS);
  const dimensions = parameters.por.filter((column) => !(column in TIME_COLUMNS));

  let groups: Group[];
  let protection: ProtectedAnswer | undefined;
  let period: { desde: string; hasta: string };
  let total: number;
  /** The last month with data of the source: the answer's cut-off is its last day. */
  let lastMonth: string;
  let merged: readonly string[] = [];
  if (measure.protection) {
    const grid = await readFinestGrid(warehouse, parameters.umbral);
    merged = grid.merged;
    const cells = grid.cells.get(measure.protection.mart) ?? [];
    if (cells.length === 0) throw new RequestUsageError(`el almacén no tiene datos de ${measure.source.name}`);
    const months = cells.map((cell) => cell.mes).sort();
    lastMonth = months[months.length - 1];
    period = requestPeriod(parameters.desde, parameters.hasta, { first: months[0], last: lastMonth });
    checkCodes(measure, parameters.filtro, (column) => cells.map((cell) => cell.dims[column] ?? ''), listOf, labels);
    const mergeColumn = measure.protection.mergeRare;
    if (mergeColumn && parameters.filtro[mergeColumn] && merged.includes(parameters.filtro[mergeColumn])) {
      throw new AnswerRefused(
        `la respuesta no se entrega: ${mergeColumn}=${parameters.filtro[mergeColumn]} es un valor poco frecuente que la DGME publica agrupado en «${MERGED_CODE}»; por separado, sus cifras serían casi todas confidenciales. Pida ${mergeColumn}=${MERGED_CODE} o una región`,
      );
    }
    const inScope = cells.filter((cell) => cell.mes >= period.desde && cell.mes <= period.hasta && Object.entries(filtro).every(([column, code]) => cell.dims[column] === code));
    groups = groupBy(
      inScope,
      (cell) => ({ ...codesOf(dimensions, cell.dims), ...(timeColumn ? { [timeColumn]: timeCode(timeColumn, cell.mes) } : {}) }),
      (cell) => cell.value,
    );
    const scopes: AnswerScope[] = groups.map((group) => ({ key: groupKey(group.codigos), scope: groupScope(measure, group.codigos, timeColumn, dimensions, filtro, period) }));
    scopes.push({ key: 'total', scope: { source: measure.source.name, desde: period.desde, hasta: period.hasta, filter: filtro } });
    protection = await protectAnswer(warehouse, measure.protection, grid, scopes, parameters.umbral, context.publications);
    total = inScope.reduce((sum, cell) => sum + cell.value, 0);
  } else {
    const bounds = await warehouse.rows<{ first: string | null; last: string | null }>('select min(mes) as first, max(mes) as last from marts.conteos_diarios where fuente = ?', [measure.source.name]);
    if (!bounds[0].first || !bounds[0].last) throw new RequestUsageError(`el almacén no tiene datos de ${measure.source.name}`);
    lastMonth = bounds[0].last;
    period = requestPeriod(parameters.desde, parameters.hasta, { first: bounds[0].first, last: lastMonth });
    for (const column of Object.keys(parameters.filtro)) {
      const present = await warehouse.rows<{ codigo: string }>(`select distinct coalesce(${sqlIdentifier(column)}, '') as codigo from marts.conteos_diarios where fuente = ?`, [measure.source.name]);
      checkCodes(measure, { [column]: parameters.filtro[column] }, () => present.map((row) => row.codigo), listOf, labels);
    }
    groups = await recordGroups(warehouse, measure, timeColumn, dimensions, filtro, period);
    total = groups.reduce((sum, group) => sum + group.cantidad, 0);
  }

  // Without --por the answer is one figure: a zero is printed, not an empty table.
  if (parameters.por.length === 0 && groups.length === 0) groups = [{ codigos: {}, cantidad: 0 }];
  const sorted = sortRows(groups, parameters.por, listOf, labels);
  const rows: AnswerRow[] = sorted.map((group) => {
    const figure = protection?.figures.get(groupKey(group.codigos));
    const suppressed = figure?.suppressed ?? false;
    return {
      codigos: group.codigos,
      etiquetas: Object.fromEntries(parameters.por.map((column) => [column, labelOf(column, group.codigos[column], listOf, labels)])),
      cantidad: suppressed ? null : group.cantidad,
      suprimido: suppressed,
    };
  });
  const totalSuppressed = protection ? (protection.figures.get('total')?.suppressed ?? false) : false;
  const suppressedRows = rows.filter((row) => row.suprimido).length;
  const notas = [
    'Las combinaciones sin registros no aparecen en la tabla: cuentan cero.',
    ...(suppressedRows > 0
      ? [`${suppressedRows} cifra${suppressedRows === 1 ? '' : 's'} de la tabla ${suppressedRows === 1 ? 'es confidencial' : 'son confidenciales'} (x): se suprimieron para proteger a las personas.`]
      : []),
    ...(totalSuppressed ? ['No se incluye el total: junto con lo ya publicado, permitiría deducir cifras confidenciales.'] : []),
    ...(measure.protection?.mergeRare && parameters.por.includes(measure.protection.mergeRare) && merged.length
      ? [`Los valores poco frecuentes de ${measure.protection.mergeRare} (${merged.join(', ')}) se publican agrupados en «${MERGED_CODE}», como en los datos abiertos.`]
      : []),
    ...(timeColumn === 'dia' && groups.some((group) => group.codigos.dia === NO_DAY) ? ['«sin_dia»: meses que la fuente envió como total mensual, sin el día.'] : []),
  ];
  const document: AnswerDocument = {
    numero: context.numero,
    solicitud: context.solicitud,
    solicitante: context.solicitante,
    fecha: context.fecha,
    medida: { clave: measure.clave, fuente: measure.source.name, nombre: measure.nombre, unidad: COUNT_UNIT_TEXT[measure.source.counts], definicion: measure.source.definition },
    periodo: period,
    corte: lastDayIso(lastMonth),
    filtros: Object.entries(filtro).map(([columna, codigo]) => ({ columna, codigo, etiqueta: labelOf(columna, codigo, listOf, labels) })),
    por: parameters.por.map((column) => groupColumn(measure, column)),
    filas: rows,
    total: parameters.por.length === 0 || totalSuppressed ? null : total,
    notas,
    fuente: sourceLine(measure.source.name),
    protegida: measure.protection !== undefined,
    umbral: parameters.umbral,
  };
  const dataFingerprint = createHash('sha256')
    .update(JSON.stringify({ periodo: period, filas: sorted.map((group) => [group.codigos, group.cantidad]) }))
    .digest('hex');
  return { document, protection, dataFingerprint };
}

/** Adds up the records of an unprotected source by the asked columns (marts.conteos_diarios). */
async function recordGroups(
  warehouse: Warehouse,
  measure: RequestedMeasure,
  timeColumn: TimeColumn | undefined,
  dimensions: readonly string[],
  filtro: Readonly<Record<string, string>>,
  period: { desde: string; hasta: string },
): Promise<Group[]> {
  const time = timeColumn ? [`${TIME_SQL[timeColumn]} as ${timeColumn}`] : [];
  const columns = [...time, ...dimensions.map((column) => `coalesce(${sqlIdentifier(column)}, '') as ${sqlIdentifier(column)}`)];
  const where = ['fuente = ?', 'mes between ? and ?', ...Object.keys(filtro).map((column) => `coalesce(${sqlIdentifier(column)}, '') = ?`)];
  const rows = await warehouse.rows<Record<string, string | number>>(
    `select ${[...columns, 'sum(cantidad)::bigint as cantidad'].join(', ')} from marts.conteos_diarios where ${where.join(' and ')}${columns.length ? ' group by all' : ''} having sum(cantidad) is not null`,
    [measure.source.name, period.desde, period.hasta, ...Object.values(filtro)],
  );
  return rows.map((row) => {
    const { cantidad, ...codes } = row;
    return { codigos: Object.fromEntries(Object.entries(codes).map(([column, code]) => [column, String(code)])), cantidad: Number(cantidad) };
  });
}

/** The time columns in SQL over conteos_diarios (`mes` is `AAAA-MM`, `dia` a DATE or null). */
const TIME_SQL: Record<TimeColumn, string> = {
  dia: `coalesce(strftime(dia, '%Y-%m-%d'), '${NO_DAY}')`,
  mes: 'mes',
  trimestre: `substr(mes, 1, 4) || '-T' || cast((cast(substr(mes, 6, 2) as integer) + 2) // 3 as varchar)`,
  anio: 'substr(mes, 1, 4)',
};

/** Returns the quarter of a code `AAAA-Tn`. */
const quarterOfCode = (code: string) => quarter(Number(code.slice(0, 4)), Number(code.slice(6)));

/** Returns a month's code in a time column (`mes`, `trimestre`, `anio`). */
function timeCode(column: TimeColumn, mes: string): string {
  if (column === 'trimestre') return quarterOf(mes).codigo;
  if (column === 'anio') return mes.slice(0, 4);
  return mes;
}

/** Returns the figure scope of a group: its months (clipped to the period) and its codes. */
function groupScope(
  measure: RequestedMeasure,
  codes: Readonly<Record<string, string>>,
  timeColumn: TimeColumn | undefined,
  dimensions: readonly string[],
  filtro: Readonly<Record<string, string>>,
  period: { desde: string; hasta: string },
) {
  let [desde, hasta] = [period.desde, period.hasta];
  if (timeColumn === 'mes') [desde, hasta] = [codes.mes, codes.mes];
  if (timeColumn === 'trimestre') {
    const q = quarterOfCode(codes.trimestre);
    [desde, hasta] = [q.desde, q.hasta];
  }
  if (timeColumn === 'anio') [desde, hasta] = [`${codes.anio}-01`, `${codes.anio}-12`];
  return {
    source: measure.source.name,
    desde: desde < period.desde ? period.desde : desde,
    hasta: hasta > period.hasta ? period.hasta : hasta,
    filter: { ...filtro, ...codesOf(dimensions, codes) },
  };
}

function codesOf(dimensions: readonly string[], values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(dimensions.map((column) => [column, values[column] ?? '']));
}

function groupKey(codes: Readonly<Record<string, string>>): string {
  return JSON.stringify(
    Object.keys(codes)
      .sort()
      .map((column) => [column, codes[column]]),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => Record<string, string>, value: (item: T) => number): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const codigos = key(item);
    const id = groupKey(codigos);
    const group = groups.get(id);
    if (group) group.cantidad += value(item);
    else groups.set(id, { codigos, cantidad: value(item) });
  }
  return [...groups.values()];
}

/** Checks each `--filtro` code against the codes the column takes (its list and the data); an unknown one lists them. */
function checkCodes(
  measure: RequestedMeasure,
  filtro: Readonly<Record<string, string>>,
  present: (column: string) => readonly string[],
  listOf: (column: string) => string | undefined,
  labels: Readonly<Record<string, readonly CodeLabel[]>>,
): void {
  for (const [column, code] of Object.entries(filtro)) {
    const list = listOf(column);
    const known = new Set([...(list ? (labels[list] ?? []).map((entry) => entry.codigo) : []), ...present(column).filter((value) => value !== '')]);
    if (measure.protection?.mergeRare === column) known.add(MERGED_CODE);
    if (known.has(code)) continue;
    const codes = [...known].sort();
    const shown = codes.length > 60 ? `${codes.slice(0, 60).join(', ')} y ${codes.length - 60} más` : codes.join(', ');
    throw new RequestUsageError(`código desconocido «${code}» en --filtro ${column}. Códigos de ${column}: ${shown}`);
  }
}

/** Returns the list of labels of a column: its declared list, or a list of the same name (`grupo_edad`, `region`). */
function listName(measure: RequestedMeasure, column: string, labels: Readonly<Record<string, readonly CodeLabel[]>>): string | undefined {
  const dimension = measure.source.dimensions.find((candidate) => candidate.name === column);
  const declared = dimension ? labelListOf(dimension) : undefined;
  return declared ?? (labels[column] ? column : undefined);
}

/** Returns the Spanish label of a code. */
function labelOf(column: string, code: string, listOf: (column: string) => string | undefined, labels: Readonly<Record<string, readonly CodeLabel[]>>): string {
  if (column === 'dia') return code === NO_DAY ? 'Sin día (total mensual)' : dayText(code);
  if (column === 'mes') return monthYear(code);
  if (column === 'trimestre') return quarterName(quarterOfCode(code));
  if (column === 'anio') return code;
  if (code === '') return 'Sin dato';
  if (code === MERGED_CODE) return 'Otras (valores poco frecuentes agrupados)';
  const list = listOf(column);
  return (list && labels[list]?.find((entry) => entry.codigo === code)?.etiqueta) || code;
}

/** Orders rows by each column in turn: time ascending, codes in their list's order (then alphabetically). */
function sortRows(groups: Group[], por: readonly string[], listOf: (column: string) => string | undefined, labels: Readonly<Record<string, readonly CodeLabel[]>>): Group[] {
  const rank = (column: string, code: string) => {
    const list = listOf(column);
    const index = list ? (labels[list] ?? []).findIndex((entry) => entry.codigo === code) : -1;
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...groups].sort((a, b) => {
    for (const column of por) {
      const [x, y] = [a.codigos[column], b.codigos[column]];
      if (x === y) continue;
      const byList = rank(column, x) - rank(column, y);
      if (byList !== 0) return byList;
      return x < y ? -1 : 1;
    }
    return 0;
  });
}

/** Returns what a group column holds, in Spanish, for the definitions. */
function groupColumn(measure: RequestedMeasure, column: string): AnswerGroupColumn {
  if (column in TIME_COLUMNS) return { nombre: column, descripcion: TIME_COLUMNS[column as TimeColumn] };
  const dimension = measure.source.dimensions.find((candidate) => candidate.name === column);
  if (dimension) return { nombre: column, descripcion: dimension.description };
  const derived = measure.protection?.derived?.[column];
  if (derived) return { nombre: column, descripcion: `${column} de ${derived.from}, según la tabla de referencia ${derived.table}.` };
  return { nombre: column, descripcion: `Código de ${column.replace(/_/g, ' ')} (ver su etiqueta en la columna siguiente).` };
}
