import type { CustomTableLayout, Style, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { PALETTE } from '../../presentation/charts/chart-palette.js';

/** The palette of every DGME document, the charts' own: institutional blue, its tints and one accent. */
export const COLORS = {
  ink: PALETTE.ink,
  muted: PALETTE.muted,
  blue: PALETTE.current,
  blueMid: PALETTE.mid,
  blueLight: PALETTE.previous,
  blueTint: PALETTE.tint,
  zebra: '#f5f7fa',
  rule: '#c9d3df',
  accent: PALETTE.accent,
  white: '#ffffff',
} as const;

/** Page geometry (US Letter, as the DGME prints) in points. */
export const PAGE = { size: 'LETTER' as const, width: 612, height: 792, margins: [62, 58, 62, 64] as [number, number, number, number] };

/** Width available to content between the margins. */
export const CONTENT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

/** Width available to content on a landscape page. */
export const LANDSCAPE_CONTENT_WIDTH = PAGE.height - PAGE.margins[0] - PAGE.margins[2];

/** Named styles shared by the Memoria and the bulletin. */
export const STYLES: Record<string, Style> = {
  h1: { fontSize: 19, bold: true, color: COLORS.blue, margin: [0, 0, 0, 4] },
  h2: { fontSize: 12.5, bold: true, color: COLORS.blue, margin: [0, 14, 0, 6] },
  h3: { fontSize: 10.5, bold: true, color: COLORS.ink, margin: [0, 10, 0, 4] },
  body: { fontSize: 10, lineHeight: 1.3, alignment: 'justify', margin: [0, 0, 0, 7] },
  lead: { fontSize: 10.5, lineHeight: 1.35, color: COLORS.ink, margin: [0, 0, 0, 8] },
  caption: { fontSize: 8.5, bold: true, color: COLORS.blue, margin: [0, 10, 0, 4] },
  note: { fontSize: 7.5, italics: true, color: COLORS.muted, margin: [0, 3, 0, 8] },
  source: { fontSize: 7, color: COLORS.muted, margin: [0, 3, 0, 6] },
  tableHeader: { fontSize: 7.5, bold: true, color: COLORS.white, alignment: 'center' },
  tableCell: { fontSize: 8, color: COLORS.ink },
  tableTotal: { fontSize: 8, bold: true, color: COLORS.blue },
  tocTitle: { fontSize: 19, bold: true, color: COLORS.blue, margin: [0, 0, 0, 10] },
  tocLevel1: { fontSize: 9.5, bold: true, color: COLORS.ink },
  tocLevel2: { fontSize: 8, color: COLORS.muted },
  footer: { fontSize: 7.5, color: COLORS.muted },
  label: { fontSize: 7.5, bold: true, color: COLORS.muted },
};

/** The default text style of every document. */
export const DEFAULT_STYLE: TDocumentDefinitions['defaultStyle'] = { font: 'Roboto', fontSize: 10, color: COLORS.ink };

/** Table layouts by name (content refers to them by name, so document definitions stay plain JSON). */
export const TABLE_LAYOUTS: Record<string, CustomTableLayout> = {
  // Data tables: a rule under the header and above totals, hairlines between rows, no verticals.
  datos: {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : i <= (node.table.headerRows ?? 0) ? 0.8 : 0.3),
    vLineWidth: () => 0,
    hLineColor: (i, node) => (i === 0 || i === node.table.body.length ? COLORS.blue : COLORS.rule),
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  },
  // Descriptive cards (objective, responsible unit, ...): label column and text, light rules.
  ficha: {
    hLineWidth: () => 0.4,
    vLineWidth: () => 0,
    hLineColor: () => COLORS.rule,
    paddingLeft: () => 6,
    paddingRight: () => 6,
    paddingTop: () => 4,
    paddingBottom: () => 4,
  },
  // Layout helpers: no lines, no padding.
  limpio: {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    paddingLeft: () => 0,
    paddingRight: () => 0,
    paddingTop: () => 0,
    paddingBottom: () => 0,
  },
};
