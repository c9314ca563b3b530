import type { Content } from 'pdfmake/interfaces.js';
import { EDITORIAL_SOURCE, sourceOrigin } from '../../presentation/format/source-line.js';
import { dataTable, tableBlock } from '../pdf/data-table.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { formatCountOrDash, formatMoney, NO_FIGURE } from '../../presentation/format/number-format.js';
import { shortSpan } from '../../presentation/format/period-labels.js';
import type { EditorialAmount } from '../../presentation/edition/editorial/editorial-content.js';
import { populationCells } from './population-text.js';
import { SUPPRESSION_NOTE } from './service-subsection.js';
import type { SectionContext } from './section-context.js';

/** Coordination rows are compiled by the Unidad; the referral rows come from the GAMI's records. */
const EDITORIAL_SOURCE_WITH_REFERRALS = `${EDITORIAL_SOURCE.replace(/\.$/, '')}; derivaciones: ${sourceOrigin('derivaciones')}.`;

const INSTITUTION_TYPES: Record<string, string> = {
  gubernamental: 'Gubernamental',
  autonoma: 'Autónoma',
  organismo_internacional: 'Organismo internacional',
  gobierno_extranjero: 'Gobierno extranjero',
};

const population = (cells: [string, string] | { total: string }) => (Array.isArray(cells) ? cells : [{ text: cells.total, colSpan: 2 }]);

const investment = (amount: EditorialAmount | undefined, funding: string | undefined) =>
  [amount ? (amount.monto === null ? amount.escrito : formatMoney(amount.monto)) : undefined, funding].filter(Boolean).join(' · ') || NO_FIGURE;

/**
 * Returns Coordinación interinstitucional (Tabla 23): the folder's initiatives, then one row per
 * institution that received referred returnees, with the period's referrals by sex from the marts
 * (protected for small cells) and the folder's description of that coordination when it has one.
 */
export function coordinationSection(context: SectionContext): Content[] {
  const { data, editorial } = context;
  const referrals = data.cuadros.filter((row) => row.cuadro === 'derivaciones_institucion' && row.tipo_fila === 'categoria' && (row.total_actual ?? 1) > 0);
  if (!editorial.iniciativas.length && !referrals.length) return [];
  const initiatives = editorial.iniciativas.map((initiative) => ({
    cells: [
      initiative.iniciativa,
      initiative.instituciones ?? NO_FIGURE,
      initiative.tipo ?? NO_FIGURE,
      initiative.resultados ?? NO_FIGURE,
      ...population(populationCells(initiative.poblacion, data)),
      investment(initiative.inversion, initiative.financiamiento),
    ],
  }));
  const referralRows = referrals.map((row) => {
    const described = editorial.derivaciones.get(row.codigo) ?? {};
    return {
      cells: [
        described.iniciativa ?? 'Derivación de personas salvadoreñas retornadas',
        row.categoria,
        INSTITUTION_TYPES[data.institutionTypes.get(row.codigo) ?? ''] ?? NO_FIGURE,
        `${described.resultados ?? 'Atención a personas retornadas'} (derivaciones)`,
        formatCountOrDash(row.m_actual, 'suppressed'),
        formatCountOrDash(row.f_actual, 'suppressed'),
        described.financiamiento ?? NO_FIGURE,
      ],
    };
  });
  const referralTable = context.numbering.tables.get('derivaciones_institucion') ?? '';
  const peopleTable = context.numbering.tables.get('derivaciones_personas') ?? '';
  const at = Math.min(editorial.posicionDerivaciones ?? initiatives.length, initiatives.length);
  const rows = [...initiatives.slice(0, at), ...referralRows, ...initiatives.slice(at)];
  const suppressed = referrals.some((row) => row.m_actual === null || row.f_actual === null);
  const notes = [
    referrals.length
      ? `Filas de derivaciones: en la columna Población, derivaciones del periodo ${shortSpan(data.period.desde, data.period.hasta)} a cada institución (Tabla ${referralTable}), no personas; una persona puede derivarse a varias instituciones o más de una vez. Las personas distintas derivadas están en la Tabla ${peopleTable} de esta Memoria.`
      : '',
    suppressed ? SUPPRESSION_NOTE : '',
    editorial.fuenteCoordinacion ?? '',
  ].filter(Boolean);
  return [
    ...sectionHeading('Coordinación interinstitucional', 'coordinacion', 'landscape'),
    {
      text: `Para sus actividades operativas y administrativas, la ${editorial.institucion} coordina con instituciones gubernamentales, no gubernamentales y organismos internacionales, como se muestra a continuación.`,
      style: 'lead',
    },
    tableBlock({
      caption: `Tabla ${context.numbering.table()}. Coordinaciones interinstitucionales de la ${editorial.institucion}`,
      table: dataTable({
        columns: [
          { header: 'Iniciativa', width: '*' },
          { header: 'Instituciones', width: 110 },
          { header: 'Tipo', width: 70 },
          { header: 'Resultados o áreas de trabajo', width: '*' },
          { header: 'M', align: 'right', width: 40, group: 'Población' },
          { header: 'F', align: 'right', width: 40, group: 'Población' },
          { header: 'Inversión o financiamiento', width: 72 },
        ],
        rows,
        fontSize: 7.5,
      }),
      source: EDITORIAL_SOURCE_WITH_REFERRALS,
      note: notes.join(' '),
      keepTogether: false,
    }),
  ];
}
