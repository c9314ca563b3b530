import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { LandingSource } from '../contract/landing-sources.js';
import { sqlIdentifier, sqlString, type Warehouse } from '../warehouse/warehouse-connection.js';
import { scanCsv, type LineSegment, type MalformedRecord } from './csv-scan.js';
import { mapHeader } from './delivery-header.js';
import { seenKey, type SeenFiles } from './seen-files.js';
import { convertXlsx } from './xlsx-read.js';

export type DeliveryStatus = 'cargada' | 'ya_cargada' | 'rechazada';

export interface DeliveryResult {
  readonly fuente: string;
  readonly archivo: string;
  readonly estado: DeliveryStatus;
  readonly entregaId?: number;
  readonly filas: number;
  readonly filasMalformadas: number;
  readonly formato: 'csv' | 'xlsx';
  readonly codificacion?: string;
  readonly delimitador?: string;
  readonly columnasExtra: string[];
  /** Why the file was rejected (Spanish). */
  readonly motivo?: string;
}

export interface LoadContext {
  readonly warehouse: Warehouse;
  /** Scratch folder for converted copies; emptied by the caller. */
  readonly scratchDir: string;
  /** Where received files are archived (the transaction's staging folder for the archive). */
  readonly archiveDir: string;
}

/** What reading a delivery file told, before anything touches the warehouse. */
export interface PreparedDelivery {
  readonly filePath: string;
  readonly formato: 'csv' | 'xlsx';
  readonly csvPath: string;
  readonly sha256: string;
  readonly bytes: number;
  /** The file's size and times, to recognise it unchanged in a later run without reading it. */
  readonly seen: string;
  /** Set when the file was recognised unchanged: only its hash is known, it was not read. */
  readonly skipped?: boolean;
  readonly header: string[];
  readonly goodRecords: number;
  /** False when the quick scan took every record as well formed (see scanCsv). */
  readonly fieldsCounted: boolean;
  readonly segments: LineSegment[];
  readonly malformed: MalformedRecord[];
  readonly codificacion?: string;
  readonly delimitador: ',' | ';';
  readonly unreadable?: string;
}

/**
 * Returns what a delivery file holds (hash, encoding, delimiter, header, line numbers), reading it
 * once; a file seen unchanged in an earlier run (same size and times as when its hash was taken)
 * is not read again. Touches no warehouse, so the next file can be read while one loads.
 */
export async function prepareDelivery(filePath: string, scratchDir: string, seen: SeenFiles, options: { countFields?: boolean } = {}): Promise<PreparedDelivery> {
  const formato: 'csv' | 'xlsx' = extname(filePath).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
  const key = seenKey(await stat(filePath));
  const known = seen.get(basename(filePath));
  if (known && known.key === key) {
    return {
      filePath,
      formato,
      csvPath: filePath,
      sha256: known.sha256,
      bytes: 0,
      seen: key,
      skipped: true,
      header: [],
      goodRecords: 0,
      fieldsCounted: false,
      segments: [],
      malformed: [],
      delimitador: ',',
    };
  }
  const prepared = formato === 'csv' ? await prepareCsv(filePath, scratchDir, options.countFields) : await prepareXlsx(filePath, scratchDir);
  return { ...prepared, filePath, formato, seen: key };
}

/**
 * Loads one prepared delivery into raw.<source> straight from DuckDB's CSV reader, with its line
 * numbers, its malformed rows and its archived copy, in one warehouse transaction; returns what
 * happened. Identical content already loaded for the source is skipped, so delivering the same
 * file twice changes nothing.
 */
