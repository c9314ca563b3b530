import { groupThousands, NO_FIGURE } from '../../../presentation/format/number-format.js';

/** A PNI figure as published (decimal text) for the pages: `6000.00` → `6,000`; `..` when there is none. */
export const pniDecimal = (text: string | null): string => (text === null ? NO_FIGURE : groupThousands(text.replace(/\.00$/, '')));

/** A PNI percentage as published for the pages: `66.42` → `66.42 %`; `..` when there is none. */
export const pniPercent = (text: string | null): string => (text === null ? NO_FIGURE : `${groupThousands(text)} %`);
