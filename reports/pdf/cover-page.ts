import type { Content } from 'pdfmake/interfaces.js';
import { COLORS, CONTENT_WIDTH, PAGE } from './pdf-theme.js';

/** Height of the cover's institutional band. */
const BAND = 300;

/** What a document's cover says; the layout is the same for every document the project prints. */
export interface CoverSpec {
  /** The ministry, upper case, over the band. */
  readonly ministry: string;
  readonly institution: string;
  /** The small line at the band's foot (the institution's acronym, the coordination mechanism). */
  readonly tag: { readonly text: string; readonly fontSize: number; readonly characterSpacing: number };
  readonly title: string;
  readonly subtitle: string;
  readonly lead: { readonly text: string; readonly width: number };
  /** Place and date of publication (the edition's date, never the build's). */
  readonly placeAndDate: string;
}

/** Returns a cover page: ministry and institution on the band, title, subtitle, lead paragraph, place and date. */
export function coverPage(spec: CoverSpec): Content[] {
  const x = PAGE.margins[0];
  return [
    { text: spec.ministry, color: COLORS.white, fontSize: 10, characterSpacing: 1.2, absolutePosition: { x, y: 92 } },
    { text: spec.institution, color: COLORS.white, fontSize: 21, bold: true, width: CONTENT_WIDTH, absolutePosition: { x, y: 112 } },
    { text: spec.tag.text, color: COLORS.blueLight, fontSize: spec.tag.fontSize, bold: true, characterSpacing: spec.tag.characterSpacing, absolutePosition: { x, y: BAND - 46 } },
    { text: spec.title, color: COLORS.blue, fontSize: 38, bold: true, absolutePosition: { x, y: BAND + 70 } },
    { text: spec.subtitle, color: COLORS.ink, fontSize: 20, absolutePosition: { x, y: BAND + 122 } },
    { text: spec.lead.text, color: COLORS.muted, fontSize: 11, lineHeight: 1.3, width: spec.lead.width, absolutePosition: { x, y: BAND + 160 } },
    { text: spec.placeAndDate, color: COLORS.muted, fontSize: 10, absolutePosition: { x, y: PAGE.height - 80 } },
  ] as Content[];
}

/** Returns the cover's background (page 1 only): the institutional band and its accent line. */
export function coverBackground(page: number): Content | null {
  if (page !== 1) return null;
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: PAGE.width, h: BAND, color: COLORS.blue },
      { type: 'rect', x: 0, y: BAND, w: PAGE.width, h: 6, color: COLORS.accent },
      { type: 'rect', x: 0, y: PAGE.height - 104, w: PAGE.width, h: 104, color: COLORS.blueTint },
    ],
  };
}
