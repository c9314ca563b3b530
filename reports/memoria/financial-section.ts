import type { Content } from 'pdfmake/interfaces.js';
import { budgetExecutionChart } from '../../presentation/charts/budget-execution-chart.js';
import { PALETTE } from '../../presentation/charts/chart-palette.js';
import { renderSvg } from '../../presentation/charts/render-svg.js';
import { chartFigure } from '../pdf/chart-figure.js';
import { dataTable, tableBlock, type TableRow } from '../pdf/data-table.js';
import { sectionHeading } from '../pdf/document-frame.js';
import { formatMoney, formatPercent, sumMoney } from '../../presentation/format/number-format.js';
import { CONTENT_WIDTH } from '../pdf/pdf-theme.js';
import { spanText } from '../../presentation/format/period-labels.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import type { BudgetRow } from '../../presentation/marts/mart-rows.js';
import type { SectionContext } from './section-context.js';
import { monthsOf } from './sql-fragments.js';

/**
 * A `presupuesto_periodo` row as the table prints it. `meses_modificado` (months that sent a
 * modificado) is optional: without it the note on a partial modificado cannot count the months.
 */
export type PrintedBudgetRow = BudgetRow & { readonly meses_modificado?: number | null };

/** The definitions printed under each fund's table (the rows add up: vigente = aprobado + modificaciones). */
export const BUDGET_DEFINITIONS =
  'Montos en dólares de los Estados Unidos. Aprobado: presupuesto aprobado y programado para los meses indicados. ' +
  'Modificaciones: aumentos menos disminuciones; en cada mes que registró un presupuesto modificado, el modificado menos el aprobado de ese mes ' +
  `(${SYMBOLS.zero} cuando ningún mes registró modificaciones). Vigente: aprobado más modificaciones, es decir, el modificado de cada mes donde lo hubo y el aprobado en los demás. ` +
  'Comprometido: monto con compromiso presupuestario adquirido (contratos, órdenes de compra). ' +
  'Devengado: obligaciones reconocidas por bienes y servicios recibidos. ' +
  `«${SYMBOLS.notAvailable}»: dato no enviado por la fuente.`;

const money = (amount: string | null) => (amount === null ? SYMBOLS.notAvailable : formatMoney(amount));

/** Returns the printed Modificaciones: none sent (no month modified) is zero, unless the approved budget is unknown too. */
function modificacionesCell(row: BudgetRow): string {
  if (row.modificaciones !== null) return row.aprobado === null ? SYMBOLS.notAvailable : formatMoney(row.modificaciones);
  return row.aprobado === null ? SYMBOLS.notAvailable : SYMBOLS.zero;
}

/** Returns the printed share accrued: not applicable over a zero budget, not available when either figure is missing. */
function percentCell(row: BudgetRow): string {
  if (row.pct_devengado !== null) return formatPercent(row.pct_devengado);
  return row.presupuesto_vigente !== null && Number(row.presupuesto_vigente) === 0 ? SYMBOLS.notApplicable : SYMBOLS.notAvailable;
}

/** Returns the rows of one fund's table: Aprobado + Modificaciones = Vigente, then what was committed and accrued. */
export function budgetTableRows(rows: readonly PrintedBudgetRow[]): TableRow[] {
  return [
    { cells: ['Aprobado', ...rows.map((row) => money(row.aprobado))] },
    { cells: ['Modificaciones', ...rows.map(modificacionesCell)] },
    { kind: 'subtotal', cells: ['Vigente (aprobado + modificaciones)', ...rows.map((row) => money(row.presupuesto_vigente))] },
    { cells: ['Comprometido', ...rows.map((row) => money(row.comprometido))] },
    { cells: ['Devengado', ...rows.map((row) => money(row.devengado))] },
    { kind: 'subtotal', cells: ['Devengado sobre el vigente', ...rows.map(percentCell)] },
  ];
}

/**
 * Returns, for each fiscal stretch where the sources disagree, one sentence saying so: a modificado
 * sent for only some months (its sum covers fewer months than the aprobado, so the two are not
 * compared and the sum is not printed as a row), or a modificado without any aprobado.
 */
