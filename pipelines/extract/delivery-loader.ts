import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { LandingSource } from '../contract/landing-sources.js';
import { sqlIdentifier, sqlString, type Warehouse } from '../warehouse/warehouse-connection.js';
import { scanCsv, type LineSegment, type MalformedRecord } from './csv-scan.js';
import { mapHeader } from './delivery-header.js';
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

interface PreparedDelivery {
  readonly csvPath: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly header: string[];
  readonly goodRecords: number;
  readonly segments: LineSegment[];
  readonly malformed: MalformedRecord[];
  readonly codificacion?: string;
  readonly delimitador: ',' | ';';
  readonly unreadable?: string;
}

/**
 * Loads one delivery file into raw.<source> through DuckDB's CSV reader, with its line numbers, its
 * malformed rows and its archived copy; returns what happened. Identical content already loaded for
 * the source is skipped, so delivering the same file twice changes nothing.
 */
export async function loadDelivery(source: LandingSource, filePath: string, context: LoadContext): Promise<DeliveryResult> {
  const archivo = basename(filePath);
  const formato: 'csv' | 'xlsx' = extname(archivo).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
  const prepared = formato === 'csv' ? await prepareCsv(filePath, context.scratchDir) : await prepareXlsx(filePath, context.scratchDir);
  const base = { fuente: source.name, archivo, formato, codificacion: prepared.codificacion, filas: 0, filasMalformadas: 0, columnasExtra: [] as string[] };
  const reject = (motivo: string): DeliveryResult => ({ ...base, delimitador: prepared.delimitador, estado: 'rechazada', motivo });

  if (prepared.unreadable) return reject(`archivo ilegible: ${prepared.unreadable}`);
  const { warehouse } = context;
  const [loaded] = await warehouse.rows<{ entrega_id: number }>(
    'select entrega_id from raw.entregas where fuente = ? and sha256 = ? limit 1',
    [source.name, prepared.sha256],
  );
  if (loaded) return { ...base, estado: 'ya_cargada', entregaId: loaded.entrega_id };

  const header = mapHeader(source, prepared.header);
  if (header.duplicates.length > 0) return reject(`columnas repetidas en el encabezado: ${header.duplicates.join(', ')}`);
  if (header.missingRequired.length > 0) {
    return reject(`faltan columnas obligatorias: ${header.missingRequired.join(', ')} (encabezado leído: ${header.names.join(', ')})`);
  }

  const [{ siguiente }] = await warehouse.rows<{ siguiente: number }>('select coalesce(max(entrega_id), 0) + 1 as siguiente from raw.entregas');
  const columns = header.names.map((_, index) => `'c${index}': 'VARCHAR'`).join(', ');
  await warehouse.run('drop table if exists lote');
  try {
    // Rows with another field count are dropped here (ignore_errors) and kept by insertMalformed.
    await warehouse.run(`create temp table lote as select * from read_csv(${sqlString(prepared.csvPath)}, header = true, all_varchar = true,
      auto_detect = false, delim = ${sqlString(prepared.delimitador)}, quote = '"', escape = '"', columns = {${columns}}, ignore_errors = true)`);
  } catch (error) {
    return reject(`el lector CSV de DuckDB no pudo leerlo: ${(error as Error).message.split('\n')[0]}`);
  }
  const [{ filas }] = await warehouse.rows<{ filas: number }>('select count(*) as filas from lote');
  if (filas !== prepared.goodRecords) {
    await warehouse.run('drop table lote');
    return reject(`el lector CSV interpretó ${filas} filas donde se esperaban ${prepared.goodRecords}; revise comillas y saltos de línea`);
  }

  await insertRows(warehouse, source, siguiente, header.names, header.extras, prepared.segments);
  await insertMalformed(warehouse, siguiente, filePath, prepared, header.names.length);
  const archivoGuardado = join(source.name, `${prepared.sha256.slice(0, 16)}_${archivo}`);
  await mkdir(join(context.archiveDir, source.name), { recursive: true });
  await copyFile(filePath, join(context.archiveDir, archivoGuardado));
  await warehouse.run("insert into raw.entregas values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() at time zone 'UTC')", [
    siguiente, source.name, archivo, prepared.sha256, prepared.bytes, formato, prepared.codificacion ?? null,
    formato === 'csv' ? prepared.delimitador : null, filas, header.extras.length ? header.extras.join(',') : null, archivoGuardado,
  ]);
  await warehouse.run('drop table lote');
  return {
    ...base, estado: 'cargada', entregaId: siguiente, filas, filasMalformadas: prepared.malformed.length,
    delimitador: formato === 'csv' ? prepared.delimitador : undefined, columnasExtra: header.extras,
  };
}

