import type { Content } from 'pdfmake/interfaces.js';
import { dataTable, tableBlock, type TableRow } from '../pdf/data-table.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { formatCountOrDash, formatPercent } from '../../presentation/format/number-format.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import { listText } from './pni-labels.js';
import type { PniSectionContext } from './pni-section-context.js';

/** Returns how many of the indicators in its charge each responsible institution reported this year. */
export function reportingSection(context: PniSectionContext): Content[] {
  const { data, numbering } = context;
  const rows: TableRow[] = data.reporting.map((row) => ({
    cells: [
      row.institucion_nombre,
      formatCountOrDash(row.indicadores_a_cargo),
      formatCountOrDash(row.indicadores_reportados),
      formatCountOrDash(row.indicadores_pendientes),
      formatPercent(row.pct_reportados),
    ],
  }));
  const computed = listText(data.operational.map((item) => item.indicador));
  return [
    ...sectionHeading('Reportes de las instituciones', 'reportes'),
    {
      text: `Indicadores de los que cada institución es responsable en ${data.anio} según el PNI, y cuántos reportó.${computed ? ` No se cuentan los que se calculan con los registros de la DGME (${computed}); sí los que solo tienen una cifra de contexto.` : ''}`,
      style: 'lead',
    },
    tableBlock({
      caption: `Tabla ${numbering.table()}. Reportes por institución responsable, ${data.anio}`,
      table: dataTable({
        columns: [
          { header: 'Institución', width: '*' },
          { header: 'A cargo', align: 'right' },
          { header: 'Reportados', align: 'right' },
          { header: 'Pendientes', align: 'right' },
          { header: '% reportado', align: 'right' },
        ],
        rows,
      }),
      source: sourceLine('pni'),
      note: `Un indicador con varias instituciones responsables cuenta para cada una. ${SYMBOLS.zero}: ninguno.`,
    }),
  ];
}
