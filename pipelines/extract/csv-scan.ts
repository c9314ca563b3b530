import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';

/** A run of data records whose physical lines follow each other: record i is on line firstLine + (i − firstIndex). */
export interface LineSegment {
  readonly firstIndex: number;
  readonly firstLine: number;
}

/** A record whose field count differs from the header's; DuckDB's reader drops it, the raw layer keeps it. */
export interface MalformedRecord {
  readonly line: number;
  readonly fields: number;
  readonly start: number;
  readonly end: number;
}

export interface CsvScan {
  readonly sha256: string;
  readonly bytes: number;
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly hasBom: boolean;
  readonly delimiter: ',' | ';';
  /** Header cells as written (decoded, unquoted, not yet folded). */
  readonly header: string[];
  /** Data records with the header's field count, in file order. */
  readonly goodRecords: number;
  /**
   * False when the file was read by the quick pass (no quotes, no blank lines): every record was
   * taken as well formed, so a loader that finds fewer rows must read it again with `countFields`.
   */
  readonly fieldsCounted: boolean;
  readonly segments: LineSegment[];
  readonly malformed: MalformedRecord[];
  /** Set when the file cannot be read as CSV at all. */
  readonly unreadable?: string;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

/**
 * Returns what one streaming pass over a CSV file tells: hash, encoding, delimiter, header, and
 * the physical line of every data record (RFC 4180 quoting, blank lines skipped, header = line 1).
 * DuckDB's reader loads the rows; this pass supplies what it cannot: exact line numbers.
 *
 * A file without quotes or blank lines (what machine exports send) has record i on line i + 2,
 * so the quick pass only hashes it and counts its lines; `countFields` walks every byte to find
 * records whose field count differs from the header's, which the quick pass takes on trust.
 */
export async function scanCsv(path: string, options: { countFields?: boolean } = {}): Promise<CsvScan> {
  if (!options.countFields) {
    const quick = await quickScan(path);
    if (quick) return quick;
  }
  return fullScan(path);
}

/** Bytes that, after a line feed, make the next line blank or start with blanks (CR, LF, space, tab). */
const BLANK_STARTS = [CR, LF, SPACE, TAB];

/**
 * The quick pass: hash, encoding and line count through native buffer searches, no byte loop.
 * Returns undefined when the file shows a quote, a line that is blank or starts blank, or a
 * carriage return that does not end a line (DuckDB's reader would start a record there, and one
 * such extra record could hide a dropped malformed one in the row count): the full pass reads it.
 */
async function quickScan(path: string): Promise<CsvScan | undefined> {
  const hash = createHash('sha256');
  let bytes = 0;
  let utf8 = true;
  let utf8Carry: Buffer = Buffer.alloc(0);
  let hasBom = false;
  let newlines = 0;
  let carriageReturns = 0;
  let lastByte = LF;
  const headerBytes: Buffer[] = [];
  let headerDone = false;

  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    if (bytes === 0 && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
      hasBom = true;
      from = 3;
    }
    if (chunk.indexOf(QUOTE, from) !== -1) return undefined;
    // A line starting blank: the first byte after a line feed (or of the file) is CR, LF, space or tab.
    if (from < chunk.length && lastByte === LF && BLANK_STARTS.includes(chunk[from])) return undefined;
    for (const blank of BLANK_STARTS) if (chunk.indexOf(Buffer.from([LF, blank]), from) !== -1) return undefined;
    hash.update(chunk);
    if (utf8) utf8Carry = checkUtf8(utf8Carry, chunk, (ok) => (utf8 = ok));
    let at = chunk.indexOf(LF, from);
    if (!headerDone) {
      headerBytes.push(chunk.subarray(from, at === -1 ? chunk.length : at));
      headerDone = at !== -1;
    }
    for (; at !== -1; at = chunk.indexOf(LF, at + 1)) newlines++;
    for (let cr = chunk.indexOf(CR, from); cr !== -1; cr = chunk.indexOf(CR, cr + 1)) carriageReturns++;
    if (chunk.length > from) lastByte = chunk[chunk.length - 1];
    bytes += chunk.length;
  }
  if (bytes === 0 || newlines === 0) return undefined;
  // Every line ends LF, or every line ends CRLF: no carriage return stands alone.
  if (carriageReturns !== 0 && carriageReturns !== newlines) return undefined;
  if (utf8 && utf8Carry.length > 0) utf8 = isUtf8(utf8Carry);

  const lines = newlines + (lastByte === LF ? 0 : 1);
  const encoding = utf8 ? 'utf-8' : 'windows-1252';
  const header = Buffer.concat(headerBytes);
  const delimiter = splitHeader(header).delimiter === COMMA ? ',' : ';';
  const goodRecords = lines - 1;
  return {
    sha256: hash.digest('hex'),
    bytes,
    encoding,
    hasBom,
    delimiter,
    fieldsCounted: false,
    goodRecords,
    segments: goodRecords > 0 ? [{ firstIndex: 0, firstLine: 2 }] : [],
    malformed: [],
    header: splitCells(new TextDecoder(encoding).decode(header), delimiter),
  };
}

