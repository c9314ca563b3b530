import type { Content } from 'pdfmake/interfaces.js';
import { tableBlock, type Numbering } from '../pdf/data-table.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { lastDayText } from '../../presentation/format/period-labels.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { symbolLegendText } from '../../presentation/format/symbols.js';
import { axisCounts, axisSources, axisTitle, indicatorTable } from './pni-indicator-table.js';
import type { PniReportData } from './pni-report-data.js';
import type { PniSectionContext } from './pni-section-context.js';

/** Returns one section per axis, in the order of the PNI's matrix. */
export function axisSections(context: PniSectionContext): Content[] {
  return context.data.ejes.flatMap((eje) => axisSection(eje, context.data, context.numbering));
}

/** Returns the section of one axis: heading, counts, and the table of every indicator of the axis (landscape). */
function axisSection(eje: { eje: number; nombre: string }, data: PniReportData, numbering: Numbering): Content[] {
  const rows = data.indicators.filter((row) => row.eje === eje.eje);
  const table = indicatorTable(rows, data);
  const dueNote =
    data.meses < 12
      ? ` Meta a la fecha: la parte de la meta del año que corresponde a los ${data.meses} meses transcurridos (meta × ${data.meses} ÷ 12; en una meta con hitos, el hito del año anterior, ninguno el primer año, más esa parte del incremento del año), redondeada hacia arriba a la unidad cuando la meta cuenta cosas enteras; el estado se juzga contra ella.`
      : '';
  return [
    ...sectionHeading(axisTitle(eje), `eje-${eje.eje}`, 'landscape'),
    { text: axisCounts(rows, data.anio), style: 'lead' },
    tableBlock({
      caption: `Tabla ${numbering.table()}. ${axisTitle(eje)}: avance de los indicadores, ${data.anio}`,
      table,
      source: sourceLine('pni', ...axisSources(rows, data)),
      // Rows with the META and responsibles are tall: even a short axis can be taller than a page.
      keepTogether: false,
      endsSection: true,
      note: `Meta ${data.anio}: la del año completo (una meta mensual, por 12; una acumulada o de nivel, el hito al cierre del año; un entregable o un total al final del periodo, el total, que se exige en el año indicado).${dueNote} % de la meta ${data.anio}: valor ÷ meta del año completo × 100, no ÷ meta a la fecha. Valor: lo logrado en ${data.anio} hasta ${lastDayText(data.period.hasta)} (en una meta acumulada, desde el inicio del periodo; en una de nivel, el total vigente). Cuando el valor se calcula con los registros de la DGME y una institución reportó otra cifra, se imprimen ambas. ${symbolLegendText()}`,
    }),
  ];
}
