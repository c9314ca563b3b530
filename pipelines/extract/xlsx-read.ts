import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { LineSegment } from './csv-scan.js';

export interface XlsxConversion {
  readonly header: string[];
  readonly goodRecords: number;
  readonly segments: LineSegment[];
  readonly unreadable?: string;
}

/**
 * Returns the first sheet of an XLSX delivery written out as a UTF-8 CSV at `csvPath` (so DuckDB's
 * reader loads it like any other delivery), with the sheet's row numbers as line numbers.
 */
export async function convertXlsx(xlsxPath: string, csvPath: string): Promise<XlsxConversion> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(xlsxPath);
  } catch (error) {
    return { header: [], goodRecords: 0, segments: [], unreadable: `no es un libro XLSX legible (${(error as Error).message})` };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return { header: [], goodRecords: 0, segments: [], unreadable: 'la primera hoja está vacía' };

  const width = sheet.getRow(1).cellCount;
  const header = cellsOf(sheet.getRow(1), width);
  if (header.every((cell) => cell.trim() === '')) {
    return { header: [], goodRecords: 0, segments: [], unreadable: 'la fila 1 de la primera hoja no tiene encabezados' };
  }
  const out = createWriteStream(csvPath, { encoding: 'utf8' });
  const write = async (cells: string[]) => {
    if (!out.write(cells.map(quote).join(',') + '\n')) await once(out, 'drain');
  };
  await write(header);

  const segments: LineSegment[] = [];
  let goodRecords = 0;
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const cells = cellsOf(sheet.getRow(rowNumber), width);
    if (cells.every((cell) => cell.trim() === '')) continue;
    const last = segments[segments.length - 1];
    if (!last || last.firstLine + (goodRecords - last.firstIndex) !== rowNumber) segments.push({ firstIndex: goodRecords, firstLine: rowNumber });
    goodRecords++;
    await write(cells);
  }
  out.end();
  await once(out, 'finish');
  return { header, goodRecords, segments };
}

function cellsOf(row: ExcelJS.Row, width: number): string[] {
  const cells: string[] = [];
  for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column).value));
  return cells;
}

/** Dates become `YYYY-MM-DD` from their UTC parts: ExcelJS reads a sheet's calendar day as UTC midnight. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
