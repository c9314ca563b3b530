import type { Content } from 'pdfmake/interfaces.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { dateText, lastDayText, spanText } from '../pdf/period-labels.js';
import { formatCount } from '../pdf/number-format.js';
import type { SectionContext } from './section-context.js';

/** Returns the signature block: a line, the signatory's name and post (the institution alone without a folder). */
export function signatureSection(context: SectionContext): Content[] {
  const { firma, institucion } = context.editorial;
  const lines: Content[] = firma
    ? [{ text: firma.nombre.toUpperCase(), bold: true, fontSize: 10.5 }, { text: firma.cargo.toUpperCase(), fontSize: 9, color: COLORS.muted, margin: [0, 2, 0, 0] }]
    : [{ text: institucion.toUpperCase(), bold: true, fontSize: 10.5 }];
  return [{
    unbreakable: true,
    margin: [0, 60, 0, 0],
    alignment: 'center',
    stack: [{ canvas: [{ type: 'line', x1: 124, y1: 0, x2: 364, y2: 0, lineWidth: 0.8, lineColor: COLORS.ink }], margin: [0, 0, 0, 6] }, ...lines],
  } as Content];
}

/** Returns the colophon: the data cut-off, the deliveries and the code version behind the document. */
export function colophonSection(context: SectionContext): Content[] {
  const { data, createdAt } = context;
  const { period, version } = data;
  const deliveries = version.entregas === 0
    ? 'No se había recibido ninguna entrega de datos.'
    : `Datos: ${formatCount(version.entregas)} ${version.entregas === 1 ? 'entrega' : 'entregas'} de los sistemas de la institución` +
      `${version.ultimaCarga ? `, la última cargada el ${dateText(version.ultimaCarga)}` : ''}${version.ultimoArchivo ? ` (archivo más reciente: ${version.ultimoArchivo})` : ''}.`;
  const lines = [
    `Cifras con corte al ${lastDayText(period.hasta)}. Periodo del informe: ${spanText(period.desde, period.hasta)}; periodo de comparación: ${spanText(period.desdeAnterior, period.hastaAnterior)}.`,
    deliveries,
    `Documento generado el ${dateText(createdAt)} por memoria, versión ${version.codigo}, a partir de las tablas publicadas del almacén de datos; las mismas cifras se publican como datos abiertos (carpeta datos/ de esta edición).`,
    'Las cifras sobre personas retornadas (sobre todo niñas, niños y adolescentes), personas resguardadas, personas derivadas y el registro de extranjeros por nacionalidad pasan por un control de divulgación: un guion (–) en esas tablas indica una cifra no publicada para proteger a las personas (de 1 a 4 personas, o una que permitiría deducirlas).',
  ];
  return [{
    unbreakable: true,
    margin: [0, 36, 0, 0],
    table: {
      widths: ['*'],
      body: [[{
        stack: [{ text: 'Acerca de esta edición', style: 'label', margin: [0, 0, 0, 4] }, ...lines.map((text) => ({ text, fontSize: 7.5, color: COLORS.muted, margin: [0, 0, 0, 3] }))],
        fillColor: COLORS.zebra, margin: [8, 6, 8, 4],
      }]],
    },
    layout: 'limpio',
  } as Content];
}

/** Returns the end of the Memoria: the signature block, then the colophon, kept together. */
export function closingPage(context: SectionContext): Content[] {
  return [{ stack: [...signatureSection(context), ...colophonSection(context)], unbreakable: true }];
}
