import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { LandingSource } from '../contract/landing-sources.js';
import { scanCsv } from '../extract/csv-scan.js';
import { mapHeader } from '../extract/delivery-header.js';
import { listDeliveries } from '../extract/landing-extractor.js';
import { seenKey } from '../extract/seen-files.js';
import { convertXlsx } from '../extract/xlsx-read.js';
import { ConnectorError, type Connector, type ConnectorState, type PullContext, type PullResult } from './connector.js';
import { csvRecords, type ExportRecord } from './export-records.js';
import { openDelivery, type DeliveryWriter } from './landing-writer.js';
import { createRecordMapper, untranslatedLines, type RecordMapper, type SourceMapping } from './source-mapping.js';

/**
 * The subfolder of a source's landing folder where a system drops its exports when the source has a
 * `mapeo`. The extraction reads only the files of the source folder itself, never a subfolder, so an
 * export in the system's shape is never loaded as it came.
 */
export const EXPORTS_FOLDER = 'sistema';

/**
 * The folder connector of a source with a mapping: every new or changed CSV/XLSX export in
 * `<fuente>/sistema/` is translated (columns renamed, codes translated, dates reformatted) into a
 * delivery in the contract's shape in `<fuente>/`, under the export's name with `.csv`, so the
 * deliveries sort as the exports do. The state remembers each export's size and times (and the
 * mapping), so an unchanged export is not read again; it is saved only when the run commits.
 */
export function createMappedFolderConnector(mapping: SourceMapping): Connector {
  const mappingHash = createHash('sha256')
    .update(JSON.stringify([mapping.columnas, mapping.valores, mapping.formatoFecha?.text ?? null]))
    .digest('hex')
    .slice(0, 16);
  return {
    tipo: 'carpeta',
    async pull(context) {
      return translateExports(mapping, mappingHash, context);
    },
  };
}