export async function loadDelivery(source: LandingSource, prepared: PreparedDelivery, context: LoadContext): Promise<DeliveryResult> {
  const archivo = basename(prepared.filePath);
  const { formato } = prepared;
  const base = { fuente: source.name, archivo, formato, codificacion: prepared.codificacion, filas: 0, filasMalformadas: 0, columnasExtra: [] as string[] };
  const reject = (motivo: string): DeliveryResult => ({ ...base, delimitador: prepared.delimitador, estado: 'rechazada', motivo });

  if (prepared.unreadable) return reject(`archivo ilegible: ${prepared.unreadable}`);
  const { warehouse } = context;
  const [loaded] = await warehouse.rows<{ entrega_id: number }>('select entrega_id from raw.entregas where fuente = ? and sha256 = ? limit 1', [source.name, prepared.sha256]);
  if (loaded) {
    if (!prepared.skipped) await rememberFile(warehouse, source, archivo, prepared);
    return { ...base, estado: 'ya_cargada', entregaId: loaded.entrega_id };
  }
  // A file recognised by its times whose hash is no longer loaded cannot happen unless the
  // warehouse was replaced: read it after all.
  if (prepared.skipped) return loadDelivery(source, await prepareDelivery(prepared.filePath, context.scratchDir, new Map()), context);

  const header = mapHeader(source, prepared.header);
  if (header.duplicates.length > 0) return reject(`columnas repetidas en el encabezado: ${header.duplicates.join(', ')}`);
  if (header.missingRequired.length > 0) {
    return reject(`faltan columnas obligatorias: ${header.missingRequired.join(', ')} (encabezado leído: ${header.names.join(', ')})`);
  }

  const [{ siguiente }] = await warehouse.rows<{ siguiente: number }>('select coalesce(max(entrega_id), 0) + 1 as siguiente from raw.entregas');
  const archivoGuardado = join(source.name, `${prepared.sha256.slice(0, 16)}_${archivo}`);
  const archived = join(context.archiveDir, archivoGuardado);
  // The archive copy is written by the thread pool while DuckDB loads the rows.
  const archiving = mkdir(join(context.archiveDir, source.name), { recursive: true }).then(() => copyFile(prepared.filePath, archived));
  await warehouse.run('begin transaction');
  let filas: number;
  try {
    filas = await insertRows(warehouse, source, siguiente, prepared, header.names, header.extras);
  } catch (error) {
    await warehouse.run('rollback');
    await archiving.then(
      () => rm(archived, { force: true }),
      () => {},
    );
    return reject(`el lector CSV de DuckDB no pudo leerlo: ${(error as Error).message.split('\n')[0]}`);
  }
  if (filas !== prepared.goodRecords) {
    await warehouse.run('rollback');
    await archiving.then(
      () => rm(archived, { force: true }),
      () => {},
    );
    // The quick scan took every record as well formed; DuckDB dropped some: find them, byte by byte.
    if (!prepared.fieldsCounted) {
      return loadDelivery(source, await prepareDelivery(prepared.filePath, context.scratchDir, new Map(), { countFields: true }), context);
    }
    return reject(`el lector CSV interpretó ${filas} filas donde se esperaban ${prepared.goodRecords}; revise comillas y saltos de línea`);
  }
  try {
    await insertMalformed(warehouse, siguiente, prepared, header.names.length);
    await archiving;
    await warehouse.run("insert into raw.entregas values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() at time zone 'UTC')", [
      siguiente,
      source.name,
      archivo,
      prepared.sha256,
      prepared.bytes,
      formato,
      prepared.codificacion ?? null,
      formato === 'csv' ? prepared.delimitador : null,
      filas,
      header.extras.length ? header.extras.join(',') : null,
      archivoGuardado,
    ]);
    await rememberFile(warehouse, source, archivo, prepared);
    await warehouse.run('commit');
  } catch (error) {
    await warehouse.run('rollback');
    throw error;
  }
  return {
    ...base,
    estado: 'cargada',
    entregaId: siguiente,
    filas,
    filasMalformadas: prepared.malformed.length,
    delimitador: formato === 'csv' ? prepared.delimitador : undefined,
    columnasExtra: header.extras,
  };
}

