/**
 * XLSX workbooks as spreadsheets export them (first sheet, header in row 1), written with
 * reproducible bytes: exceljs stamps the current time into the document properties and into every
 * zip entry, so both are pinned to a fixed instant.
 */
import ExcelJS from 'exceljs';
import type { CsvValue } from './csv-text.js';

const FIXED_INSTANT = new Date(Date.UTC(2024, 5, 1, 12, 0, 0));
// MS-DOS time and date of 2024-06-01 12:00:00, as zip headers store them.
const DOS_TIME = (12 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2024 - 1980) << 9) | (6 << 5) | 1;

/** Returns the zip bytes with every entry's modification time (local and central headers) pinned. */
function pinZipTimestamps(zip: Buffer): Buffer {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('xlsxBytes: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('xlsxBytes: bad central directory');
    zip.writeUInt16LE(DOS_TIME, offset + 12);
    zip.writeUInt16LE(DOS_DATE, offset + 14);
    const local = zip.readUInt32LE(offset + 42);
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return zip;
}

/** Returns the bytes of a one-sheet workbook with the header in row 1 and the rows below it. */
export async function xlsxBytes(sheetName: string, header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gerencia de Extranjería';
  workbook.lastModifiedBy = 'Gerencia de Extranjería';
  workbook.created = FIXED_INSTANT;
  workbook.modified = FIXED_INSTANT;
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return pinZipTimestamps(buffer);
}
