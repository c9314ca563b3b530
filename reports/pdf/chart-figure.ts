import type { Content } from 'pdfmake/interfaces.js';

/** One entry of a chart's legend: a colour swatch and its label. */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
}

export interface ChartFigureSpec {
  /** `Gráfico 3. Pasaportes emitidos por sucursal` */
  readonly caption: string;
  /** The chart as an SVG document (a presentation/charts/ chart rendered by renderSvg). */
  readonly svg: string;
  /** Width on the page in points; the height follows the SVG's aspect ratio. */
  readonly width: number;
  readonly legend?: readonly LegendEntry[];
  /** The "Fuente:" line (presentation/format/source-line.ts). */
  readonly source: string;
  readonly note?: string;
}

/** Returns a legend as one line of swatches and labels. */
export function legendLine(entries: readonly LegendEntry[]): Content {
  return {
    columns: entries.map((entry) => ({
      width: 'auto',
      columns: [
        { width: 9, canvas: [{ type: 'rect', x: 0, y: 1.5, w: 8, h: 8, color: entry.color }] },
        { width: 'auto', text: entry.label, fontSize: 8, margin: [3, 0, 14, 0] },
      ],
    })),
    margin: [0, 0, 0, 4],
  } as Content;
}

/** Returns a captioned chart that is never split across pages. */
export function chartFigure(spec: ChartFigureSpec): Content {
  const parts: Content[] = [{ text: spec.caption, style: 'caption' }];
  if (spec.legend?.length) parts.push(legendLine(spec.legend));
  parts.push({ svg: spec.svg, width: spec.width } as Content);
  if (spec.source) parts.push({ text: spec.source, style: 'source' });
  if (spec.note) parts.push({ text: spec.note, style: 'note' });
  return { stack: parts, unbreakable: true, margin: [0, 4, 0, 6] };
}
