import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { TABLE_LAYOUTS } from './pdf-theme.js';

/**
 * The one module that touches the pdfmake printer. Fonts are the Roboto TTFs shipped with pdfmake
 * (embedded and subset, with every Spanish character); the printer may read only those files and
 * never fetches a URL, so a document definition cannot make a run reach the network.
 */

const fontDir = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/** The font files every document uses, by pdfmake style. */
export const FONT_FILES = {
  normal: join(fontDir, 'Roboto-Regular.ttf'),
  bold: join(fontDir, 'Roboto-Medium.ttf'),
  italics: join(fontDir, 'Roboto-Italic.ttf'),
  bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
};

const allowedFiles = new Set(Object.values(FONT_FILES));
let configured = false;

function configure(): void {
  if (configured) return;
  pdfmake.setFonts({ Roboto: { ...FONT_FILES } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowedFiles.has(path));
  pdfmake.setTableLayouts(TABLE_LAYOUTS);
  configured = true;
}

export interface RenderOptions {
  /** Fixed creation date (the edition's `createdAt`), so the same data gives the same bytes. */
  readonly createdAt: string;
  /** False leaves content streams readable (tests extract the text); true for published files. */
  readonly compress?: boolean;
}

/** Returns the PDF bytes of a document definition, dated `createdAt`. */
export async function renderPdf(definition: TDocumentDefinitions, options: RenderOptions): Promise<Buffer> {
  configure();
  const date = new Date(options.createdAt);
  // pdfmake fills in defaults on the object it is given: render a copy so callers can reuse theirs.
  const copy: TDocumentDefinitions = {
    ...definition,
    compress: options.compress ?? true,
    info: { ...definition.info, creationDate: date, modDate: date, creator: 'memoria', producer: 'memoria (pdfmake)' },
  };
  return pdfmake.createPdf(structuredCloneContent(copy)).getBuffer();
}

/** Deep-copies the content (pdfmake annotates nodes while laying out) and keeps the functions as they are. */
function structuredCloneContent(definition: TDocumentDefinitions): TDocumentDefinitions {
  return { ...definition, content: JSON.parse(JSON.stringify(definition.content)) };
}
