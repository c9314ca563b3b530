import { csvCell } from '../../../presentation/format/csv.js';
import { fileSlug } from '../../../presentation/format/file-slug.js';
import { printedNumber } from '../../../presentation/format/printed-number.js';
import { SYMBOLS } from '../../../presentation/format/symbols.js';
import type { TableSpec } from './data-table.js';

/** What a downloaded chart says about itself: its title, units, source and the edition's licence. */
export interface ChartCredits {
  readonly titulo: string;
  readonly unidades: string;
  readonly fuente: string;
  readonly licencia: string;
}

/** Returns a download's file name from a title: `Pasaportes emitidos por mes` → `pasaportes-emitidos-por-mes`. */
export function downloadName(title: string): string {
  return fileSlug(title).slice(0, 80) || 'grafico';
}

/** A figure of a numeric column as a CSV value: `398,437` → `398437`, `21.80 %` → `21.80`, `–` (zero) → `0`; a sign (`x`, `..`) as printed. */
function csvFigure(text: string): string {
  if (text === SYMBOLS.zero) return '0';
  if (!printedNumber(text)) return text;
  return text.replace(/[,$%+\s\u00a0\u202f]/g, '').replace('−', '-');
}

/**
 * Returns a chart's table as CSV for a spreadsheet: a byte-order mark (so that Excel reads the
 * accents), the column titles, the rows and the total with figures as plain numbers, then the
 * units, source and licence as the last lines.
 */
export function chartCsv(table: TableSpec, credits: ChartCredits): string {
  const line = (cells: readonly string[]) => cells.map((cell, index) => csvCell(table.columnas[index]?.numerica ? csvFigure(cell) : cell)).join(',');
  const lines = [table.columnas.map((column) => csvCell(column.titulo)).join(','), ...table.filas.map(line), ...(table.total ? [line(table.total)] : [])];
  const notes = [
    `${credits.titulo}. Unidades: ${credits.unidades}.`,
    `Fuente: ${credits.fuente}`,
    `Licencia: ${credits.licencia}. ${SYMBOLS.suppressed}: cifra confidencial; ${SYMBOLS.notAvailable}: dato no disponible.`,
  ];
  return `\ufeff${lines.join('\r\n')}\r\n\r\n${notes.map(csvCell).join('\r\n')}\r\n`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Breaks a text into lines of at most `characters` characters, at spaces. */
function wrap(text: string, characters: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > characters) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/**
 * Returns a drawn chart as a standalone SVG picture, as it reads on screen and with what makes it
 * quotable on its own: the title and units above, the legend, then the source and licence below
 * (also as the file's `<title>` and `<desc>`).
 */
export function chartSvg(svg: SVGSVGElement, credits: ChartCredits, legend: readonly { readonly etiqueta: string; readonly color: string }[] = []): string {
  const [, , chartWidth = 640, chartHeight = 400] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Math.max(chartWidth, 480);
  const characters = Math.floor(width / 6);
  const element = (tag: string, attributes: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = element('svg', { xmlns: SVG_NS, style: `font-family:${getComputedStyle(svg).fontFamily};background:#fff` });
  root.append(element('title', {}, credits.titulo), element('desc', {}, `Unidades: ${credits.unidades}. Fuente: ${credits.fuente} Licencia: ${credits.licencia}.`));
  root.append(element('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: '#ffffff' }));
  let y = 18;
  for (const line of wrap(credits.titulo, Math.floor(width / 8))) {
    root.append(element('text', { x: 0, y, 'font-size': 14, 'font-weight': 'bold', fill: '#1f2933' }, line));
    y += 18;
  }
  root.append(element('text', { x: 0, y, 'font-size': 11, fill: '#4f5b6a' }, `Unidades: ${credits.unidades}`));
  y += 8;
  if (legend.length) {
    y += 14;
    let x = 0;
    for (const item of legend) {
      root.append(
        element('rect', { x, y: y - 9, width: 10, height: 10, fill: item.color, stroke: '#5f6b7a', 'stroke-width': 1 }),
        element('text', { x: x + 14, y, 'font-size': 11, fill: '#1f2933' }, item.etiqueta),
      );
      x += 24 + item.etiqueta.length * 6.5;
    }
  }
  y += 8;
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.removeAttribute('style');
  for (const [name, value] of Object.entries({ x: 0, y, width: chartWidth, height: chartHeight })) chart.setAttribute(name, String(value));
  root.append(chart);
  y += chartHeight + 16;
  for (const line of [...wrap(`Fuente: ${credits.fuente}`, characters), `Licencia: ${credits.licencia}.`]) {
    root.append(element('text', { x: 0, y, 'font-size': 10, fill: '#4f5b6a' }, line));
    y += 13;
  }
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(y));
  root.setAttribute('viewBox', `0 0 ${width} ${y}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** Hands a file made in the page to the browser's download (no request leaves the page). */
export function saveFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
