/**
 * The files of an answer to a public-information request: the CSV (BOM, quoting, suppressed rows,
 * total row), its companion JSON, and the XLSX workbook, whose bytes must depend only on the
 * answer (the same answer gives the same bytes; another answer date gives other bytes).
 */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerDocument } from '../../../reports/consultas/answer-document.js';
import { answerBytes, answerCsv, answerMetadata, answerMetadataJson, answerXlsx, writeAnswerFiles } from '../../../reports/consultas/answer-files.js';
import { SYMBOL_LEGEND } from '../../../presentation/format/symbols.js';
import { testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-answer-files');

const doc: AnswerDocument = {
  numero: 17,
  solicitud: 'Solicito la cantidad de movimientos migratorios por puesto y día de enero a diciembre de 2023.',
  solicitante: 'Periodista de «El Diario»',
  fecha: '2026-12-06T14:03:11Z',
  medida: {
    clave: 'flujo',
    fuente: 'flujo',
    nombre: 'Movimientos migratorios',
    unidad: 'movimientos (entradas y salidas), no personas',
    definicion: 'Cada entrada o salida registrada en un puesto fronterizo.',
  },
  periodo: { desde: '2023-01', hasta: '2023-12' },
  corte: '2024-03-31',
  filtros: [{ columna: 'sexo', codigo: 'F', etiqueta: 'Femenino' }],
  por: [
    { nombre: 'puesto', descripcion: 'Código del puesto fronterizo.' },
    { nombre: 'dia', descripcion: 'Día del movimiento (AAAA-MM-DD).' },
  ],
  filas: [
    { codigos: { puesto: 'LH', dia: '2023-01-01' }, etiquetas: { puesto: 'Frontera La Hachadura, Ahuachapán', dia: '1 de enero de 2023' }, cantidad: 1234, suprimido: false },
    { codigos: { puesto: 'AIES', dia: '2023-01-01' }, etiquetas: { puesto: 'Aeropuerto Internacional', dia: '1 de enero de 2023' }, cantidad: null, suprimido: true },
    { codigos: { puesto: 'AIES', dia: '2023-01-02' }, etiquetas: { puesto: 'Aeropuerto Internacional', dia: '2 de enero de 2023' }, cantidad: 0, suprimido: false },
  ],
  total: 1237,
  notas: ['Se suprimió una cifra para proteger a las personas.'],
  fuente: 'Fuente: DGME, Dirección de Migración, registro de movimientos.',
  protegida: true,
  umbral: 5,
};
const withoutTotal: AnswerDocument = { ...doc, total: null, notas: [...doc.notas, 'El total se omite porque permitiría deducir la cifra suprimida.'] };

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Returns a sheet's rows as arrays of cell values (column 1 first), indexed by row number (row 0 is empty). */
const rowsOf = (sheet: ExcelJS.Worksheet) => Array.from(sheet.getSheetValues(), (values) => (Array.isArray(values) ? values.slice(1) : []));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('answerCsv', () => {
  it('writes the BOM, the code and label columns, an empty suppressed figure and the total row', () => {
    expect(answerCsv(doc)).toBe(
      '\uFEFF' +
        'puesto,puesto_etiqueta,dia,dia_etiqueta,cantidad,suprimido\n' +
        'LH,"Frontera La Hachadura, Ahuachapán",2023-01-01,1 de enero de 2023,1234,false\n' +
        'AIES,Aeropuerto Internacional,2023-01-01,1 de enero de 2023,,true\n' +
        'AIES,Aeropuerto Internacional,2023-01-02,2 de enero de 2023,0,false\n' +
        'total,Total,,,1237,false\n',
    );
  });

  it('leaves the total row out when the total is not safe to print', () => {
    const lines = answerCsv(withoutTotal).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toBe('AIES,Aeropuerto Internacional,2023-01-02,2 de enero de 2023,0,false');
    expect(lines[4]).toBe('');
  });
});

describe('answerMetadata', () => {
  it('says the request, the measure, the columns and the protection with Spanish keys in a fixed order', () => {
    const metadata = answerMetadata(doc);
    expect(Object.keys(metadata)).toEqual([
      'numero',
      'solicitud',
      'solicitante',
      'fecha',
      'medida',
      'periodo',
      'corte_datos',
      'filtros',
      'por',
      'columnas',
      'total',
      'notas',
      'fuente',
      'control_divulgacion',
      'signos',
      'licencia',
    ]);
    expect(metadata).toMatchObject({
      numero: 17,
      solicitante: 'Periodista de «El Diario»',
      fecha: '2026-12-06T14:03:11Z',
      medida: doc.medida,
      periodo: { desde: '2023-01', hasta: '2023-12' },
      corte_datos: '2024-03-31',
      filtros: [{ columna: 'sexo', codigo: 'F', etiqueta: 'Femenino' }],
      por: ['puesto', 'dia'],
      total: 1237,
      notas: doc.notas,
      fuente: doc.fuente,
      licencia: { nombre: 'CC-BY-4.0' },
    });
    expect(metadata.columnas.map((column) => column.nombre)).toEqual(['puesto', 'puesto_etiqueta', 'dia', 'dia_etiqueta', 'cantidad', 'suprimido']);
    expect(metadata.columnas[0].descripcion).toBe('Código del puesto fronterizo.');
    expect(metadata.columnas[1].descripcion).toMatch(/^Nombre en español/);
    expect(metadata.columnas[4].descripcion).toContain('movimientos (entradas y salidas), no personas');
    expect(metadata.columnas[4].descripcion).toContain('Vacía cuando la cifra está suprimida');
    expect(metadata.control_divulgacion).toMatchObject({ aplicado: true, umbral: 5 });
    expect(metadata.control_divulgacion.descripcion).toContain('1 a 4 personas');
    expect(metadata.control_divulgacion.descripcion).toContain('respuestas anteriores');
    expect(metadata.signos).toEqual(SYMBOL_LEGEND.map((entry) => ({ signo: entry.symbol, significado: entry.meaning })));
  });

  it('says the figures are exact when the source counts no protected population, and a null total', () => {
    const metadata = answerMetadata({ ...withoutTotal, protegida: false });
    expect(metadata.total).toBeNull();
    expect(metadata.control_divulgacion.aplicado).toBe(false);
    expect(metadata.control_divulgacion.descripcion).toContain('las cifras son exactas');
  });

  it('is written as 2-space JSON with a trailing newline', () => {
    const json = answerMetadataJson(doc);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "numero": 17,\n');
    expect(JSON.parse(json)).toEqual(answerMetadata(doc));
  });
});

describe('answerXlsx', () => {
  let bytes: Buffer;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await answerXlsx(doc);
    workbook = await readWorkbook(bytes);
  });

  it('gives the same bytes for the same answer, and other bytes for another answer date', async () => {
    expect(sha256(await answerXlsx(doc))).toBe(sha256(bytes));
    expect(sha256(await answerXlsx({ ...doc, fecha: '2026-12-07T09:00:00Z' }))).not.toBe(sha256(bytes));
    expect(workbook.created.toISOString()).toBe('2026-12-06T14:03:11.000Z');
  });

  it('has the table, the request, the definitions and the signs', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Cuadro', 'Solicitud', 'Definiciones', 'Signos']);
  });

  it('prints the title, the headers, the figures, «x» for the suppressed one and the total', () => {
    const rows = rowsOf(workbook.getWorksheet('Cuadro')!);
    expect(rows[1][0]).toBe('Movimientos migratorios por puesto y día, enero a diciembre de 2023 (sexo: Femenino)');
    expect(rows[2]).toEqual(['Puesto (código)', 'Puesto', 'Día (código)', 'Día', 'Cantidad']);
    expect(rows[3]).toEqual(['LH', 'Frontera La Hachadura, Ahuachapán', '2023-01-01', '1 de enero de 2023', 1234]);
    expect(rows[4][4]).toBe('x');
    expect(rows[5][4]).toBe(0);
    expect(rows[6][0]).toBe('Total');
    expect(rows[6][4]).toBe(1237);
    const text = rows.flat().map(String);
    expect(text).toContain(doc.fuente);
    expect(text.some((cell) => cell.startsWith('Signos convencionales:'))).toBe(true);
  });

  it('leaves the total row out when the total is null', async () => {
    const rows = rowsOf((await readWorkbook(await answerXlsx(withoutTotal))).getWorksheet('Cuadro')!);
    expect(rows.flat()).not.toContain('Total');
  });

  it('carries the request text and the disclosure control in «Solicitud», the CSV columns in «Definiciones»', () => {
    const request = new Map(rowsOf(workbook.getWorksheet('Solicitud')!).map((row) => [row[0], row[1]]));
    expect(request.get('Texto de la solicitud')).toBe(doc.solicitud);
    expect(request.get('Número de solicitud')).toBe(17);
    expect(request.get('Fecha de la respuesta')).toBe('6 de diciembre de 2026 (2026-12-06T14:03:11Z)');
    expect(request.get('Control de divulgación')).toBe(answerMetadata(doc).control_divulgacion.descripcion);
    const definitions = rowsOf(workbook.getWorksheet('Definiciones')!).slice(2);
    expect(definitions).toEqual(answerMetadata(doc).columnas.map((column) => [column.nombre, column.descripcion]));
    expect(rowsOf(workbook.getWorksheet('Signos')!).slice(2)).toEqual(SYMBOL_LEGEND.map((entry) => [entry.symbol, entry.meaning]));
  });
});

