/**
 * The PNI report's reading guide, placed before the axes: the columns and their bases, the
 * statuses, and how each kind of target is read.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { lastDayText } from '../../presentation/format/period-labels.js';
import type { TipoMeta } from './pni-catalogue.js';
import { counted } from './pni-labels.js';
import type { PniReportData } from './pni-report-data.js';
import { bulletList, type PniSectionContext } from './pni-section-context.js';

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
export function readingSection(context: PniSectionContext): Content[] {
  const { data } = context;
  const asOf = lastDayText(data.period.hasta);
  const inProgress = data.meses < 12;
  return [
    ...sectionHeading('Cómo se lee este informe', 'lectura'),
    {
      text: `Cada eje lista todos sus indicadores, en el orden de la matriz del PNI: el texto del indicador, su META tal como la imprime el PNI (con el tipo de meta y la unidad con que se lee), las instituciones responsables y el periodo de la actividad. Un indicador cuyo periodo empieza después de ${data.anio} aparece como «No iniciado» con el año en que inicia.`,
      style: 'body',
    },
    { text: 'Las columnas y sus bases', style: 'h3' },
    bulletList([
      `Meta ${data.anio}: la meta del año completo.`,
      ...(inProgress
        ? [
            `Meta a la fecha: la parte de la meta que corresponde a los ${data.meses} meses transcurridos hasta el ${asOf} (meta × ${data.meses} ÷ 12). El estado de ${data.anio} se juzga contra esta cifra.`,
          ]
        : []),
      `% de la meta ${data.anio}: valor ÷ meta del año completo × 100. No se calcula sobre la meta a la fecha${inProgress ? `: por eso un indicador con el ${Math.round((data.meses / 12) * 100)} % de la meta del año puede estar «en curso»` : ''}.`,
      'Valor: lo que reportan las instituciones responsables (la suma de sus reportes; un porcentaje se promedia; de un nivel, el mayor) o lo que se calcula con los registros de la DGME; cuando ambos existen y difieren, se imprimen los dos.',
    ]),
    { text: 'Estados', style: 'h3' },
    bulletList([
      'Cumplida: el valor ya alcanzó la meta del año.',
      ...(inProgress ? ['En curso: el valor alcanzó la meta a la fecha.', 'En riesgo: el valor alcanzó al menos el 75 % de la meta a la fecha, pero no toda.'] : []),
      `Rezagada: ${inProgress ? 'el valor no llega al 75 % de la meta a la fecha, o ' : ''}el año terminó sin alcanzar la meta.`,
      'Sin datos: nadie reportó el indicador, o su meta está por definir.',
      'Un entregable o un total al final del periodo no está atrasado antes del año en que se exige: mientras no se alcance está «en curso».',
    ]),
    { text: 'Cómo se leen las metas', style: 'h3' },
    bulletList(targetKinds(data)),
  ];
}
