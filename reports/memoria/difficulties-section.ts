import type { Content } from 'pdfmake/interfaces.js';
import { EDITORIAL_SOURCE } from '../../presentation/format/source-line.js';
import { dataTable, tableBlock } from '../pdf/data-table.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { NO_FIGURE } from '../../presentation/format/number-format.js';
import type { SectionContext } from './section-context.js';

/** Returns Dificultades enfrentadas (Tabla 30) from the folder's `dificultades.yml`, or nothing. */
export function difficultiesSection(context: SectionContext): Content[] {
  const { dificultades, institucion } = context.editorial;
  if (!dificultades.length) return [];
  return [
    ...sectionHeading('Dificultades enfrentadas', 'dificultades'),
    tableBlock({
      caption: `Tabla ${context.numbering.table()}. Dificultades enfrentadas en la ${institucion}`,
      table: dataTable({
        columns: [
          { header: 'Dificultad', width: '*' },
          { header: 'Tipo', width: 70 },
          { header: 'Gestión de la dificultad como institución', width: '*' },
          { header: 'Posibles soluciones o conciliaciones', width: '*' },
        ],
        rows: dificultades.map((row) => ({ cells: [row.dificultad, row.tipo ?? NO_FIGURE, row.gestion ?? NO_FIGURE, row.soluciones ?? NO_FIGURE] })),
        fontSize: 8.5,
      }),
      note: 'Tipo: política, técnica, administrativa, financiera, ambiental, poblacional, contextual u otra.',
      source: EDITORIAL_SOURCE,
      keepTogether: false,
    }),
  ];
}
