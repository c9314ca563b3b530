import ExcelJS from 'exceljs';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { reproducibleXlsxBytes } from '../../pipelines/files/xlsx-reproducible.js';
import { printedNumber } from '../../presentation/format/printed-number.js';
import { SYMBOL_LEGEND } from '../../presentation/format/symbols.js';
import { publisher } from './publisher.js';

/** The Memoria's tables as printed, for Excel users (`datos/memoria-cuadros.xlsx`). */
export const MEMORIA_WORKBOOK_FILE = 'memoria-cuadros.xlsx';

/** One numbered table of the PDF: caption, header rows, body rows, the lines under it. */
interface PrintedTable {
  readonly caption: string;
  readonly headerRows: number;
  readonly body: readonly (readonly PrintedCell[])[];
  readonly below: readonly string[];
}

interface PrintedCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly bold?: boolean;
  /** A placeholder pdfmake needs under a spanning cell: nothing is written there. */
  readonly covered: boolean;
}

type Node = Content & Record<string, unknown>;

/** Returns the text of a pdfmake node: a string, `{ text }`, or runs of them. */
function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'text' in node) return textOf((node as { text: unknown }).text);
  return '';
}

/** Returns every captioned table of a document, in order: the stacks `tableBlock` makes (caption, table, source, note). */
export function printedTables(definition: TDocumentDefinitions): PrintedTable[] {
  const tables: PrintedTable[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const stack = (node as Node).stack as unknown[] | undefined;
    const head = stack?.[0] as Node | undefined;
    const table = stack?.find((part) => part && typeof part === 'object' && 'table' in part) as { table: { headerRows?: number; body: unknown[][] } } | undefined;
    if (stack && head?.style === 'caption' && /^Tabla \d+\./.test(textOf(head)) && table) {
      tables.push({
        caption: textOf(head),
        headerRows: table.table.headerRows ?? 1,
        body: table.table.body.map((row) =>
          row.map((cell) => {
            const object = (cell && typeof cell === 'object' ? cell : {}) as Record<string, unknown>;
            const covered = typeof cell === 'object' && cell !== null && !Array.isArray(cell) && !('text' in object);
            return { text: textOf(cell), colSpan: object.colSpan as number | undefined, rowSpan: object.rowSpan as number | undefined, bold: object.bold === true, covered };
          }),
        ),
        below: stack
          .slice(stack.indexOf(table) + 1)
          .map(textOf)
          .filter(Boolean),
      });
      return;
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(definition.content);
  return tables;
}

/** Adds one table's sheet: caption, header (merged as printed), rows with numbers Excel can sum, then source and notes. */
function addTableSheet(workbook: ExcelJS.Workbook, table: PrintedTable): void {
  const number = /^Tabla (\d+)\./.exec(table.caption)![1];
  const sheet = workbook.addWorksheet(`Tabla ${number}`, { views: [{ state: 'frozen', ySplit: 2 + table.headerRows }] });
  sheet.getCell(1, 1).value = table.caption;
  sheet.getCell(1, 1).font = { bold: true, size: 12 };
  const first = 3;
  const widths: number[] = [];
  table.body.forEach((cells, rowIndex) => {
    const header = rowIndex < table.headerRows;
    const row = first + rowIndex;
    cells.forEach((cell, column) => {
      if (cell.covered) return;
      const target = sheet.getCell(row, column + 1);
      const figure = header ? undefined : printedNumber(cell.text);
      target.value = figure ? figure.value : cell.text;
      if (figure) target.numFmt = figure.format;
      target.alignment = { vertical: 'top', wrapText: true, horizontal: figure ? 'right' : header ? 'center' : 'left' };
      if (header || cell.bold) target.font = { bold: true };
      const span = { columns: cell.colSpan ?? 1, rows: cell.rowSpan ?? 1 };
      if (span.columns > 1 || span.rows > 1) sheet.mergeCells(row, column + 1, row + span.rows - 1, column + span.columns);
      if (span.columns === 1) widths[column] = Math.max(widths[column] ?? 8, Math.min(60, cell.text.length + 2));
    });
  });
  widths.forEach((width, column) => (sheet.getColumn(column + 1).width = width));
  table.below.forEach((line, index) => {
    const cell = sheet.getCell(first + table.body.length + 1 + index, 1);
    cell.value = line;
    cell.font = { italic: true, size: 9 };
  });
}

/**
 * Returns the Memoria's numbered tables as an XLSX workbook: an index sheet (title, licence, the
 * signs), then one sheet per table as the PDF prints it, its figures as numbers. Its bytes depend
 * only on the document and the edition's date.
 */
export async function memoriaWorkbook(definition: TDocumentDefinitions, edition: { readonly title: string; readonly createdAt: string }): Promise<Buffer> {
  const tables = printedTables(definition);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'memoria (DGME)';
  workbook.lastModifiedBy = 'memoria (DGME)';
  const index = workbook.addWorksheet('Índice');
  index.getColumn(1).width = 12;
  index.getColumn(2).width = 110;
  index.addRow([edition.title]).font = { bold: true, size: 12 };
  index.addRow([`Cuadros de la Memoria de Labores tal como se imprimen (memoria.pdf). Fuente: ${publisher.institution}. Licencia ${publisher.license.title}.`]);
  index.addRow([]);
  index.addRow(['Hoja', 'Tabla']).font = { bold: true };
  for (const table of tables) index.addRow([/^Tabla (\d+)\./.exec(table.caption)![0].replace(/\.$/, ''), table.caption.replace(/^Tabla \d+\.\s*/, '')]);
  index.addRow([]);
  index.addRow(['Signo', 'Significado']).font = { bold: true };
  for (const entry of SYMBOL_LEGEND) index.addRow([entry.symbol, entry.meaning]);
  for (const table of tables) addTableSheet(workbook, table);
  return reproducibleXlsxBytes(workbook, new Date(edition.createdAt));
}
