/**
 * CSV as the operational systems export it: RFC 4180 quoting, `,` or `;` as delimiter, UTF-8 (with
 * or without BOM) or Windows-1252 bytes; and amounts, generated in integer cents so calibrated sums
 * are exact, written as dollars.
 */

export type CsvValue = string | number;
export type CsvDelimiter = ',' | ';';
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** Returns one CSV field, quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: CsvValue, delimiter: CsvDelimiter): string {
  const text = String(value);
  if (text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/** Returns the text of a CSV file: a header row, then one line per row, each ended by CRLF. */
export function formatCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>, delimiter: CsvDelimiter = ','): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = header.map((h) => csvField(h, delimiter)).join(delimiter);
  for (let i = 0; i < rows.length; i++) {
    lines[i + 1] = (rows[i] as readonly CsvValue[]).map((v) => csvField(v, delimiter)).join(delimiter);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Returns the bytes of a text in the given encoding (Windows-1252 limited to its Latin-1 part). */
export function encodeText(text: string, encoding: CsvEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // 0x80-0x9F differ between Latin-1 and Windows-1252; the demo never needs them.
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) {
      throw new Error(`encodeText: ${JSON.stringify(text[i])} has no Windows-1252 byte in the demo`);
    }
    bytes[i] = code;
  }
  return bytes;
}

/** Returns cents as dollars with a `.` decimal point, optionally grouping thousands with `,`. */
export function formatCents(cents: number, thousands = false): string {
  if (!Number.isInteger(cents) || cents < 0) throw new Error(`formatCents: bad amount ${cents}`);
  const dollars = String(Math.floor(cents / 100));
  const grouped = thousands ? dollars.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : dollars;
  return `${grouped}.${String(cents % 100).padStart(2, '0')}`;
}
