/**
 * The files of an answer to a public-information request (`memoria consulta`): the table as a CSV
 * with its companion JSON (what each column means, the request, the disclosure control), or as one
 * XLSX workbook that carries the same. All of them are written from one AnswerDocument, and the
 * bytes depend only on it (the XLSX's times are the answer's date), so an answer written again is
 * the same file and its SHA-256 can go into the register.
 */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { csvCell } from '../../presentation/format/csv.js';
import { dateText, dayText, spanText } from '../../presentation/format/period-labels.js';
import { SYMBOL_LEGEND, SYMBOLS, symbolLegendText } from '../../presentation/format/symbols.js';
import { reproducibleXlsxBytes } from '../../pipelines/files/xlsx-reproducible.js';
import { publisher } from '../open-data/publisher.js';
import type { AnswerDocument } from './answer-document.js';

/** One column of the answer's CSV and what it holds, in Spanish. */
export interface AnswerColumn {
  readonly nombre: string;
  readonly descripcion: string;
}

/** The companion JSON of the CSV, with its keys in the order they are written. */
export interface AnswerMetadata {
  readonly numero: number;
  readonly solicitud: string;
  readonly solicitante: string | null;
  readonly fecha: string;
  readonly medida: { readonly clave: string; readonly fuente: string; readonly nombre: string; readonly unidad: string; readonly definicion: string };
  readonly periodo: { readonly desde: string; readonly hasta: string };
  readonly corte_datos: string;
  readonly filtros: readonly { readonly columna: string; readonly codigo: string; readonly etiqueta: string }[];
  readonly por: readonly string[];
  readonly columnas: readonly AnswerColumn[];
  readonly total: number | null;
  readonly notas: readonly string[];
  readonly fuente: string;
  readonly control_divulgacion: { readonly aplicado: boolean; readonly umbral: number; readonly descripcion: string };
  readonly signos: readonly { readonly signo: string; readonly significado: string }[];
  readonly licencia: { readonly nombre: string; readonly titulo: string; readonly url: string };
}

export type AnswerFormat = 'csv' | 'xlsx';

const labelColumn = (nombre: string) => `${nombre}_etiqueta`;

/**
 * The words of the contract's column names (ASCII, `_` between words) that Spanish writes with an
 * accent, so that headers read `País procedencia`, `Vía`, `Año`.
 */
const ACCENTED_WORDS: Readonly<Record<string, string>> = {
  anio: 'año',
  dia: 'día',
  via: 'vía',
  pais: 'país',
  region: 'región',
  institucion: 'institución',
  tramite: 'trámite',
  direccion: 'dirección',
};