/** The full pass: every byte, RFC 4180 quoting, the field count of every record. */
async function fullScan(path: string): Promise<CsvScan> {
  const hash = createHash('sha256');
  let bytes = 0;
  let utf8 = true;
  let utf8Carry: Buffer = Buffer.alloc(0);
  let hasBom = false;

  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;
  let fields = 1;
  let blank = true;
  let delimiter = -1;
  let headerFields = 0;
  const headerBytes: Buffer[] = [];
  let headerDone = false;
  let goodRecords = 0;
  const segments: LineSegment[] = [];
  const malformed: MalformedRecord[] = [];

  const endRecord = (end: number) => {
    if (!blank) {
      if (!headerDone) {
        headerDone = true;
      } else if (fields === headerFields) {
        const last = segments[segments.length - 1];
        if (!last || last.firstLine + (goodRecords - last.firstIndex) !== recordLine) {
          segments.push({ firstIndex: goodRecords, firstLine: recordLine });
        }
        goodRecords++;
      } else {
        malformed.push({ line: recordLine, fields, start: recordStart, end });
      }
    }
    fields = 1;
    blank = true;
  };

  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    let from = 0;
    if (bytes === 0 && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
      hasBom = true;
      from = 3;
    }
    if (utf8) utf8Carry = checkUtf8(utf8Carry, chunk, (ok) => (utf8 = ok));

    for (let i = from; i < chunk.length; i++) {
      const byte = chunk[i];
      if (blank && byte !== SPACE && byte !== TAB && byte !== CR && byte !== LF) {
        blank = false;
        recordLine = line;
        recordStart = bytes + i;
      }
      if (byte === QUOTE) {
        inQuotes = !inQuotes;
      } else if (byte === LF) {
        line++;
        if (!inQuotes) {
          if (!headerDone && !blank) {
            headerBytes.push(chunk.subarray(headerBytes.length ? 0 : from, i));
            const split = splitHeader(Buffer.concat(headerBytes));
            delimiter = split.delimiter;
            headerFields = split.count;
          }
          endRecord(bytes + i);
        }
      } else if (!inQuotes && byte === delimiter) {
        fields++;
      }
    }
    if (!headerDone && !blank) headerBytes.push(chunk.subarray(from));
    bytes += chunk.length;
  }

  if (!headerDone && !blank) {
    const split = splitHeader(Buffer.concat(headerBytes));
    delimiter = split.delimiter;
    headerFields = split.count;
  }
  if (!blank) endRecord(bytes);
  if (utf8 && utf8Carry.length > 0) utf8 = isUtf8(utf8Carry);

  const encoding = utf8 ? 'utf-8' : 'windows-1252';
  const base = { sha256: hash.digest('hex'), bytes, encoding, hasBom, goodRecords, segments, malformed, fieldsCounted: true } as const;
  if (inQuotes) return { ...base, delimiter: ',', header: [], unreadable: 'hay una comilla (") sin cerrar; el archivo no se puede interpretar' };
  if (delimiter === -1) return { ...base, delimiter: ',', header: [], unreadable: 'el archivo está vacío o no tiene una fila de encabezado' };
  const headerText = new TextDecoder(encoding).decode(Buffer.concat(headerBytes));
  return { ...base, delimiter: delimiter === COMMA ? ',' : ';', header: splitCells(headerText, delimiter === COMMA ? ',' : ';') };
}

/** Validates complete UTF-8 sequences chunk by chunk; returns the incomplete tail to carry over. */
function checkUtf8(carry: Buffer, chunk: Buffer, report: (ok: boolean) => void): Buffer {
  const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
  let cut = data.length;
  while (cut > 0 && data.length - cut < 4 && data[cut - 1] >= 0x80) cut--;
  if (!isUtf8(data.subarray(0, cut))) {
    report(false);
    return Buffer.alloc(0);
  }
  return Buffer.from(data.subarray(cut));
}

/** Picks the delimiter of a header record: the more frequent of `,` and `;` outside quotes. */
function splitHeader(header: Buffer): { delimiter: number; count: number } {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const byte of header) {
    if (byte === QUOTE) quoted = !quoted;
    else if (!quoted && byte === COMMA) commas++;
    else if (!quoted && byte === SEMICOLON) semicolons++;
  }
  if (commas === 0 && semicolons === 0) return { delimiter: COMMA, count: 1 };
  return semicolons > commas ? { delimiter: SEMICOLON, count: semicolons + 1 } : { delimiter: COMMA, count: commas + 1 };
}

/** Splits one decoded CSV record into unquoted cells (RFC 4180). */
export function splitCells(record: string, delimiter: ',' | ';'): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const char = record[i];
    if (char === '"') {
      if (quoted && record[i + 1] === '"') {
        cell += '"';
        i++;
      } else {
        quoted = !quoted;
      }
    } else if (char === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else if (char !== '\r' || quoted) {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}
