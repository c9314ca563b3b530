import * as Plot from '@observablehq/plot';
import { recolorForScreen, screenColor } from '../../../presentation/charts/screen-spec.js';
import { chartCsv, chartSvg, downloadName, saveFile, type ChartCredits } from './chart-downloads.js';
import { dataTable, type TableSpec } from './data-table.js';
import { h, uniqueId } from './dom.js';
import { markScrollableRegions } from './scroll-regions.js';

/** One chart of a page: what it shows, its source, how to draw it and its table view. */
export interface FigureSpec {
  readonly titulo: string;
  /** What the figures count (`pasaportes emitidos`, `dólares`). */
  readonly unidades: string;
  /** The published dataset(s) behind it. */
  readonly fuente: string;
  /** Draws the chart at a width (CSS pixels of the PDF's scale); null when there is nothing to draw. */
  readonly plot: ((document: Document, width: number) => Plot.PlotOptions) | null;
  readonly tabla: TableSpec;
  /** Why there is no chart, when `plot` is null. */
  readonly vacio?: string;
  /** A figure that is its table (no chart): the table is shown open, with its download. */
  readonly soloTabla?: boolean;
  /** A remark under the chart (suppressed months, filters that do not apply). */
  readonly nota?: string;
  /** An HTML legend (Plot's legends are off so that the PDF gets bare SVG). */
  readonly leyenda?: readonly { readonly etiqueta: string; readonly color: string }[];
}

/** Charts keep the PDF's proportions and are enlarged on screen by this factor (wider screens) so their text is legible. */
const zoom = (width: number) => (width < 560 ? 1.2 : 1.45);

const mounted = new Set<{ canvas: HTMLElement; draw: NonNullable<FigureSpec['plot']> }>();

/** The licence downloaded charts carry (the release's, set once by main.ts). */
let licence = 'Creative Commons Atribución 4.0 Internacional';

/** Sets the licence every downloaded chart and table names. */
export function setFigureLicence(text: string): void {
  if (text) licence = text;
}

/** The figure's download buttons: its table as CSV and, when drawn, its picture as SVG, both made in the page. */
function downloads(spec: FigureSpec, canvas: HTMLElement): HTMLElement {
  const credits = (): ChartCredits => ({ titulo: spec.titulo, unidades: spec.unidades, fuente: spec.fuente, licencia: licence });
  const name = downloadName(spec.titulo);
  const button = (text: string, onclick: () => void) => h('button', { type: 'button', class: 'descarga', 'aria-label': `${text}: ${spec.titulo}`, onclick }, text);
  return h(
    'span',
    { class: 'descargas-grafico' },
    button('Descargar CSV', () => saveFile(`${name}.csv`, 'text/csv;charset=utf-8', chartCsv(spec.tabla, credits()))),
    spec.plot
      ? button('Descargar SVG', () => {
          const svg = canvas.querySelector('svg');
          if (svg)
            saveFile(
              `${name}.svg`,
              'image/svg+xml',
              chartSvg(
                svg,
                credits(),
                (spec.leyenda ?? []).map((item) => ({ ...item, color: screenColor(item.color) })),
              ),
            );
        })
      : null,
  );
}

/** Returns a figure: title, units, chart (hidden from screen readers), legend, note, source and a table that is always readable. */
export function chartFigure(spec: FigureSpec): HTMLElement {
  const tableId = uniqueId('tabla');
  const canvas = h('div', { class: 'lienzo', 'aria-hidden': 'true' });
  // Closed, the table is for screen readers only; open, it is a scrollable region keyboard users can reach.
  const table = h(
    'div',
    { class: spec.soloTabla ? 'tabla-grafico' : 'tabla-grafico solo-lectores', id: tableId, role: 'region', 'aria-label': `Tabla: ${spec.titulo}` },
    dataTable(spec.titulo, spec.tabla),
  );
  // Every figure's button says which table it opens: a screen reader's list of buttons tells them apart.
  const toggleLabel = (open: boolean) => `${open ? 'Ocultar' : 'Ver'} tabla: ${spec.titulo}`;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'ver-tabla',
      'aria-controls': tableId,
      'aria-expanded': 'false',
      'aria-label': toggleLabel(false),
      onclick: () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? 'Ocultar tabla' : 'Ver tabla';
        toggle.setAttribute('aria-label', toggleLabel(open));
        table.classList.toggle('solo-lectores', !open);
        markScrollableRegions(table.parentElement ?? table);
      },
    },
    'Ver tabla',
  );
  const figure = h(
    'figure',
    { class: spec.soloTabla ? 'grafico tabla-sola' : 'grafico' },
    h('figcaption', {}, h('h4', {}, spec.titulo), h('p', { class: 'unidades' }, `Unidades: ${spec.unidades}`)),
    spec.plot ? canvas : spec.soloTabla ? table : h('p', { class: 'vacio' }, spec.vacio ?? 'No hay cifras publicadas que mostrar para esta selección.'),
    spec.leyenda && spec.plot
      ? h(
          'ul',
          { class: 'leyenda', 'aria-hidden': 'true' },
          spec.leyenda.map((item) => h('li', {}, h('span', { class: 'muestra', style: `background:${screenColor(item.color)}` }), item.etiqueta)),
        )
      : null,
    spec.nota ? h('p', { class: 'nota' }, spec.nota) : null,
    h('p', { class: 'fuente' }, `Fuente: ${spec.fuente}`),
    h('div', { class: 'acciones-grafico' }, spec.soloTabla ? null : toggle, downloads(spec, canvas)),
    spec.soloTabla ? null : table,
  );
  if (spec.plot) mounted.add({ canvas, draw: spec.plot });
  return figure;
}

/** Draws every chart mounted since the last call whose canvas is in the page (after the page is attached, so widths are known). */
export function drawCharts(): void {
  for (const entry of mounted) {
    if (!entry.canvas.isConnected) {
      mounted.delete(entry);
      continue;
    }
    const available = entry.canvas.clientWidth || 320;
    const scale = zoom(available);
    const width = Math.max(240, Math.round(available / scale));
    const chart = Plot.plot(entry.draw(document, width)) as unknown as SVGSVGElement;
    recolorForScreen(chart);
    // A chart may choose to be narrower than offered (one year of a matrix): it is enlarged by the same factor, not stretched.
    const drawn = Number(chart.getAttribute('width')) || width;
    chart.removeAttribute('width');
    chart.removeAttribute('height');
    chart.style.width = drawn < width ? `${Math.round(drawn * scale)}px` : '100%';
    chart.style.height = 'auto';
    chart.style.maxWidth = '100%';
    entry.canvas.replaceChildren(chart);
  }
}

/** Forgets every chart (before a page is replaced). */
export function resetCharts(): void {
  mounted.clear();
}
