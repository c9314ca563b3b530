/**
 * The Memoria's closing annex, "Nota metodológica": what each count counts, coverage, the sources,
 * the revision policy, the disclosure control, the conventional signs, what the run noticed in the
 * sources, and the technical colophon (deliveries, code version) that used to sit under the
 * signature. Definitions are written from the landing contract's declaration of each source.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { COUNT_UNIT_NAMES, countSources, landingSources } from '../../pipelines/contract/landing-sources.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { formatCount } from '../../presentation/format/number-format.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { dateText, dayText, lastDayText, spanText } from '../../presentation/format/period-labels.js';
import { sourceOrigin } from '../../presentation/format/source-line.js';
import { SYMBOL_LEGEND } from '../../presentation/format/symbols.js';
import { listText } from './figure-sentences.js';
import type { SectionContext } from './section-context.js';

const ID = 'nota-metodologica';

/** What one record of each count source is, in the words a reader needs (an event is never a person). */
/** Returns one line per origin with the sources it sends (`DGME, Dirección de Extranjería, …: residencias, visas y nacionalidad.`). */
function bySource(names: readonly string[]): string[] {
  const grouped = new Map<string, string[]>();
  for (const name of names) grouped.set(sourceOrigin(name), [...(grouped.get(sourceOrigin(name)) ?? []), name]);
  return [...grouped].map(([origin, sources]) => `${origin}: ${listText(sources)}.`);
}

const paragraph = (text: string): Content => ({ text, style: 'body', margin: [0, 0, 0, 5] });
const bullets = (items: readonly string[]): Content => ({ ul: items.map((text) => ({ text, fontSize: 9, margin: [0, 0, 0, 2] })), margin: [0, 0, 0, 6] }) as Content;

/** Returns the annex: definitions, coverage and sources, revisions, disclosure control, signs, observations, colophon. */
export function methodologySection(context: SectionContext): Content[] {
  const { data, publication, observations, createdAt } = context;
  const { period, version } = data;
  // The annex's parts are not listed in the table of contents: the annex is one entry.
  const sub = (text: string): Content => ({ text, style: 'h3', headlineLevel: 3 }) as Content;
  const counts = countSources;
  const others = landingSources.filter((source) => source.kind !== 'count' && source.name !== 'pni');
  const deliveries =
    version.entregas === 0
      ? 'No se había recibido ninguna entrega de datos.'
      : `${formatCount(version.entregas)} ${version.entregas === 1 ? 'entrega' : 'entregas'} de los sistemas de la institución` +
        `${version.ultimaCarga ? `; la última se cargó el ${dateText(version.ultimaCarga)}` : ''}${version.ultimoArchivo ? ` (archivo ${version.ultimoArchivo})` : ''}.`;
  return [
    ...sectionHeading('Nota metodológica', ID),
    sub('Periodo, cobertura y fecha'),
    paragraph(
      `Las cifras cubren el periodo de ${spanText(period.desde, period.hasta)} y se comparan con los mismos meses un año antes (${spanText(period.desdeAnterior, period.hastaAnterior)}). ` +
        `Tienen corte al ${lastDayText(period.hasta)}: lo que los sistemas registraron y entregaron hasta esa fecha, con las correcciones que enviaron después. ` +
        `Esta edición se publica el ${dayText(publication.fecha)}${publication.origen === 'ejecucion' ? ' (fecha de su elaboración; la edición no tenía una fecha de publicación configurada)' : ''}.`,
    ),
    sub('Qué cuenta cada cifra'),
    paragraph(
      `Cada cifra cuenta una cosa: ${listText([...new Set(counts.map((source) => source.counts))].map((unit) => COUNT_UNIT_NAMES[unit])).replace(/ y ([^ ]+)$/, ' o $1')}. Un conteo de hechos no se presenta como número de personas.`,
    ),
    bullets(counts.map((source) => source.definition)),
    sub('Fuentes'),
    paragraph('Cada tabla y gráfico indica su fuente. Las cifras provienen de los sistemas de registro de las unidades de la DGME:'),
    bullets(bySource([...counts, ...others].map((source) => source.name))),
    paragraph('Las tablas de proyectos, coordinación interinstitucional y dificultades las compila la Unidad de Planificación y Desarrollo Institucional con información de las unidades ejecutoras.'),
    sub('Revisiones'),
    paragraph(
      'Los sistemas pueden corregir un día o un mes enviándolo de nuevo; la corrección reemplaza a la cifra anterior y nunca se cuenta dos veces. ' +
        'Por eso una cifra de esta edición puede diferir de la publicada antes para los mismos meses. Cada versión de los datos abiertos registra en revisiones.csv las cifras que cambiaron desde la anterior.',
    ),
    ...(context.editorial.notaMetodologica ? [sub('Cambios desde la edición anterior'), paragraph(context.editorial.notaMetodologica)] : []),
    sub('Protección de las personas'),
    paragraph(
      'Las cifras sobre personas retornadas (sobre todo niñas, niños y adolescentes), autorizaciones de salida de niñas, niños y adolescentes, personas resguardadas, personas derivadas y el registro de extranjeros por nacionalidad pasan por un control de divulgación: ' +
        'se suprime toda cifra de 1 a 4 personas y, además, las necesarias para que ninguna suprimida pueda deducirse combinando todo lo publicado (esta Memoria, los datos abiertos, el tablero y las ediciones anteriores). ' +
        'Las nacionalidades poco frecuentes se agrupan en «otras». Una cifra suprimida se imprime como «x».',
    ),
    sub('Signos convencionales'),
    {
      table: {
        widths: [40, '*'],
        body: SYMBOL_LEGEND.map((entry) => [
          { text: entry.symbol, bold: true, fontSize: 9, alignment: 'center' },
          { text: entry.meaning, fontSize: 9 },
        ]),
      },
      layout: 'limpio',
      margin: [0, 0, 0, 8],
    } as Content,
    sub('Observaciones sobre las fuentes'),
    observations.length
      ? { stack: [paragraph('Al preparar esta edición se observó lo siguiente en los datos recibidos; las cifras se publican como las entregaron los sistemas:'), bullets(observations)] }
      : paragraph('No se observaron discrepancias en los datos recibidos.'),
    sub('Datos técnicos de la edición'),
    {
      stack: [
        `Datos: ${deliveries}`,
        `Elaborada el ${dateText(createdAt)} con memoria, versión ${version.codigo}, a partir de las tablas publicadas del almacén de datos. Las mismas cifras se publican como datos abiertos (carpeta datos/ de esta edición).`,
      ].map((text) => ({ text, fontSize: 8, color: COLORS.muted, margin: [0, 0, 0, 3] })),
    },
  ];
}
