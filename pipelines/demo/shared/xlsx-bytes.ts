/**
 * XLSX workbooks as spreadsheets export them (first sheet, header in row 1), written with
 * reproducible bytes: the document properties and every zip entry carry a fixed instant instead of
 * the time of the run.
 */
import ExcelJS from 'exceljs';
import { reproducibleXlsxBytes } from '../../files/xlsx-reproducible.js';
import type { CsvValue } from './csv-text.js';

const FIXED_INSTANT = new Date(Date.UTC(2024, 5, 1, 12, 0, 0));

/** Returns the bytes of a one-sheet workbook with the header in row 1 and the rows below it. */
export async function xlsxBytes(sheetName: string, header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gerencia de Extranjería';
  workbook.lastModifiedBy = 'Gerencia de Extranjería';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  return reproducibleXlsxBytes(workbook, FIXED_INSTANT);
}
