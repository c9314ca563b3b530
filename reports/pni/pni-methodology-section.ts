import type { Content } from 'pdfmake/interfaces.js';
import { findCountSource } from '../../pipelines/contract/landing-sources.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { lastDayText } from '../../presentation/format/period-labels.js';
import { SYMBOL_LEGEND } from '../../presentation/format/symbols.js';
import { counted, listText } from './pni-labels.js';
import { bulletList, type PniSectionContext } from './pni-section-context.js';

/** Returns the closing «Nota metodológica»: coverage, sources, context figures, statuses and bases, revisions, disclosure control and the conventional signs. */
export function methodologySection(context: PniSectionContext): Content[] {
  const { data } = context;
  const total = data.indicators.length;
  const active = data.indicators.filter((row) => row.situacion === 'en_periodo').length;
  const notStarted = data.indicators.filter((row) => row.situacion === 'no_iniciado');
  const ended = data.indicators.filter((row) => row.situacion === 'concluido').length;
  const starts = [...new Set(notStarted.map((row) => row.anioInicio))].sort().map(String);
  const contextFigures = data.contextual.map((item) => {
    const row = data.indicators.find((candidate) => candidate.indicador === item.indicador)!;
    const unit = findCountSource(item.fuentes[0])?.counts ?? 'registros';
    return `${item.indicador} («${row.texto.replace(/\.$/, '')}»): los registros cuentan ${unit} (${item.descripcion.charAt(0).toLowerCase()}${item.descripcion.slice(1)}), no ${row.unidad}`;
  });
  const coverage =
    `El informe lista los ${counted(total, 'indicador', 'indicadores')} de la matriz del PNI (intervenciones transversales y ejes 1 a 6): ${counted(active, 'tiene', 'tienen')} meta en ${data.anio}` +
    (notStarted.length
      ? `, ${counted(notStarted.length, 'no ha iniciado', 'no han iniciado')} (su periodo empieza en ${listText(starts)}) y se ${notStarted.length === 1 ? 'lista' : 'listan'} como «No iniciado» en su eje`
      : '') +
    (ended ? `, y ${counted(ended, 'concluyó', 'concluyeron')} su periodo antes de ${data.anio} (se imprime su estado al cierre)` : '') +
    `. Los valores de ${data.anio} llegan hasta el ${lastDayText(data.period.hasta)}: lo logrado en los meses transcurridos, según los reportes recibidos hasta la fecha de esta edición y los registros de la DGME hasta ese mes.`;
  return [
    ...sectionHeading('Nota metodológica', 'nota-metodologica'),
    { text: 'Cobertura', style: 'h3' },
    { text: coverage, style: 'body' },
    { text: 'Fuentes', style: 'h3' },
    {
      text: 'Las metas, indicadores, responsables y periodos son los del Plan Nacional de Implementación del Pacto Mundial para una Migración Segura, Ordenada y Regular, transcritos sin cambios; la lectura de cada META en números (tipo de meta, cifra, unidad) está en la tabla de referencia pni_metas, con la razón de cada decisión. Los valores son los que reportan las instituciones responsables en la plantilla de reporte del PNI, salvo los que se calculan con los registros de la DGME:',
      style: 'body',
    },
    bulletList(data.operational.map((item) => `${item.indicador}: ${item.descripcion} (registros de la DGME). Si una institución reporta otra cifra, se imprime al lado.`)),
    { text: 'Cifras de contexto', style: 'h3' },
    {
      text:
        'Una cifra de los registros que solo se acerca a lo que pide un indicador (otra unidad, otra población) no es su valor: se muestra junto al indicador como contexto, no se compara con la meta, y el indicador queda «sin datos» mientras la institución responsable no reporte su valor.' +
        (contextFigures.length ? ' Así ocurre con:' : ''),
      style: 'body',
    },
    ...(contextFigures.length ? [bulletList(contextFigures.map((text) => `${text}.`))] : []),
    { text: 'Estados y bases', style: 'h3' },
    bulletList([
      'Un año terminado está cumplido si el valor alcanza la meta del año y rezagado si no. En el año en curso, el valor se compara con la meta a la fecha, meta × meses transcurridos ÷ 12: en curso si la alcanza, en riesgo si alcanza al menos el 75 %, rezagado si no. Una meta con hitos anuales (acumulada o de nivel) parte del hito del año anterior y prorratea solo el incremento del año; el primer año es la misma cuenta. Una meta mensual cuenta 12 veces en el año.',
      '% de la meta es siempre valor ÷ meta del año completo × 100, con dos decimales; la meta a la fecha solo decide el estado.',
      'Las comparaciones se hacen con las cifras exactas; la meta a la fecha se publica redondeada hacia arriba (a la unidad en metas de unidades enteras, al centavo en las demás), de modo que un valor alcanza la cifra impresa exactamente cuando alcanza la parte debida.',
    ]),
    { text: 'Revisiones', style: 'h3' },
    {
      text: 'Las cifras de este informe pueden cambiar en un informe posterior: una institución puede enviar tarde su reporte o corregirlo (la entrega más reciente de la misma institución, indicador y año reemplaza a la anterior), y los registros de la DGME también se corrigen. Cada informe recalcula todo con lo recibido hasta su fecha; en los datos abiertos, revisiones.csv lista las cifras que cambiaron desde la versión anterior del mismo periodo.',
      style: 'body',
    },
    { text: 'Protección de las personas', style: 'h3' },
    {
      text: 'Los valores y las cifras de contexto del PNI que se calculan con registros de poblaciones protegidas (personas retornadas, derivaciones, registro de extranjeros) pasan por el control de divulgación de la edición, junto con todas las demás cifras publicadas sobre esas personas: una cifra que permitiría identificar a alguien o deducir una cifra pequeña se imprime «x».',
      style: 'body',
    },
    { text: 'Signos convencionales', style: 'h3' },
    bulletList(SYMBOL_LEGEND.map((entry) => `${entry.symbol}  ${entry.meaning}.`)),
  ];
}