async function prepareCsv(filePath: string, scratchDir: string, countFields = false) {
  const scan = await scanCsv(filePath, { countFields });
  let csvPath = filePath;
  if (scan.encoding === 'windows-1252' && !scan.unreadable) {
    // DuckDB reads UTF-8; a Windows-1252 delivery is transcoded, streaming, to a scratch copy (the archive keeps the original bytes).
    csvPath = join(scratchDir, `${scan.sha256}.csv`);
    const decoder = new TextDecoder('windows-1252');
    const out = createWriteStream(csvPath);
    for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      if (!out.write(decoder.decode(chunk, { stream: true }))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    out.end(decoder.decode());
    await finished(out);
  }
  return { ...scan, csvPath, codificacion: scan.encoding, delimitador: scan.delimiter };
}

async function prepareXlsx(filePath: string, scratchDir: string) {
  const bytes = await readFile(filePath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const csvPath = join(scratchDir, `${sha256}.csv`);
  const conversion = await convertXlsx(filePath, csvPath);
  return { ...conversion, csvPath, sha256, bytes: bytes.length, malformed: [], fieldsCounted: true, delimitador: ',' as const };
}

/** Inserts the delivery's rows from DuckDB's reader straight into the raw table; returns how many. */
async function insertRows(warehouse: Warehouse, source: LandingSource, entregaId: number, prepared: PreparedDelivery, names: string[], extras: string[]): Promise<number> {
  const { segments } = prepared;
  const columns = names.map((_, index) => `'c${index}': 'VARCHAR'`).join(', ');
  const position = new Map(names.map((name, index) => [name, `l.c${index}`]));
  const contractColumns = source.columns.map((column) => position.get(column.name) ?? 'null');
  const extrasJson = extras.length ? `json_object(${extras.map((name) => `${sqlString(name)}, ${position.get(name)}`).join(', ')})::varchar` : 'null';
  if (segments.length > 1) {
    // Irregular files (blank lines, quoted newlines) map record index → line through a small segment table.
    await warehouse.run('create or replace temp table segmentos (primer_indice bigint, primera_linea bigint)');
    const appender = await warehouse.connection.createAppender('segmentos', 'main', 'temp');
    for (const segment of segments) {
      appender.appendBigInt(BigInt(segment.firstIndex));
      appender.appendBigInt(BigInt(segment.firstLine));
      appender.endRow();
    }
    appender.closeSync();
  }
  // Rows with another field count are dropped here (ignore_errors) and kept by insertMalformed.
  // DuckDB reads the file on every thread and keeps the file's order in the scratch table, whose
  // rowid is then the record's index (row_number() over the reader would read on one thread).
  await warehouse.run(`create or replace temp table entrega_csv as select * from read_csv(${sqlString(prepared.csvPath)}, header = true,
      all_varchar = true, auto_detect = false, delim = ${sqlString(prepared.delimitador)}, quote = '"', escape = '"', columns = {${columns}},
      ignore_errors = true)`);
  // Inside a transaction rowids start at an offset: the index counts from the table's first.
  const reader = '(select rowid - (select min(rowid) from entrega_csv) as indice, * from entrega_csv)';
  const lineExpression = segments.length <= 1 ? `${segments[0]?.firstLine ?? 2} + l.indice` : 's.primera_linea + (l.indice - s.primer_indice)';
  const from = segments.length <= 1 ? `${reader} l` : `${reader} l asof join segmentos s on l.indice >= s.primer_indice`;
  // Columns by name: a column the contract added later sits after `extras` in an older warehouse.
  const target = ['entrega_id', 'linea', ...source.columns.map((column) => column.name), 'extras'].map(sqlIdentifier).join(', ');
  const result = await warehouse.connection.run(`insert into raw.${sqlIdentifier(source.name)} (${target})
    select ${entregaId}, (${lineExpression})::integer, ${contractColumns.join(', ')}, ${extrasJson} from ${from}`);
  await warehouse.run('drop table entrega_csv');
  if (segments.length > 1) await warehouse.run('drop table segmentos');
  return result.rowsChanged;
}

/** Appends the rows the reader could not split into the header's columns to raw.filas_malformadas. */
async function insertMalformed(warehouse: Warehouse, entregaId: number, prepared: PreparedDelivery, expected: number): Promise<void> {
  if (prepared.malformed.length === 0) return;
  const decoder = new TextDecoder(prepared.codificacion === 'windows-1252' ? 'windows-1252' : 'utf-8');
  const file = await open(prepared.filePath, 'r');
  const appender = await warehouse.connection.createAppender('filas_malformadas', 'raw');
  try {
    for (const record of prepared.malformed) {
      const length = Math.min(record.end - record.start, 4000);
      const buffer = Buffer.alloc(length);
      await file.read(buffer, 0, length, record.start);
      appender.appendInteger(entregaId);
      appender.appendInteger(record.line);
      appender.appendVarchar(`la fila tiene ${record.fields} columnas y el encabezado ${expected}`);
      appender.appendVarchar(decoder.decode(buffer).replace(/\r$/, ''));
      appender.endRow();
    }
  } finally {
    appender.closeSync();
    await file.close();
  }
}

/** Records the file's size, times and hash, so the next run recognises it without reading it. */
async function rememberFile(warehouse: Warehouse, source: LandingSource, archivo: string, prepared: PreparedDelivery): Promise<void> {
  await warehouse.run('delete from raw.archivos_revisados where fuente = ? and archivo = ?', [source.name, archivo]);
  await warehouse.run('insert into raw.archivos_revisados values (?, ?, ?, ?)', [source.name, archivo, prepared.seen, prepared.sha256]);
}
