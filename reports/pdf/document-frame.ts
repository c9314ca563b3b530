import type { Content, ContentText, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { COLORS, DEFAULT_STYLE, PAGE, STYLES } from './pdf-theme.js';

/** Returns a section heading: new page (portrait unless asked), table-of-contents entry (level 1) and PDF bookmark. */
export function sectionHeading(text: string, id: string, orientation: 'portrait' | 'landscape' = 'portrait'): Content[] {
  return [
    {
      text,
      id,
      style: 'h1',
      tocItem: true,
      tocStyle: 'tocLevel1',
      tocNumberStyle: 'tocLevel1',
      tocMargin: [0, 5, 0, 0],
      outline: true,
      headlineLevel: 1,
      pageBreak: 'before',
      pageOrientation: orientation,
    } as ContentText,
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 42, h: 3, color: COLORS.accent }], margin: [0, 0, 0, 14] },
  ];
}

/** Returns a sub-section heading: table-of-contents entry (level 2), PDF bookmark under its section. */
export function subsectionHeading(text: string, id: string, parentId: string): ContentText {
  return {
    text,
    id,
    style: 'h2',
    tocItem: true,
    tocStyle: 'tocLevel2',
    tocNumberStyle: 'tocLevel2',
    tocMargin: [12, 1, 0, 0],
    outline: true,
    outlineParentId: parentId,
    headlineLevel: 2,
  } as ContentText;
}

export interface FrameSpec {
  /** Left part of the running footer, e.g. `Memoria de Labores · junio de 2023 a marzo de 2024`. */
  readonly footerText: string;
  /** Pages without running footer (the cover). */
  readonly bareFirstPages: number;
  readonly info: { title: string; author: string; subject: string; keywords: string };
}

/** Returns the running footer: the document and period on the left, the page number on the right. */
export function runningFooter(spec: FrameSpec): DynamicContent {
  return (currentPage: number, pageCount: number) => {
    if (currentPage <= spec.bareFirstPages) return null;
    return {
      margin: [PAGE.margins[0], 22, PAGE.margins[2], 0],
      columns: [
        { text: spec.footerText, style: 'footer', width: '*' },
        { text: `Página ${currentPage} de ${pageCount}`, style: 'footer', alignment: 'right', width: 'auto' },
      ],
    } as Content;
  };
}

/**
 * Moves a heading or caption to the next page when nothing of what it introduces follows it on
 * its page (an orphan heading), so a reader never finds a title alone at the bottom of a page.
 */
export function keepHeadingsWithContent(node: { headlineLevel?: number; pageNumbers?: number[] }, context: { getFollowingNodesOnPage(): unknown[] }): boolean {
  if (!node.headlineLevel || (node.pageNumbers?.length ?? 0) > 1) return false;
  return context.getFollowingNodesOnPage().length === 0;
}

/** Returns a complete document definition around `content`, with the shared styles, metadata and footer. */
export function documentFrame(spec: FrameSpec, content: Content[], extra: Partial<TDocumentDefinitions> = {}): TDocumentDefinitions {
  return {
    pageSize: PAGE.size,
    pageMargins: PAGE.margins,
    info: spec.info,
    language: 'es-SV',
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    footer: runningFooter(spec),
    pageBreakBefore: keepHeadingsWithContent as TDocumentDefinitions['pageBreakBefore'],
    content,
    ...extra,
  };
}
