/**
 * The PNI report's reading guide (before the axes) and its closing «Nota metodológica»: statuses
 * and the bases they use, kinds of target, coverage, sources, revisions, disclosure control and
 * the conventional signs.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { lastDayText } from '../pdf/period-labels.js';
import { SYMBOL_LEGEND } from '../pdf/symbols.js';
import { findSource } from '../../pipelines/contract/landing-sources.js';
import type { TipoMeta } from './pni-catalogue.js';
import { counted, listText } from './pni-labels.js';
import type { PniReportData } from './pni-report-data.js';

const bullet = (text: string) => ({ text, style: 'body', margin: [0, 0, 0, 3] });
const list = (items: string[]): Content => ({ ul: items.map(bullet), margin: [6, 0, 0, 6] }) as Content;

/** Returns one sentence per kind of target, with how many indicators of the catalogue have it. */
function targetKinds(data: PniReportData): string[] {
  const n = (tipo: TipoMeta) => counted(data.indicators.filter((row) => row.tipoMeta === tipo).length, 'indicador', 'indicadores');
  return [
    `Anual (${n('anual')}): la cifra por año; el valor es lo logrado en el año. Mensual (${n('mensual')}): la cifra por mes cuenta 12 veces en el año.`,
    `Acumulada en el periodo (${n('acumulada')}): un total del periodo de la actividad que se suma año tras año (por ejemplo, 2.5.2.a «5,000 personas extranjeras regularizadas» en 2024-2028). La meta de cada año es un hito en partes iguales hasta el total (1,000 al cierre de 2024, 2,000 al cierre de 2025…) y el valor es lo logrado desde el inicio del periodo: nunca se compara lo de un año con el total de cinco años.`,
    `Nivel a alcanzar (${n('nivel')}): algo que permanece, como las instituciones que participan o los departamentos con un servicio (por ejemplo, 5.2.1.a «20 instituciones» en 2024-2026). El valor es el total vigente que se reporta cada año, no la suma de los años; la meta de cada año es un hito en partes iguales hasta ese nivel.`,
    `Total al final del periodo (${n('fin_de_periodo')}): la META dice «al finalizar el periodo» (por ejemplo, 0.3.1.a «4 bases de datos actualizadas y/o estandarizadas al finalizar el periodo»). El total se exige en el último año; antes no está atrasado (en curso mientras no se alcance). El valor se acumula desde el inicio.`,
    `Porcentaje (${n('porcentaje')}): un nivel que se compara cada año con el mismo porcentaje. Entregable (${n('entregable')}): una estrategia, un plan, un convenio…; vale 1 hecho y 0 no hecho, se exige a más tardar en el último año de su periodo y antes no está atrasado. Por definir (${n('por_definir')}): el PNI no fija la cifra y el indicador no se evalúa.`,
    'Metas en unidades enteras (reuniones, planes, departamentos, personas): un hito o una meta a la fecha que en partes iguales daría una fracción de unidad se redondea hacia arriba, porque con cantidades enteras alcanzar una fracción de departamento exige el departamento completo (14 departamentos en cinco años dan hitos de 3, 6, 9, 12 y 14). Así la cifra impresa y el estado dicen lo mismo, y ninguna meta de unidades enteras se imprime con decimales.',
  ];
}

/** Returns the reading guide placed before the axes' tables. */
export function readingSection(data: PniReportData): Content[] {
  const asOf = lastDayText(data.period.hasta);
  const inProgress = data.meses < 12;
  return [
    ...sectionHeading('Cómo se lee este informe', 'lectura'),
    { text: `Cada eje lista todos sus indicadores, en el orden de la matriz del PNI: el texto del indicador, su META tal como la imprime el PNI (con el tipo de meta y la unidad con que se lee), las instituciones responsables y el periodo de la actividad. Un indicador cuyo periodo empieza después de ${data.anio} aparece como «No iniciado» con el año en que inicia.`, style: 'body' },
    { text: 'Las columnas y sus bases', style: 'h3' },
    list([
      `Meta ${data.anio}: la meta del año completo.`,
      ...(inProgress ? [`Meta a la fecha: la parte de la meta que corresponde a los ${data.meses} meses transcurridos hasta el ${asOf} (meta × ${data.meses} ÷ 12). El estado de ${data.anio} se juzga contra esta cifra.`] : []),
      `% de la meta ${data.anio}: valor ÷ meta del año completo × 100. No se calcula sobre la meta a la fecha${inProgress ? `: por eso un indicador con el ${Math.round((data.meses / 12) * 100)} % de la meta del año puede estar «en curso»` : ''}.`,
      'Valor: lo que reportan las instituciones responsables (la suma de sus reportes; un porcentaje se promedia; de un nivel, el mayor) o lo que se calcula con los registros de la DGME; cuando ambos existen y difieren, se imprimen los dos.',
    ]),
    { text: 'Estados', style: 'h3' },
    list([
      'Cumplida: el valor ya alcanzó la meta del año.',
      ...(inProgress ? ['En curso: el valor alcanzó la meta a la fecha.', 'En riesgo: el valor alcanzó al menos el 75 % de la meta a la fecha, pero no toda.'] : []),
      `Rezagada: ${inProgress ? 'el valor no llega al 75 % de la meta a la fecha, o ' : ''}el año terminó sin alcanzar la meta.`,
      'Sin datos: nadie reportó el indicador, o su meta está por definir.',
      'Un entregable o un total al final del periodo no está atrasado antes del año en que se exige: mientras no se alcance está «en curso».',
    ]),
    { text: 'Cómo se leen las metas', style: 'h3' },
    list(targetKinds(data)),
  ];
}