async function prepareCsv(filePath: string, scratchDir: string): Promise<PreparedDelivery> {
  const scan = await scanCsv(filePath);
  let csvPath = filePath;
  if (scan.encoding === 'windows-1252' && !scan.unreadable) {
    // DuckDB reads UTF-8; a Windows-1252 delivery is transcoded to a scratch copy (the archive keeps the original bytes).
    csvPath = join(scratchDir, `${scan.sha256}.csv`);
    await writeFile(csvPath, new TextDecoder('windows-1252').decode(await readFile(filePath)), 'utf8');
  }
  return { ...scan, csvPath, codificacion: scan.encoding, delimitador: scan.delimiter };
}

async function prepareXlsx(filePath: string, scratchDir: string): Promise<PreparedDelivery> {
  const bytes = await readFile(filePath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const csvPath = join(scratchDir, `${sha256}.csv`);
  const conversion = await convertXlsx(filePath, csvPath);
  return { ...conversion, csvPath, sha256, bytes: bytes.length, malformed: [], delimitador: ',' };
}

async function insertRows(
  warehouse: Warehouse, source: LandingSource, entregaId: number, names: string[], extras: string[], segments: LineSegment[],
): Promise<void> {
  const position = new Map(names.map((name, index) => [name, `l.c${index}`]));
  const contractColumns = source.columns.map((column) => position.get(column.name) ?? 'null');
  const extrasJson = extras.length
    ? `json_object(${extras.map((name) => `${sqlString(name)}, ${position.get(name)}`).join(', ')})::varchar`
    : 'null';
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
  const lineExpression = segments.length <= 1
    ? `${segments[0]?.firstLine ?? 2} + l.rowid`
    : 's.primera_linea + (l.rowid - s.primer_indice)';
  const from = segments.length <= 1 ? 'lote l' : 'lote l asof join segmentos s on l.rowid >= s.primer_indice';
  await warehouse.run(`insert into raw.${sqlIdentifier(source.name)}
    select ${entregaId}, (${lineExpression})::integer, ${contractColumns.join(', ')}, ${extrasJson} from ${from}`);
  if (segments.length > 1) await warehouse.run('drop table segmentos');
}

async function insertMalformed(
  warehouse: Warehouse, entregaId: number, filePath: string, prepared: PreparedDelivery, expected: number,
): Promise<void> {
  if (prepared.malformed.length === 0) return;
  const decoder = new TextDecoder(prepared.codificacion === 'windows-1252' ? 'windows-1252' : 'utf-8');
  const file = await open(filePath, 'r');
  try {
    for (const record of prepared.malformed) {
      const length = Math.min(record.end - record.start, 4000);
      const buffer = Buffer.alloc(length);
      await file.read(buffer, 0, length, record.start);
      await warehouse.run('insert into raw.filas_malformadas values (?, ?, ?, ?)', [
        entregaId, record.line, `la fila tiene ${record.fields} columnas y el encabezado ${expected}`,
        decoder.decode(buffer).replace(/\r$/, ''),
      ]);
    }
  } finally {
    await file.close();
  }
}
