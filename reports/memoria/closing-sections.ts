import type { Content } from 'pdfmake/interfaces.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { dayText } from '../../presentation/format/period-labels.js';
import type { SectionContext } from './section-context.js';

/** Returns the signature block: a line, the signatory's name and post (the institution alone without a folder). */
export function signatureSection(context: SectionContext): Content[] {
  const { firma, institucion } = context.editorial;
  const lines: Content[] = firma
    ? [
        { text: firma.nombre.toUpperCase(), bold: true, fontSize: 10.5 },
        { text: firma.cargo.toUpperCase(), fontSize: 9, color: COLORS.muted, margin: [0, 2, 0, 0] },
      ]
    : [{ text: institucion.toUpperCase(), bold: true, fontSize: 10.5 }];
  return [
    {
      unbreakable: true,
      margin: [0, 60, 0, 0],
      alignment: 'center',
      stack: [{ canvas: [{ type: 'line', x1: 124, y1: 0, x2: 364, y2: 0, lineWidth: 0.8, lineColor: COLORS.ink }], margin: [0, 0, 0, 6] }, ...lines],
    } as Content,
  ];
}

/** Returns the end of the Memoria's body: place and date of publication, then the signature (the technical colophon is in the Nota metodológica). */
export function closingPage(context: SectionContext): Content[] {
  const place = { text: `San Salvador, ${dayText(context.publication.fecha)}.`, style: 'body', margin: [0, 24, 0, 0] } as Content;
  return [{ stack: [place, ...signatureSection(context)], unbreakable: true }];
}
