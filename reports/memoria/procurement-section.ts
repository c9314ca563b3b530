import type { Content } from 'pdfmake/interfaces.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import { dataTable, tableBlock } from '../pdf/data-table.js';
import { sectionHeading, subsectionHeading } from '../pdf/document-frame.js';
import { formatCount, formatCountOrDash, formatMoney, sumMoney } from '../../presentation/format/number-format.js';
import { spanText } from '../../presentation/format/period-labels.js';
import type { ProcurementMethodRow, ProcurementStageRow, ProcurementStatusRow } from '../../presentation/marts/mart-rows.js';
import type { SectionContext } from './section-context.js';

const STAGES = ['adjudicacion', 'contratacion', 'desierto', 'evaluacion', 'invitacion', 'preparacion'] as const;
const STATUS_LABELS: Record<string, string> = { ejecutados: 'Procesos ejecutados', en_ejecucion: 'Procesos en ejecución' };
// A method or status with no process has no amount: zero, printed as the zero sign like its count.
const money = (amount: string) => (/^0\.00$/.test(amount) ? SYMBOLS.zero : formatMoney(amount));
const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/** Returns one fiscal stretch: its heading, a sentence and the three tables (method, stage, status). */
function stretchBlock(methods: ProcurementMethodRow[], stages: ProcurementStageRow[], statuses: ProcurementStatusRow[], context: SectionContext, index: number): Content[] {
  const { labels } = context.data;
  const span = spanText(methods[0].desde, methods[0].hasta);
  const awarded = total(methods.map((row) => row.procesos));
  const amount = sumMoney(methods.map((row) => row.monto));
  const deserted = total(stages.map((row) => row.desierto));
  const pending = total(stages.map((row) => row.evaluacion + row.invitacion + row.preparacion));
  const facts = [
    awarded === 1 ? `se adjudicó o contrató 1 proceso por ${formatMoney(amount)}` : `se adjudicaron o contrataron ${formatCount(awarded)} procesos por ${formatMoney(amount)}`,
    deserted ? `${formatCount(deserted)} ${deserted === 1 ? 'proceso se declaró desierto' : 'procesos se declararon desiertos'}` : undefined,
    pending ? `${formatCount(pending)} ${pending === 1 ? 'seguía' : 'seguían'} en preparación, invitación o evaluación` : undefined,
  ].filter(Boolean);
  const heading = subsectionHeading(`Resumen de procesos (${span})`, `compras-${index + 1}`, 'compras');
  if (!total(stages.map((row) => row.procesos))) return [{ stack: [heading, { text: `De ${span} no se registraron procesos de compra.`, style: 'body' }], unbreakable: true }];
  const sentence = `De ${span} ${facts.join('; ')}.`;
  const title = (text: string) => `Tabla ${context.numbering.table()}. ${text}, ${span}`;
  return [
    { stack: [heading, { text: sentence, style: 'body' }], unbreakable: true },
    tableBlock({
      caption: title('Procesos por método de adquisición'),
      table: dataTable({
        columns: [
          { header: 'Método de adquisición', width: '*' },
          { header: 'Cantidad de procesos', align: 'right', width: 80 },
          { header: 'Monto', align: 'right', width: 100 },
        ],
        rows: [
          ...methods.map((row) => ({ cells: [labels.get('metodo')?.get(row.metodo) ?? row.metodo, formatCountOrDash(row.procesos), money(row.monto)] })),
          { kind: 'total' as const, cells: ['Total', formatCount(awarded), formatMoney(amount)] },
        ],
        fontSize: 8.5,
      }),
      source: sourceLine('compras'),
      note: 'Procesos adjudicados o contratados en el periodo, con su monto.',
    }),
    tableBlock({
      caption: title('Nivel de ejecución por rubro'),
      table: dataTable({
        columns: [
          { header: 'Rubro', width: '*' },
          ...['Adjudicación', 'Contratación', 'Desierto', 'Evaluación', 'Invitación', 'Preparación'].map((header) => ({ header, align: 'right' as const, width: 50 })),
          { header: 'Procesos', align: 'right', width: 46 },
        ],
        rows: [
          ...stages.map((row) => ({ cells: [labels.get('rubro')?.get(row.rubro) ?? row.rubro, ...STAGES.map((stage) => formatCountOrDash(row[stage])), formatCountOrDash(row.procesos)] })),
          {
            kind: 'total' as const,
            cells: ['Total', ...STAGES.map((stage) => formatCountOrDash(total(stages.map((row) => row[stage])))), formatCountOrDash(total(stages.map((row) => row.procesos)))],
          },
        ],
        fontSize: 8.5,
      }),
      source: sourceLine('compras'),
      note: 'Un proceso contratado figura también como adjudicado; la columna Procesos cuenta cada proceso una sola vez.',
    }),
    tableBlock({
      caption: title('Procesos por estado de ejecución'),
      table: dataTable({
        columns: [
          { header: 'Estado', width: '*' },
          { header: 'Cantidad de procesos', align: 'right', width: 80 },
          { header: 'Monto', align: 'right', width: 100 },
        ],
        rows: [
          ...statuses.map((row) => ({ cells: [STATUS_LABELS[row.estado] ?? row.estado, formatCountOrDash(row.procesos), money(row.monto)] })),
          { kind: 'total' as const, cells: ['Total', formatCount(total(statuses.map((row) => row.procesos))), formatMoney(sumMoney(statuses.map((row) => row.monto)))] },
        ],
        fontSize: 8.5,
      }),
      source: sourceLine('compras'),
      note: 'Ejecutados: procesos contratados. En ejecución: procesos adjudicados cuyo contrato aún no se firma.',
    }),
  ];
}

/** Returns Contrataciones y adquisiciones: per fiscal year of the period, processes by method, stage and status. */
export function procurementSection(context: SectionContext): Content[] {
  const { metodos, etapas, estados } = context.data.procurement;
  const years = [...new Set(metodos.map((row) => row.ejercicio))].sort();
  return [
    ...sectionHeading('Contrataciones y adquisiciones', 'compras'),
    ...years.flatMap((year, index) =>
      stretchBlock(
        metodos.filter((row) => row.ejercicio === year),
        etapas.filter((row) => row.ejercicio === year),
        estados.filter((row) => row.ejercicio === year),
        context,
        index,
      ),
    ),
  ];
}