async function translateExports(mapping: SourceMapping, mappingHash: string, context: PullContext): Promise<PullResult> {
  const exportsDir = join(context.folder, EXPORTS_FOLDER);
  const { deliveries: exports, others } = await listDeliveries(exportsDir);
  for (const other of others) context.log(`${EXPORTS_FOLDER}/${other}: no es .csv ni .xlsx; se omite`);
  const targets = new Map<string, string>();
  for (const name of exports) {
    const target = `${basename(name, extname(name))}.csv`;
    const earlier = targets.get(target);
    if (earlier) throw new ConnectorError(`${EXPORTS_FOLDER}/${earlier} y ${EXPORTS_FOLDER}/${name} darían la misma entrega ${target}; cambie el nombre de una de las dos`, false);
    targets.set(target, name);
  }
  const frontera: Record<string, string> = {};
  const pending: DeliveryWriter[] = [];
  const scratch = await mkdtemp(join(tmpdir(), 'memoria-exportacion-'));
  try {
    for (const name of exports) {
      const signature = `${seenKey(await stat(join(exportsDir, name)))}:${mappingHash}`;
      frontera[name] = signature;
      if (context.state?.frontera[name] === signature) continue;
      if (context.signal.aborted) throw new ConnectorError('se interrumpió la extracción: el servicio se está deteniendo', true);
      pending.push(await translateExport(name, mapping, context, scratch));
    }
    // Every export is translated before any delivery appears: a failed pull leaves the landing folder as it was.
    const written: string[] = [];
    let filas = 0;
    for (const writer of pending) {
      const archivo = await writer.finish();
      if (archivo) (written.push(archivo), (filas += writer.rows));
    }
    context.log(`${exports.length} exportaciones en ${EXPORTS_FOLDER}/, ${pending.length} nuevas o cambiadas, ${written.length} entregas escritas`);
    const state: ConnectorState | undefined = exports.length ? { marca: exports[exports.length - 1], frontera } : undefined;
    return { archivo: written.length ? written.join(', ') : undefined, filas, state };
  } catch (error) {
    for (const writer of pending) await writer.abort();
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Translates one export into an unfinished delivery; throws a permanent error when the export cannot be read or lacks a column. */
async function translateExport(name: string, mapping: SourceMapping, context: PullContext, scratch: string): Promise<DeliveryWriter> {
  const path = join(context.folder, EXPORTS_FOLDER, name);
  const where = `la exportación ${EXPORTS_FOLDER}/${name}`;
  const read = await readExport(path, scratch);
  if (read.unreadable) throw new ConnectorError(`${where} no se puede leer: ${read.unreadable}`, false);
  const mapper = createRecordMapper(mapping);
  const columns = locateColumns(context.source, mapper, read.header, where);
  const writer = await openDelivery(
    context.folder,
    'carpeta',
    columns.map((column) => column.contract),
    new Date(),
    `${basename(name, extname(name))}.csv`,
  );
  try {
    let header = true;
    for await (const record of csvRecords(read.csvPath, read.encoding, read.delimiter)) {
      if (header) {
        header = false;
        continue;
      }
      if (record.cells.length !== read.header.length) await writer.write([malformed(record, read.header.length, read.delimiter, name)]);
      else await writer.write(columns.map((column) => mapper.value(column.contract, record.cells[column.index])));
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  for (const line of untranslatedLines(mapper, mapping.formatoFecha?.text)) context.log(`${EXPORTS_FOLDER}/${name}: ${line}`);
  return writer;
}

/** Reads what an export is: a CSV (any encoding and delimiter the contract allows) or the first sheet of an XLSX, as a CSV in `scratch`. */
async function readExport(path: string, scratch: string) {
  if (extname(path).toLowerCase() === '.xlsx') {
    const csvPath = join(scratch, `${basename(path)}.csv`);
    const conversion = await convertXlsx(path, csvPath);
    return { csvPath, header: conversion.header, unreadable: conversion.unreadable, encoding: 'utf-8' as const, delimiter: ',' as const };
  }
  const scan = await scanCsv(path);
  return { csvPath: path, header: scan.header, unreadable: scan.unreadable, encoding: scan.encoding, delimiter: scan.delimiter };
}

/** Returns, per contract column the export holds, its position in the export's header (names matched folded, as the contract matches them). */
function locateColumns(source: LandingSource, mapper: RecordMapper, header: string[], where: string) {
  const names = mapHeader(source, header).names;
  const read = `encabezado leído: ${header.join(', ')}`;
  const columns: { contract: string; index: number }[] = [];
  for (const column of source.columns) {
    const wanted = mapper.sourceColumn(column.name);
    const folded = mapHeader(source, [wanted]).names[0];
    const positions = names.flatMap((found, index) => (found === folded ? [index] : []));
    if (positions.length > 1) throw new ConnectorError(`${where} tiene ${positions.length} columnas «${wanted}» (para ${column.name}); ${read}`, false);
    if (positions.length === 1) columns.push({ contract: column.name, index: positions[0] });
    else if (mapper.renamed(column.name)) throw new ConnectorError(`${where} no tiene la columna «${wanted}» (para ${column.name}); ${read}`, false);
    else if (column.required) throw new ConnectorError(`${where} no tiene la columna obligatoria ${column.name}; indique en mapeo.columnas cómo se llama en el sistema (${read})`, false);
  }
  return columns;
}

/**
 * A record whose field count differs from the export's header goes to the delivery as one cell
 * saying where it came from, with its text as exported: a line of one field, which the extraction
 * quarantines as malformed (every delivery has at least two columns, the required ones). Its cells
 * are not written as they are: as many cells as the delivery's header would load shifted values,
 * and DuckDB's reader loads a line with one more, empty, cell as if it were not there.
 */
function malformed(record: ExportRecord, width: number, delimiter: string, name: string): string {
  return `${EXPORTS_FOLDER}/${name} línea ${record.line} (${record.cells.length} campos; el encabezado tiene ${width}): ${record.cells.join(delimiter)}`;
}
