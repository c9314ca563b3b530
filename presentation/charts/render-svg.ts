import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Returns a DOM document for Plot outside a browser (linkedom), as Plot's own tests do. */
export function nodeDocument(): Document {
  return parseHTML('<!DOCTYPE html><html><body></body></html>').document as unknown as Document;
}

/** Returns a Plot spec rendered as a standalone SVG document (for the PDF and the snapshots). */
export function renderSvg(spec: Plot.PlotOptions): string {
  const element = Plot.plot(spec) as unknown as Element;
  if (element.tagName.toLowerCase() !== 'svg') throw new Error('El gráfico debe ser un SVG sin leyenda HTML (color.legend: false).');
  element.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Plot's <style> only sets browser layout (display, max-width); a PDF has no use for it.
  return element.outerHTML.replace(/<style>[\s\S]*?<\/style>/, '');
}
