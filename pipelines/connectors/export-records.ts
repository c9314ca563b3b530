import { createReadStream } from 'node:fs';
import { splitCells } from '../extract/csv-scan.js';

/** One record of a system's CSV export: its cells and the line it starts on (the header is line 1). */
export interface ExportRecord {
  readonly line: number;
  readonly cells: string[];
}

/**
 * Yields the records of a CSV file, header first, streaming: decoded from `encoding`, RFC 4180
 * quoting (a quoted field may hold line breaks), blank lines skipped as the extraction skips them.
 * `encoding` and `delimiter` come from scanCsv, which also rejects a file with an unclosed quote.
 */
export async function* csvRecords(path: string, encoding: 'utf-8' | 'windows-1252', delimiter: ',' | ';'): AsyncGenerator<ExportRecord> {
  let pending = '';
  let start = 0;
  let quoted = false;
  let line = 0;
  for await (const text of lines(path, encoding)) {
    line++;
    if (!quoted) {
      pending = text;
      start = line;
    } else {
      pending += `\n${text}`;
    }
    // An odd number of quotes leaves a field open: the record goes on on the next line.
    for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) quoted = !quoted;
    if (quoted) continue;
    if (/^[ \t\r]*$/.test(pending)) continue;
    yield { line: start, cells: splitCells(pending, delimiter) };
  }
  if (quoted && !/^[ \t\r]*$/.test(pending)) yield { line: start, cells: splitCells(pending, delimiter) };
}

/** Yields a file's decoded lines (without their line feed; a byte-order mark is dropped by the decoder). */
async function* lines(path: string, encoding: 'utf-8' | 'windows-1252'): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  let carry = '';
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    carry += decoder.decode(chunk, { stream: true });
    const parts = carry.split('\n');
    carry = parts.pop()!;
    yield* parts;
  }
  carry += decoder.decode();
  if (carry) yield carry;
}
