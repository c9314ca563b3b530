/**
 * XLSX bytes that depend only on the workbook's content: exceljs stamps the current time into the
 * document properties and into every zip entry, so the same workbook written twice would differ.
 * Both are pinned to an instant the caller chooses (a fixed one, or the moment the file stands for),
 * so a file can be hashed, compared and written again without changing.
 */
import type ExcelJS from 'exceljs';

/** Returns an instant as the MS-DOS time and date zip headers store (its UTC fields; 2-second resolution). */
function dosTimestamp(instant: Date): { time: number; date: number } {
  const time = (instant.getUTCHours() << 11) | (instant.getUTCMinutes() << 5) | (instant.getUTCSeconds() >> 1);
  const date = ((instant.getUTCFullYear() - 1980) << 9) | ((instant.getUTCMonth() + 1) << 5) | instant.getUTCDate();
  return { time, date };
}

/**
 * Returns the zip bytes with every entry's modification time (local and central headers) pinned to
 * `instant`, read in UTC so the bytes do not depend on the machine's time zone. Edits `zip` in place.
 */
export function pinZipTimestamps(zip: Buffer, instant: Date): Buffer {
  const { time, date } = dosTimestamp(instant);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('pinZipTimestamps: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('pinZipTimestamps: bad central directory');
    zip.writeUInt16LE(time, offset + 12);
    zip.writeUInt16LE(date, offset + 14);
    const local = zip.readUInt32LE(offset + 42);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return zip;
}

/** Returns the workbook's bytes with its created and modified dates and its zip entries' times set to `instant`. */
export async function reproducibleXlsxBytes(workbook: ExcelJS.Workbook, instant: Date): Promise<Buffer> {
  workbook.created = instant;
  workbook.modified = instant;
  return pinZipTimestamps(Buffer.from(await workbook.xlsx.writeBuffer()), instant);
}