export function budgetDisagreements(name: string, rows: readonly PrintedBudgetRow[]): string[] {
  const sentences: string[] = [];
  for (const row of rows) {
    if (row.modificado === null || row.modificaciones === null) continue;
    const where = `${name}, ${spanText(row.desde, row.hasta)}`;
    if (row.aprobado === null) {
      sentences.push(`${where}: se recibió presupuesto modificado (${formatMoney(row.modificado)}) pero no el aprobado; el vigente es el modificado y las modificaciones no se pueden calcular.`);
      continue;
    }
    const approvedModified = sumMoney([row.modificado, negate(row.modificaciones)]);
    const approvedOthers = sumMoney([row.aprobado, negate(approvedModified)]);
    const months = monthsOf(row.desde, row.hasta).length;
    const counted = typeof row.meses_modificado === 'number' ? row.meses_modificado : null;
    const partial = counted === null ? Number(approvedOthers) !== 0 : counted > 0 && counted < months;
    if (!partial) continue;
    const which = counted === null ? 'solo algunos meses' : `solo ${counted} de los ${months} meses`;
    const others = counted === null ? 'los demás meses' : `los otros ${months - counted} ${months - counted === 1 ? 'mes' : 'meses'}`;
    sentences.push(
      `${where}: ${which} registraron presupuesto modificado. Los montos modificados enviados suman ${formatMoney(row.modificado)}, ` +
        `frente a ${formatMoney(approvedModified)} aprobados para esos mismos meses (modificaciones: ${formatMoney(row.modificaciones)}); ` +
        `en ${others} rige el aprobado (${formatMoney(approvedOthers)}). Esa suma parcial no se compara con el aprobado del periodo completo y no se imprime como fila; ` +
        `el vigente (${formatMoney(row.presupuesto_vigente)}) es el aprobado más las modificaciones.`,
    );
  }
  return sentences;
}

const negate = (amount: string) => (amount.startsWith('-') ? amount.slice(1) : `-${amount}`);

/** Returns the sentence on what a fund accrued in each fiscal stretch and the share of its current budget. */
export function fundSentence(name: string, rows: readonly BudgetRow[]): string {
  const parts = rows
    .filter((row) => row.devengado !== null)
    .map((row) => `${formatMoney(row.devengado)} de ${spanText(row.desde, row.hasta)}${row.pct_devengado ? ` (${formatPercent(row.pct_devengado)} del presupuesto vigente)` : ''}`);
  if (!parts.length) return `No se registró ejecución del ${name} en el periodo.`;
  return `Del ${name} se devengaron ${parts.join(' y ')}.`;
}

/** Returns one fund's table (Tablas 31 and 32): the budget stages by fiscal stretch of the period, its definitions and disagreements. */
function fundBlock(rows: readonly PrintedBudgetRow[], context: SectionContext, name: string, shortName: string): Content[] {
  const sent = rows.some((row) => [row.aprobado, row.modificado, row.comprometido, row.devengado].some((value) => value !== null));
  if (!sent) return [{ text: `No se recibieron datos del ${name} para el periodo.`, style: 'body', margin: [0, 6, 0, 4] }];
  const table = dataTable({
    columns: [{ header: 'Presupuesto', width: '*' }, ...rows.map((row) => ({ header: `Monto (${spanText(row.desde, row.hasta)})`, align: 'right' as const, width: 132 }))],
    rows: budgetTableRows(rows),
    fontSize: 8.5,
  });
  return [
    { text: fundSentence(name, rows), style: 'body', margin: [0, 6, 0, 4] },
    tableBlock({
      caption: `Tabla ${context.numbering.table()}. ${name}`,
      table,
      source: sourceLine('presupuesto'),
      // Where the sources disagree comes first, each on its own line; then the definitions.
      note: [...budgetDisagreements(shortName, rows), BUDGET_DEFINITIONS].join('\n'),
    }),
  ];
}

/** Returns Gestión financiera y ejecución presupuestaria: FAE and GOES by fiscal stretch, and a chart of execution. */
export function financialSection(context: SectionContext): Content[] {
  const { budget, labels } = context.data;
  const funds = [...new Set(budget.map((row) => row.fondo))];
  const name = (fund: string) => labels.get('fondo')?.get(fund) ?? fund;
  const shortName = (fund: string) => /\(([^)]+)\)$/.exec(name(fund))?.[1] ?? fund.toUpperCase();
  const content: Content[] = [...sectionHeading('Gestión financiera y ejecución presupuestaria', 'finanzas')];
  for (const fund of funds)
    content.push(
      ...fundBlock(
        budget.filter((row) => row.fondo === fund),
        context,
        name(fund),
        shortName(fund),
      ),
    );
  const chartRows = budget
    .filter((row) => row.presupuesto_vigente !== null)
    .map((row) => ({
      etiqueta: `${shortName(row.fondo)} ${spanText(row.desde, row.hasta).replace(/ de (\d{4})$/, ' $1')}`,
      vigente: Number(row.presupuesto_vigente),
      devengado: row.devengado === null ? null : Number(row.devengado),
      porcentaje: percentCell(row),
    }));
  if (chartRows.length) {
    content.push(
      chartFigure({
        caption: `Gráfico ${context.numbering.chart()}. Presupuesto vigente y devengado por fondo`,
        svg: renderSvg(budgetExecutionChart(chartRows, { document: context.document, width: CONTENT_WIDTH })),
        width: CONTENT_WIDTH,
        legend: [
          { label: 'Presupuesto vigente (aprobado + modificaciones)', color: PALETTE.previous },
          { label: 'Devengado', color: PALETTE.current },
        ],
        source: sourceLine('presupuesto'),
        note: 'El porcentaje es el devengado sobre el presupuesto vigente.',
      }),
    );
  }
  return content;
}