describe('writeAnswerFiles', () => {
  beforeAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes a CSV with its JSON beside it and returns the CSV bytes’ hash', async () => {
    const out = join(root, 'consulta-17.csv');
    const written = await writeAnswerFiles(doc, out);
    expect(written.files).toEqual([out, join(root, 'consulta-17.json')]);
    expect(written.sha256).toBe(sha256(await answerBytes(doc, 'csv')));
    expect(await readFile(out, 'utf8')).toBe(answerCsv(doc));
    expect(await readFile(join(root, 'consulta-17.json'), 'utf8')).toBe(answerMetadataJson(doc));
  });

  it('writes only the workbook for .xlsx, leaving no temporary file', async () => {
    const out = join(root, 'xlsx', 'consulta-17.xlsx');
    const written = await writeAnswerFiles(doc, out);
    expect(written.files).toEqual([out]);
    expect(written.sha256).toBe(sha256(await readFile(out)));
    expect(written.sha256).toBe(sha256(await answerBytes(doc, 'xlsx')));
    expect(await readdir(join(root, 'xlsx'))).toEqual(['consulta-17.xlsx']);
  });

  it('refuses another extension with a Spanish message', async () => {
    await expect(writeAnswerFiles(doc, join(root, 'consulta-17.pdf'))).rejects.toThrow(/\.csv o \.xlsx/);
  });
});
