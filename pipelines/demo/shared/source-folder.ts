/**
 * One source's landing folder while the demo writes it: creates the folder, writes deliveries and
 * keeps the file list and the contract-feature notes for the summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoFeature, DemoFile, DemoNote, SourceResult } from '../demo-summary.js';
import { encodeText, formatCsv, type CsvDelimiter, type CsvEncoding, type CsvValue } from './csv-text.js';
import { xlsxBytes } from './xlsx-bytes.js';

export interface CsvFileOptions {
  readonly delimiter?: CsvDelimiter;
  readonly encoding?: CsvEncoding;
}

export interface SourceFolder {
  readonly source: string;
  /** Writes a CSV delivery and returns its file name. */
  csv(name: string, header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>, options?: CsvFileOptions): string;
  /** Writes an XLSX delivery (one sheet) and returns its file name. */
  xlsx(name: string, header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): Promise<string>;
  /** Writes a file that is not a delivery (it has no rows) and returns its name. */
  text(name: string, content: string): string;
  /** Records which file carries a contract feature. */
  note(feature: DemoFeature, file: string, detail: string, line?: number): void;
  result(): SourceResult;
}

/** Returns a writer for `<root>/<source>/`, creating the folder. */
export function openSourceFolder(root: string, source: string): SourceFolder {
  const folder = join(root, source);
  mkdirSync(folder, { recursive: true });
  const files: DemoFile[] = [];
  const notes: DemoNote[] = [];
  const written = (name: string, bytes: Buffer, rows: number): string => {
    if (files.some((f) => f.name === name)) throw new Error(`demo: ${source}/${name} written twice`);
    writeFileSync(join(folder, name), bytes);
    files.push({ name, rows });
    return name;
  };
  return {
    source,
    csv: (name, header, rows, options = {}) => written(name, encodeText(formatCsv(header, rows, options.delimiter ?? ','), options.encoding ?? 'utf-8'), rows.length),
    xlsx: async (name, header, rows) => written(name, await xlsxBytes(source, header, rows), rows.length),
    text: (name, content) => written(name, Buffer.from(content, 'utf8'), 0),
    note: (feature, file, detail, line) => {
      notes.push(line === undefined ? { feature, source, file, detail } : { feature, source, file, line, detail });
    },
    result: () => {
      const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { source, summary: { files: sorted, rows: sorted.reduce((sum, f) => sum + f.rows, 0) }, notes };
    },
  };
}
