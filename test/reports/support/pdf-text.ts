import { inflateSync } from 'node:zlib';

/**
 * Text of a PDF (rendered with `compress: false`, or compressed with FlateDecode as published), page by page, without system
 * tools: reads the page tree, each font's ToUnicode map and the text operators (Tf, TJ, Tj) of the
 * content streams. Enough for PDFs written by pdfmake/PDFKit; not a general PDF parser.
 */

interface PdfObject {
  readonly body: string;
  readonly stream: string | undefined;
}

/** Returns the PDF's objects by number, with their stream content (latin1) when they have one. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endAt && /^\s*<</.test(text.slice(start, start + 10)) && text.slice(start, streamAt).includes('/Length')) {
      const body = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(body)?.[1]);
      const dataStart = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
      const stream = Number.isFinite(length) ? text.slice(dataStart, dataStart + length) : text.slice(dataStart, text.indexOf('endstream', dataStart));
      // Published PDFs are compressed: a FlateDecode stream is inflated so the same reader works on them.
      const content = /\/FlateDecode/.test(body) ? inflateSync(Buffer.from(stream, 'latin1')).toString('latin1') : stream;
      objects.set(Number(match[1]), { body, stream: content });
      header.lastIndex = dataStart + stream.length;
    } else {
      objects.set(Number(match[1]), { body: text.slice(start, endAt), stream: undefined });
      header.lastIndex = endAt;
    }
  }
  return objects;
}

const ref = (body: string, key: string) => {
  const found = new RegExp(`/${key} (\\d+) 0 R`).exec(body);
  return found ? Number(found[1]) : undefined;
};

/** Returns a ToUnicode CMap as code → text. */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  // A target may be several UTF-16 units (`<0066 0069>` for the fi ligature).
  const hex = (value: string) => String.fromCharCode(...(value.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(code, 16), hex(value));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
      const first = parseInt(low, 16);
      const last = parseInt(high, 16);
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((value, offset) => map.set(first + offset, hex(value[1])));
      } else {
        const base = parseInt(target.slice(1, -1).replace(/\s+/g, ''), 16);
        for (let code = first; code <= last; code++) map.set(code, String.fromCodePoint(base + code - first));
      }
    }
  }
  return map;
}

/** Returns the text of every page of a pdfmake PDF, one line per text operator, non-breaking spaces as spaces. */
export function pdfPages(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const catalog = [...objects.values()].find((object) => /\/Type \/Catalog/.test(object.body))!;
  const cmaps = new Map<number, Map<number, string>>();
  const pages: string[] = [];
  const visit = (number: number) => {
    const node = objects.get(number)!;
    if (/\/Type \/Pages/.test(node.body)) {
      for (const [, kid] of /\/Kids \[([^\]]*)\]/.exec(node.body)![1].matchAll(/(\d+) 0 R/g)) visit(Number(kid));
      return;
    }
    const resourcesRef = ref(node.body, 'Resources');
    const resources = resourcesRef ? objects.get(resourcesRef)!.body : node.body;
    const fontsRef = ref(resources, 'Font');
    const fontDict = fontsRef ? objects.get(fontsRef)!.body : (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '');
    const fonts = new Map<string, { map: Map<number, string>; widths: number[] }>();
    for (const [, name, fontRef] of fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const fontBody = objects.get(Number(fontRef))!.body;
      const toUnicode = ref(fontBody, 'ToUnicode');
      if (toUnicode === undefined) continue;
      if (!cmaps.has(toUnicode)) cmaps.set(toUnicode, readCMap(objects.get(toUnicode)!.stream ?? ''));
      // Glyph widths (PDFKit writes `/W [0 [w0 w1 …]]` in the descendant font), to tell where a chunk ends.
      const descendant = /\/DescendantFonts \[(\d+) 0 R\]/.exec(fontBody);
      const w = descendant ? /\/W \[(\d+) \[([^\]]*)\]\]/.exec(objects.get(Number(descendant[1]))!.body) : null;
      const widths: number[] = [];
      if (w)
        w[2]
          .trim()
          .split(/\s+/)
          .forEach((width, index) => (widths[Number(w[1]) + index] = Number(width)));
      fonts.set(name, { map: cmaps.get(toUnicode)!, widths });
    }
    const contents = [...(/\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(node.body)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map(([, id]) => objects.get(Number(id))!.stream ?? '');
    // Text chunks with their position and width; justified text writes one chunk per word.
    const chunks: { x: number; y: number; end: number; text: string }[] = [];
    let font: { map: Map<number, string>; widths: number[] } | undefined;
    let size = 0;
    let spacing = 0;
    let x = 0;
    let y = 0;
    const operators = /([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) Tm|\/(\S+) ([\d.]+) Tf|([-\d.]+) Tc|\[((?:<[0-9a-fA-F]*>|[^\]])*)\] TJ|<([0-9a-fA-F]*)> Tj/g;
    for (const content of contents) {
      for (const [, , , , , tx, ty, fontName, fontSize, tc, array, single] of content.matchAll(operators)) {
        if (tx !== undefined) {
          x = Number(tx);
          y = Number(ty);
          continue;
        }
        if (fontName) {
          font = fonts.get(fontName);
          size = Number(fontSize);
          continue;
        }
        if (tc !== undefined) {
          spacing = Number(tc);
          continue;
        }
        const parts = array !== undefined ? [...array.matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)] : [[single, single] as unknown as RegExpMatchArray];
        if (!font) continue;
        let text = '';
        let width = 0;
        for (const [, hex, kerning] of parts) {
          if (hex === undefined) {
            width -= (Number(kerning) / 1000) * size;
            continue;
          }
          for (const code of (hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16))) {
            text += font.map.get(code) ?? '';
            width += ((font.widths[code] ?? 500) / 1000) * size + spacing;
          }
        }
        if (text) chunks.push({ x, y, end: x + width, text });
      }
    }
    chunks.sort((a, b) => b.y - a.y || a.x - b.x);
    // A chunk that starts where the previous one ended continues its word; otherwise a space separates them.
    const lines: string[] = [];
    let lineY = Number.NaN;
    let lineEnd = 0;
    for (const chunk of chunks) {
      if (Math.abs(chunk.y - lineY) < 2) {
        const last = lines[lines.length - 1];
        const joined = Math.abs(chunk.x - lineEnd) < 0.5 || last.endsWith(' ') ? '' : ' ';
        lines[lines.length - 1] = `${last}${joined}${chunk.text}`;
      } else {
        lines.push(chunk.text);
        lineY = chunk.y;
      }
      lineEnd = chunk.end;
    }
    pages.push(
      lines
        .map((line) => line.trimEnd())
        .join('\n')
        .replace(/\u00a0/g, ' '),
    );
  };
  visit(ref(catalog.body, 'Pages')!);
  return pages;
}
