import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces.js';
import { COLORS } from './pdf-theme.js';

/** One leaf column of a data table. */
export interface TableColumn {
  readonly header: string;
  /** Points, `*` (share the rest) or `auto`; defaults to `auto`. */
  readonly width?: number | '*' | 'auto';
  readonly align?: 'left' | 'right' | 'center';
  /** Header of a group spanning consecutive columns (e.g. a period over M / F / Total). */
  readonly group?: string;
}

/** How a row reads: a category, a subtotal or the table's total. */
export type RowKind = 'categoria' | 'subtotal' | 'total';

/** A cell spanning several columns (the row then lists one cell fewer per extra column). */
export interface SpanCell {
  readonly text: string;
  readonly colSpan: number;
}

export interface TableRow {
  readonly cells: readonly (string | SpanCell)[];
  readonly kind?: RowKind;
}

export interface DataTableSpec {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly fontSize?: number;
}

/**
 * Returns a data table: header rows repeated on every page, rows never split across pages, the
 * header kept with the first row, zebra rows and emphasised subtotals and totals.
 */
export function dataTable(spec: DataTableSpec): ContentTable {
  const fontSize = spec.fontSize ?? 8;
  const grouped = spec.columns.some((column) => column.group);
  const header = (text: string, extra: Partial<Record<string, unknown>> = {}): TableCell => ({ text, style: 'tableHeader', fontSize: fontSize - 0.5, fillColor: COLORS.blue, ...extra }) as TableCell;

  const headerRows: TableCell[][] = [];
  if (grouped) {
    const top: TableCell[] = [];
    const bottom: TableCell[] = [];
    spec.columns.forEach((column, index) => {
      if (!column.group) {
        top.push(header(column.header, { rowSpan: 2, margin: [0, 6, 0, 0] }));
        bottom.push({});
        return;
      }
      const startsGroup = index === 0 || spec.columns[index - 1].group !== column.group;
      if (startsGroup) {
        let span = 1;
        while (spec.columns[index + span]?.group === column.group) span++;
        top.push(header(column.group, span > 1 ? { colSpan: span } : {}));
      } else top.push({});
      bottom.push(header(column.header));
    });
    headerRows.push(top, bottom);
  } else {
    headerRows.push(spec.columns.map((column) => header(column.header)));
  }

  const body = spec.rows.map((row, rowIndex) => {
    const kind = row.kind ?? 'categoria';
    const fill = kind === 'categoria' ? (rowIndex % 2 === 1 ? COLORS.zebra : undefined) : COLORS.blueTint;
    const cells: TableCell[] = [];
    for (const given of row.cells) {
      const span = typeof given === 'string' ? 1 : given.colSpan;
      const cell: Record<string, unknown> = {
        text: typeof given === 'string' ? given : given.text,
        fontSize,
        alignment: span > 1 ? 'center' : (spec.columns[cells.length]?.align ?? 'left'),
      };
      if (span > 1) cell.colSpan = span;
      if (kind !== 'categoria') Object.assign(cell, { bold: true, color: kind === 'total' ? COLORS.blue : COLORS.ink });
      if (fill) cell.fillColor = fill;
      cells.push(cell as TableCell);
      for (let extra = 1; extra < span; extra++) cells.push({});
    }
    return cells;
  });

  return {
    table: {
      headerRows: headerRows.length,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: spec.columns.map((column) => column.width ?? 'auto'),
      body: [...headerRows, ...body],
    },
    layout: 'datos',
  };
}

/** A caption counter for numbered tables and charts, in document order. */
export interface Numbering {
  /** Numbers the next table; `key` (a cuadro's code) records its number for the open data and dashboards. */
  table(key?: string): number;
  chart(): number;
  /** The numbers given to keyed tables, by key. */
  readonly tables: ReadonlyMap<string, number>;
}

/** Returns a fresh counter starting at Tabla 1 and Gráfico 1. */
export function newNumbering(): Numbering {
  let tables = 0;
  let charts = 0;
  const keyed = new Map<string, number>();
  return {
    table: (key?: string) => {
      tables += 1;
      if (key !== undefined) keyed.set(key, tables);
      return tables;
    },
    chart: () => ++charts,
    tables: keyed,
  };
}

export interface TableBlockSpec {
  readonly caption: string;
  readonly table: ContentTable;
  /** The "Fuente:" line (presentation/format/source-line.ts): every table says where its figures come from. */
  readonly source: string;
  readonly note?: string;
  /** Keep the whole table on one page; by default only tables of at most 16 rows. Never for tables taller than a page. */
  readonly keepTogether?: boolean;
  /**
   * The block ends its section (the next starts on a new page): no space after it, or a block that
   * fills its page to the last line would push that space onto a blank page.
   */
  readonly endsSection?: boolean;
}

/**
 * Returns a captioned table with its note. A short table moves whole with its caption; a long one
 * may break between rows (its header repeats) and its caption never stays alone at a page's foot.
 */
export function tableBlock(spec: TableBlockSpec): Content {
  const rows = spec.table.table.body.length;
  const parts: Content[] = [{ text: spec.caption, style: 'caption', headlineLevel: 3 } as Content, spec.table];
  if (spec.source) parts.push({ text: spec.source, style: 'source' });
  if (spec.note) parts.push({ text: spec.note, style: 'note', ...(spec.endsSection ? { margin: [0, 3, 0, 0] } : {}) } as Content);
  return (spec.keepTogether ?? rows <= 16) ? { stack: parts, unbreakable: true } : { stack: parts };
}