/** Returns the closing methodological note. */
export function methodNote(data: PniReportData): Content[] {
  const total = data.indicators.length;
  const active = data.indicators.filter((row) => row.situacion === 'en_periodo').length;
  const notStarted = data.indicators.filter((row) => row.situacion === 'no_iniciado');
  const ended = data.indicators.filter((row) => row.situacion === 'concluido').length;
  const starts = [...new Set(notStarted.map((row) => row.anioInicio))].sort().map(String);
  const context = data.contextual.map((item) => {
    const row = data.indicators.find((candidate) => candidate.indicador === item.indicador)!;
    const unit = findSource(item.fuentes[0])?.counts ?? 'registros';
    return `${item.indicador} («${row.texto.replace(/\.$/, '')}»): los registros cuentan ${unit} (${item.descripcion.charAt(0).toLowerCase()}${item.descripcion.slice(1)}), no ${row.unidad}`;
  });
  const coverage = `El informe lista los ${counted(total, 'indicador', 'indicadores')} de la matriz del PNI (intervenciones transversales y ejes 1 a 6): ${counted(active, 'tiene', 'tienen')} meta en ${data.anio}`
    + (notStarted.length ? `, ${counted(notStarted.length, 'no ha iniciado', 'no han iniciado')} (su periodo empieza en ${listText(starts)}) y se ${notStarted.length === 1 ? 'lista' : 'listan'} como «No iniciado» en su eje` : '')
    + (ended ? `, y ${counted(ended, 'concluyó', 'concluyeron')} su periodo antes de ${data.anio} (se imprime su estado al cierre)` : '')
    + `. Los valores de ${data.anio} llegan hasta el ${lastDayText(data.period.hasta)}: lo logrado en los meses transcurridos, según los reportes recibidos hasta la fecha de esta edición y los registros de la DGME hasta ese mes.`;
  return [
    ...sectionHeading('Nota metodológica', 'nota-metodologica'),
    { text: 'Cobertura', style: 'h3' },
    { text: coverage, style: 'body' },
    { text: 'Fuentes', style: 'h3' },
    { text: 'Las metas, indicadores, responsables y periodos son los del Plan Nacional de Implementación del Pacto Mundial para una Migración Segura, Ordenada y Regular, transcritos sin cambios; la lectura de cada META en números (tipo de meta, cifra, unidad) está en la tabla de referencia pni_metas, con la razón de cada decisión. Los valores son los que reportan las instituciones responsables en la plantilla de reporte del PNI, salvo los que se calculan con los registros de la DGME:', style: 'body' },
    list(data.operational.map((item) => `${item.indicador}: ${item.descripcion} (registros de la DGME). Si una institución reporta otra cifra, se imprime al lado.`)),
    { text: 'Cifras de contexto', style: 'h3' },
    { text: 'Una cifra de los registros que solo se acerca a lo que pide un indicador (otra unidad, otra población) no es su valor: se muestra junto al indicador como contexto, no se compara con la meta, y el indicador queda «sin datos» mientras la institución responsable no reporte su valor.' + (context.length ? ' Así ocurre con:' : ''), style: 'body' },
    ...(context.length ? [list(context.map((text) => `${text}.`))] : []),
    { text: 'Estados y bases', style: 'h3' },
    list([
      'Un año terminado está cumplido si el valor alcanza la meta del año y rezagado si no. En el año en curso, el valor se compara con la meta a la fecha, meta × meses transcurridos ÷ 12: en curso si la alcanza, en riesgo si alcanza al menos el 75 %, rezagado si no. Una meta con hitos anuales (acumulada o de nivel) parte del hito del año anterior y prorratea solo el incremento del año; el primer año es la misma cuenta. Una meta mensual cuenta 12 veces en el año.',
      '% de la meta es siempre valor ÷ meta del año completo × 100, con dos decimales; la meta a la fecha solo decide el estado.',
      'Las comparaciones se hacen con las cifras exactas; la meta a la fecha se publica redondeada hacia arriba (a la unidad en metas de unidades enteras, al centavo en las demás), de modo que un valor alcanza la cifra impresa exactamente cuando alcanza la parte debida.',
    ]),
    { text: 'Revisiones', style: 'h3' },
    { text: 'Las cifras de este informe pueden cambiar en un informe posterior: una institución puede enviar tarde su reporte o corregirlo (la entrega más reciente de la misma institución, indicador y año reemplaza a la anterior), y los registros de la DGME también se corrigen. Cada informe recalcula todo con lo recibido hasta su fecha; en los datos abiertos, revisiones.csv lista las cifras que cambiaron desde la versión anterior del mismo periodo.', style: 'body' },
    { text: 'Protección de las personas', style: 'h3' },
    { text: 'Los valores y las cifras de contexto del PNI que se calculan con registros de poblaciones protegidas (personas retornadas, derivaciones, registro de extranjeros) pasan por el control de divulgación de la edición, junto con todas las demás cifras publicadas sobre esas personas: una cifra que permitiría identificar a alguien o deducir una cifra pequeña se imprime «x».', style: 'body' },
    { text: 'Signos convencionales', style: 'h3' },
    list(SYMBOL_LEGEND.map((entry) => `${entry.symbol}  ${entry.meaning}.`)),
  ];
}
