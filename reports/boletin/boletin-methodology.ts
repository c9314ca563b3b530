/**
 * The bulletin's methodological box: what each figure counts, the cut-off, the disclosure control,
 * the signs, the sources, the next publication and the contact. Its only dates are the edition's
 * publication date, the data cut-off and the announced next publication — never the build clock.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { formatCount } from '../../presentation/format/number-format.js';
import { dayText, lastDayText, monthName } from '../../presentation/format/period-labels.js';
import { sourceOrigin } from '../../presentation/format/source-line.js';
import { symbolLegendText } from '../../presentation/format/symbols.js';
import type { PublicationDate } from '../../presentation/edition/publication-date.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { countUnitsText, measureSource, MEASURE_KEYS } from '../memoria/service-measures.js';
import { contactText } from '../open-data/publisher.js';
import type { DataVersion } from '../memoria/data-version.js';

/** Returns the month after `month` (`YYYY-MM`). */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}

/** Returns the announcement of the next bulletin: with its date when the edition folder gives one, else only the month it will cover. */
export function nextPublicationText(month: string, nextDate: string | undefined): string {
  const covers = monthName(nextMonth(month));
  return nextDate ? `El próximo boletín, con las cifras de ${covers}, se publicará el ${dayText(nextDate)}.` : `El próximo boletín cubrirá las cifras de ${covers}.`;
}

export interface MethodologySpec {
  readonly month: string;
  readonly publication: PublicationDate;
  readonly nextDate: string | undefined;
  readonly version: DataVersion;
  /** The landing sources the bulletin prints. */
  readonly sources: readonly string[];
}

/** Returns the methodological box, kept on one page. */
export function methodologyBox(spec: MethodologySpec): Content {
  const entry = (label: string, text: string) => ({ text: [{ text: `${label}. `, bold: true, color: COLORS.blue }, text], fontSize: 7.5, lineHeight: 1.2, margin: [0, 0, 0, 4] });
  const origins = [...new Set([...MEASURE_KEYS.map(measureSource), ...spec.sources].map(sourceOrigin))];
  const body = [
    { text: 'Nota metodológica', style: 'h3', margin: [0, 0, 0, 6] },
    entry(
      'Fecha y corte',
      `Publicado el ${dayText(spec.publication.fecha)}. Cifras con corte al ${lastDayText(spec.month)}: lo registrado y entregado por los sistemas hasta esa fecha, con sus correcciones posteriores; una cifra puede revisarse en ediciones siguientes (datos/revisiones.csv). Cada mes se compara con el mismo mes del año anterior, y el acumulado del año (de enero al mes del boletín) con los mismos meses del año anterior.`,
    ),
    entry('Qué cuenta cada cifra', `Cada cifra cuenta lo que dice su nombre y no es un número de personas salvo cuando lo dice. ${countUnitsText()}`),
    entry(
      'Protección de las personas',
      'Las cifras de personas retornadas (sobre todo niñas, niños y adolescentes), autorizaciones de salida de NNA, personas extranjeras resguardadas, derivaciones y el registro de extranjeros por nacionalidad pasan por el control de divulgación de la edición: una cifra de 1 a 4 personas, o una que permitiría deducirla, no se publica, y las nacionalidades poco frecuentes se agrupan en «otras». El boletín imprime solo las cifras que publican los datos abiertos de la edición; sumas y porcentajes, solo de cifras publicadas.',
    ),
    entry('Signos', symbolLegendText().replace(/^Signos convencionales: /, '')),
    entry('Fuentes', `${origins.join('; ')}.`),
    entry('Datos abiertos', 'Todas las cifras del boletín están en los archivos CSV y Parquet de la edición (carpeta datos/), con su diccionario (LEEME.md), bajo licencia CC-BY-4.0.'),
    entry('Próxima publicación', nextPublicationText(spec.month, spec.nextDate)),
    entry('Contacto', contactText()),
    entry('Datos técnicos', `${formatCount(spec.version.entregas)} entregas de los sistemas; elaborado con memoria, versión ${spec.version.codigo}.`),
  ];
  return {
    table: { widths: ['*'], body: [[{ stack: body, fillColor: COLORS.blueTint, margin: [10, 8, 10, 4] }]] },
    layout: 'limpio',
    unbreakable: true,
    margin: [0, 14, 0, 0],
  } as Content;
}
