import type { Content } from 'pdfmake/interfaces.js';
import type { PublicationDate } from '../../presentation/edition/publication-date.js';
import type { Numbering } from '../pdf/data-table.js';
import type { PniReportData } from './pni-report-data.js';

/** What every section of the PNI report is built from. Sections are pure: the same context gives the same content. */
export interface PniSectionContext {
  readonly data: PniReportData;
  /** Table and chart numbers, handed out in document order. */
  readonly numbering: Numbering;
  /** A DOM document for Plot (linkedom in Node). */
  readonly document: Document;
  /** The edition's publication date, the only date the report prints. */
  readonly publication: PublicationDate;
}

/** Returns a bulleted list of body-text items, as the reading guide and the methodological note print them. */
export const bulletList = (items: string[]): Content => ({ ul: items.map((text) => ({ text, style: 'body', margin: [0, 0, 0, 3] })), margin: [6, 0, 0, 6] }) as Content;
