import type { PublicationDate } from '../../presentation/edition/publication-date.js';
import type { Numbering } from '../pdf/data-table.js';
import type { EditorialContent } from '../../presentation/edition/editorial/editorial-content.js';
import type { PlanTarget } from '../../presentation/metas/period-targets.js';
import type { MemoriaData } from './memoria-data.js';

/** What every section of the Memoria is built from. Sections are pure: the same context gives the same content. */
export interface SectionContext {
  readonly data: MemoriaData;
  /** The edition folder, its targets' figures from the POA where it has them (presentation/metas/period-targets.ts). */
  readonly editorial: Omit<EditorialContent, 'metas'> & { readonly metas: readonly (EditorialContent['metas'][number] & Partial<Pick<PlanTarget, 'origen'>>)[] };
  /** Table and chart numbers, handed out in document order. */
  readonly numbering: Numbering;
  /** A DOM document for Plot (linkedom in Node). */
  readonly document: Document;
  /** When the edition was produced (ISO 8601): the technical colophon only. */
  readonly createdAt: string;
  /** The edition's publication date: the date the cover and the signature carry. */
  readonly publication: PublicationDate;
  /** What the run observed in the sources (discrepancies), printed in the Nota metodológica. */
  readonly observations: readonly string[];
}