/** Returns a group column's name as Spanish running text (`pais_procedencia` → `país procedencia`). */
function columnWords(nombre: string): string {
  return nombre
    .split('_')
    .map((word) => ACCENTED_WORDS[word] ?? word)
    .join(' ');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Returns words joined as Spanish lists them (`a, b y c`). */
function spanishList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} y ${words[words.length - 1]}`;
}

/** Returns the Spanish sentence that says how the disclosure control treated this answer (JSON, «Solicitud»). */
export function disclosureText(doc: AnswerDocument): string {
  if (!doc.protegida) return 'La fuente no cuenta una población protegida: no se aplicó control de divulgación y las cifras son exactas.';
  const small = doc.umbral - 1 === 1 ? '1 persona' : `1 a ${doc.umbral - 1} personas`;
  return (
    `La fuente cuenta una población protegida: se suprimieron las cifras de ${small} y, donde hizo falta, otras cifras más, ` +
    'de modo que ninguna cifra suprimida pueda deducirse combinando esta respuesta con todo lo que la DGME ya publicó y con sus respuestas anteriores.'
  );
}

/** Returns the columns of the CSV with their Spanish definitions, in CSV order (JSON `columnas`, «Definiciones»). */
export function answerColumns(doc: AnswerDocument): AnswerColumn[] {
  const total = doc.total === null ? '' : ' En la última fila («total»), la suma de todas las filas, incluidas las suprimidas.';
  return [
    ...doc.por.flatMap((column) => [
      { nombre: column.nombre, descripcion: column.descripcion },
      { nombre: labelColumn(column.nombre), descripcion: `Nombre en español del código de la columna «${column.nombre}».` },
    ]),
    { nombre: 'cantidad', descripcion: `Cantidad de ${doc.medida.unidad}. Vacía cuando la cifra está suprimida.${total}` },
    {
      nombre: 'suprimido',
      descripcion:
        'Verdadero (true) cuando la cifra de esta fila se suprimió para proteger a las personas (control de divulgación); su cantidad queda vacía. ' +
        'Falso (false) cuando la cantidad es la cifra exacta.',
    },
  ];
}

/** Returns the answer's table as an RFC 4180 CSV with a BOM (so Excel reads the accents) and `\n` line ends. */
export function answerCsv(doc: AnswerDocument): string {
  const header = answerColumns(doc).map((column) => column.nombre);
  const rows = doc.filas.map((row) => [
    ...doc.por.flatMap((column) => [row.codigos[column.nombre] ?? '', row.etiquetas[column.nombre] ?? '']),
    row.suprimido || row.cantidad === null ? '' : String(row.cantidad),
    String(row.suprimido),
  ]);
  // Without group columns the only row already is the total: a second one would say it twice.
  if (doc.total !== null && doc.por.length) rows.push([...doc.por.flatMap((_, index) => (index === 0 ? ['total', 'Total'] : ['', ''])), String(doc.total), 'false']);
  return '\uFEFF' + [header, ...rows].map((cells) => cells.map(csvCell).join(',') + '\n').join('');
}

/** Returns the CSV's companion document: the request, the measure, what each column holds and how the figures were protected. */
export function answerMetadata(doc: AnswerDocument): AnswerMetadata {
  return {
    numero: doc.numero,
    solicitud: doc.solicitud,
    solicitante: doc.solicitante,
    fecha: doc.fecha,
    medida: { clave: doc.medida.clave, fuente: doc.medida.fuente, nombre: doc.medida.nombre, unidad: doc.medida.unidad, definicion: doc.medida.definicion },
    periodo: { desde: doc.periodo.desde, hasta: doc.periodo.hasta },
    corte_datos: doc.corte,
    filtros: doc.filtros.map((filter) => ({ columna: filter.columna, codigo: filter.codigo, etiqueta: filter.etiqueta })),
    por: doc.por.map((column) => column.nombre),
    columnas: answerColumns(doc),
    total: doc.total,
    notas: [...doc.notas],
    fuente: doc.fuente,
    control_divulgacion: { aplicado: doc.protegida, umbral: doc.umbral, descripcion: disclosureText(doc) },
    signos: SYMBOL_LEGEND.map((entry) => ({ signo: entry.symbol, significado: entry.meaning })),
    licencia: { nombre: publisher.license.name, titulo: publisher.license.title, url: publisher.license.path },
  };
}

/** Returns the companion JSON as written next to the CSV (2-space indent, trailing newline). */
export function answerMetadataJson(doc: AnswerDocument): string {
  return `${JSON.stringify(answerMetadata(doc), null, 2)}\n`;
}

/** Returns the title of the «Cuadro» sheet: measure, breakdown, period and filters (`Movimientos migratorios por puesto y día, enero a diciembre de 2023`). */
export function answerTitle(doc: AnswerDocument): string {
  const por = doc.por.length ? ` por ${spanishList(doc.por.map((column) => columnWords(column.nombre)))}` : '';
  const filters = doc.filtros.length ? ` (${doc.filtros.map((filter) => `${columnWords(filter.columna)}: ${filter.etiqueta}`).join('; ')})` : '';
  return `${doc.medida.nombre}${por}, ${spanText(doc.periodo.desde, doc.periodo.hasta)}${filters}`;
}

const NUMBER_FORMAT = '#,##0';
const HEADER_FONT = { bold: true } as const;
const WRAP = { vertical: 'top', wrapText: true } as const;

/** Sets the widths of a sheet's columns from their longest text, within bounds. */
function fitColumns(sheet: ExcelJS.Worksheet, texts: readonly (readonly string[])[], min = 10, max = 60): void {
  texts.forEach((column, index) => {
    sheet.getColumn(index + 1).width = Math.min(max, Math.max(min, ...column.map((text) => text.length + 2)));
  });
}

/** Adds «Cuadro»: title, headers (code and name of each group column), one row per answer row, the total, then notes, source and legend. */
function addTableSheet(workbook: ExcelJS.Workbook, doc: AnswerDocument): void {
  const sheet = workbook.addWorksheet('Cuadro', { views: [{ state: 'frozen', ySplit: 2 }] });
  const title = sheet.addRow([answerTitle(doc)]);
  title.font = { bold: true, size: 12 };
  const headers = [...doc.por.flatMap((column) => [`${capitalised(columnWords(column.nombre))} (código)`, capitalised(columnWords(column.nombre))]), 'Cantidad'];
  sheet.addRow(headers).font = HEADER_FONT;
  const quantityColumn = headers.length;
  // A figure is a number; a sign (suppressed, or not available) is text aligned as a number would be.
  const addFigureRow = (cells: string[], figure: number | string): ExcelJS.Row => {
    const row = sheet.addRow([...cells, figure]);
    const cell = row.getCell(quantityColumn);
    if (typeof figure === 'number') cell.numFmt = NUMBER_FORMAT;
    else cell.alignment = { horizontal: 'right' };
    return row;
  };
  for (const row of doc.filas) {
    addFigureRow(
      doc.por.flatMap((column) => [row.codigos[column.nombre] ?? '', row.etiquetas[column.nombre] ?? '']),
      row.suprimido ? SYMBOLS.suppressed : (row.cantidad ?? SYMBOLS.notAvailable),
    );
  }
  if (doc.total !== null)
    addFigureRow(
      doc.por.flatMap((_, index) => (index === 0 ? ['Total', ''] : ['', ''])),
      doc.total,
    ).font = HEADER_FONT;
  sheet.addRow([]);
  for (const nota of doc.notas) sheet.addRow([`Nota: ${nota}`]);
  sheet.addRow([doc.fuente]);
  sheet.addRow([symbolLegendText()]);
  const columnTexts = headers.map((header, index) => {
    if (index === quantityColumn - 1) return [header, '9,999,999'];
    const column = doc.por[Math.floor(index / 2)];
    const values = doc.filas.map((row) => (index % 2 === 0 ? row.codigos : row.etiquetas)[column.nombre] ?? '');
    return [header, ...values];
  });
  fitColumns(sheet, columnTexts, 10, 50);
}

/** Adds a sheet of two columns (a header row, then one row per pair) whose second column wraps. */
function addPairSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: readonly [string, string],
  rows: readonly (readonly [string | number, string | number])[],
  widths: readonly [number, number],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = HEADER_FONT;
  for (const row of rows) sheet.addRow([...row]).alignment = WRAP;
  sheet.getColumn(1).width = widths[0];
  sheet.getColumn(2).width = widths[1];
}

/** Returns the «Solicitud» sheet's rows: the request, the measure, the scope, the protection and the source. */
function requestRows(doc: AnswerDocument): [string, string | number][] {
  const { desde, hasta } = doc.periodo;
  const filters = doc.filtros.map((filter) => `${filter.columna} = ${filter.codigo} (${filter.etiqueta})`).join('; ');
  const license = publisher.license;
  return [
    ['Número de solicitud', doc.numero],
    ['Texto de la solicitud', doc.solicitud],
    ['Solicitante', doc.solicitante ?? 'No consta'],
    ['Fecha de la respuesta', `${dateText(doc.fecha)} (${doc.fecha})`],
    ['Medida', `${doc.medida.nombre} (${doc.medida.clave})`],
    ['Unidad de conteo', doc.medida.unidad],
    ['Definición', doc.medida.definicion],
    ['Periodo', `${spanText(desde, hasta)} (${desde} a ${hasta})`],
    ['Filtros', filters || 'Ninguno'],
    ['Desagregación', doc.por.length ? doc.por.map((column) => column.nombre).join(', ') : 'Ninguna (solo el total)'],
    ['Corte de los datos', `${dayText(doc.corte)} (${doc.corte})`],
    ['Control de divulgación', disclosureText(doc)],
    ...doc.notas.map((nota): [string, string] => ['Nota', nota]),
    ['Fuente', doc.fuente],
    ['Licencia', `${license.title} (${license.path})`],
  ];
}

/** Returns the answer as an XLSX workbook (Cuadro, Solicitud, Definiciones, Signos) whose bytes depend only on `doc`: its times are the answer's date. */
export async function answerXlsx(doc: AnswerDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'memoria (DGME)';
  workbook.lastModifiedBy = 'memoria (DGME)';
  addTableSheet(workbook, doc);
  addPairSheet(workbook, 'Solicitud', ['Campo', 'Valor'], requestRows(doc), [26, 100]);
  addPairSheet(
    workbook,
    'Definiciones',
    ['Columna', 'Descripción'],
    answerColumns(doc).map((column) => [column.nombre, column.descripcion]),
    [24, 100],
  );
  addPairSheet(
    workbook,
    'Signos',
    ['Signo', 'Significado'],
    SYMBOL_LEGEND.map((entry) => [entry.symbol, entry.meaning]),
    [10, 80],
  );
  return reproducibleXlsxBytes(workbook, new Date(doc.fecha));
}

/** Returns the bytes of the answer's main file (the CSV or the XLSX) without writing it, so the caller can hash it first. */
export async function answerBytes(doc: AnswerDocument, format: AnswerFormat): Promise<Buffer> {
  return format === 'csv' ? Buffer.from(answerCsv(doc), 'utf8') : answerXlsx(doc);
}

/** Writes a file through a temporary sibling and a rename, so a reader never sees it half written. */
async function writeAtomically(file: string, bytes: Buffer | string): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes the answer to `out`: a `.csv` with its companion `.json` beside it, or one `.xlsx`.
 * Returns the written paths (main file first) and the SHA-256 of the main file's bytes.
 */
export async function writeAnswerFiles(doc: AnswerDocument, out: string): Promise<{ files: string[]; sha256: string }> {
  const format = /\.csv$/i.test(out) ? 'csv' : /\.xlsx$/i.test(out) ? 'xlsx' : undefined;
  if (!format) throw new Error(`La respuesta se escribe en un archivo .csv o .xlsx; «${out}» no termina en ninguna de las dos extensiones.`);
  const bytes = await answerBytes(doc, format);
  await mkdir(dirname(out), { recursive: true });
  await writeAtomically(out, bytes);
  const files = [out];
  if (format === 'csv') {
    const json = out.replace(/\.csv$/i, '.json');
    await writeAtomically(json, answerMetadataJson(doc));
    files.push(json);
  }
  return { files, sha256: createHash('sha256').update(bytes).digest('hex') };
}
