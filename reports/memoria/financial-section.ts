import type { Content } from 'pdfmake/interfaces.js';
import { budgetExecutionChart } from '../charts/budget-execution-chart.js';
import { PALETTE } from '../charts/chart-palette.js';
import { renderSvg } from '../charts/plot-render.js';
import { chartFigure } from '../pdf/chart-figure.js';
import { dataTable, tableBlock } from '../pdf/data-table.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { formatMoney, formatPercent } from '../pdf/number-format.js';
import { CONTENT_WIDTH } from '../pdf/pdf-theme.js';
import { spanText } from '../pdf/period-labels.js';
import type { BudgetRow } from './mart-rows.js';
import type { SectionContext } from './section-context.js';

const STAGES: readonly [keyof BudgetRow, string][] = [
  ['aprobado', 'Aprobado'], ['modificado', 'Modificado'], ['comprometido', 'Comprometido'], ['devengado', 'Devengado'], ['modificaciones', 'Modificaciones'],
];

/** Returns the sentence on what a fund accrued in each fiscal stretch and the share of its current budget. */
export function fundSentence(name: string, rows: readonly BudgetRow[]): string {
  const parts = rows.filter((row) => row.devengado !== null).map((row) =>
    `${formatMoney(row.devengado)} de ${spanText(row.desde, row.hasta)}${row.pct_devengado ? ` (${formatPercent(row.pct_devengado)} del presupuesto vigente)` : ''}`);
  if (!parts.length) return `No se registró ejecución del ${name} en el periodo.`;
  return `Del ${name} se devengaron ${parts.join(' y ')}.`;
}

/** Returns one fund's table (Tablas 31 and 32): the budget stages by fiscal stretch of the period. */
function fundBlock(rows: readonly BudgetRow[], context: SectionContext, name: string): Content[] {
  const sent = rows.some((row) => STAGES.some(([field]) => row[field] !== null));
  if (!sent) return [{ text: `No se recibieron datos del ${name} para el periodo.`, style: 'body', margin: [0, 6, 0, 4] }];
  const table = dataTable({
    columns: [{ header: 'Presupuesto', width: '*' }, ...rows.map((row) => ({ header: `Monto (${spanText(row.desde, row.hasta)})`, align: 'right' as const, width: 132 }))],
    rows: [
      ...STAGES.map(([field, label]) => ({ cells: [label, ...rows.map((row) => formatMoney(row[field] as string | null))] })),
      { kind: 'subtotal' as const, cells: ['Presupuesto vigente', ...rows.map((row) => formatMoney(row.presupuesto_vigente))] },
      { kind: 'subtotal' as const, cells: ['Devengado sobre el vigente', ...rows.map((row) => formatPercent(row.pct_devengado))] },
    ],
    fontSize: 8.5,
  });
  return [
    { text: fundSentence(name, rows), style: 'body', margin: [0, 6, 0, 4] },
    tableBlock({ caption: `Tabla ${context.numbering.table()}. ${name}`, table }),
  ];
}

/** Returns Gestión financiera y ejecución presupuestaria: FAE and GOES by fiscal stretch, and a chart of execution. */
export function financialSection(context: SectionContext): Content[] {
  const { budget, labels } = context.data;
  const funds = [...new Set(budget.map((row) => row.fondo))];
  const name = (fund: string) => labels.get('fondo')?.get(fund) ?? fund;
  const content: Content[] = [...sectionHeading('Gestión financiera y ejecución presupuestaria', 'finanzas')];
  for (const fund of funds) content.push(...fundBlock(budget.filter((row) => row.fondo === fund), context, name(fund)));
  content.push({
    text: 'Modificaciones: presupuesto modificado menos aprobado, en los meses que registraron una modificación. Presupuesto vigente: el modificado donde lo hubo y el aprobado en los demás meses.',
    style: 'note',
  });
  const chartRows = budget.filter((row) => row.presupuesto_vigente !== null).map((row) => ({
    etiqueta: `${row.fondo.toUpperCase()} ${spanText(row.desde, row.hasta).replace(/ de (\d{4})$/, ' $1')}`,
    vigente: Number(row.presupuesto_vigente), devengado: row.devengado === null ? null : Number(row.devengado), porcentaje: formatPercent(row.pct_devengado),
  }));
  if (chartRows.length) {
    content.push(chartFigure({
      caption: `Gráfico ${context.numbering.chart()}. Presupuesto vigente y devengado por fondo`,
      svg: renderSvg(budgetExecutionChart(chartRows, { document: context.document, width: CONTENT_WIDTH })),
      width: CONTENT_WIDTH,
      legend: [{ label: 'Presupuesto vigente', color: PALETTE.previous }, { label: 'Devengado', color: PALETTE.current }],
    }));
  }
  return content;
}
