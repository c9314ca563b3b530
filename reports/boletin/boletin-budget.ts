import type { Content } from 'pdfmake/interfaces.js';
import { dataTable, newNumbering, tableBlock, type Numbering, type TableColumn, type TableRow } from '../pdf/data-table.js';
import { formatMoney, formatPercent, ratioPercent, sumMoney } from '../../presentation/format/number-format.js';
import { monthName, shortMonth, shortSpan } from '../../presentation/format/period-labels.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import type { BulletinBudget, BulletinData } from './boletin-data.js';

type Column = 'tramo' | 'acumulado';

/** One fund's figures for one column (the month or the year to date), as exact decimal text or null. */
interface BudgetColumn {
  readonly programado: string | null;
  /** Null with `sent` false: no month modified the budget (zero); null with `sent` true: cannot be derived. */
  readonly modificaciones: string | null;
  readonly modificacionesSent: boolean;
  readonly vigente: string | null;
  readonly comprometido: string | null;
  readonly devengado: string | null;
}

/**
 * Returns one fund's column. The derived stages come from `budgetStretchQuery`; given only the
 * four stage sums, a single month derives them itself, and a year to date only when no month sent
 * a modificado (otherwise its current budget is unknown here and printed as not available).
 */
function budgetColumn(rows: readonly BulletinBudget[], fondo: string, column: Column, singleMonth: boolean): BudgetColumn {
  const find = (etapa: string) => rows.find((row) => row.fondo === fondo && row.etapa === etapa);
  const value = (etapa: string) => find(etapa)?.[column] ?? null;
  const programado = value('aprobado');
  const modificado = value('modificado');
  const derived = find('vigente') !== undefined;
  if (derived) {
    return {
      programado,
      modificaciones: value('modificaciones'),
      modificacionesSent: modificado !== null,
      vigente: value('vigente'),
      comprometido: value('comprometido'),
      devengado: value('devengado'),
    };
  }
  const known = modificado === null || singleMonth;
  return {
    programado,
    modificaciones: modificado === null || !known ? null : sumMoney([modificado, programado === null ? null : negate(programado)]),
    modificacionesSent: modificado !== null,
    vigente: known ? (modificado ?? programado) : null,
    comprometido: value('comprometido'),
    devengado: value('devengado'),
  };
}

const negate = (amount: string) => (amount.startsWith('-') ? amount.slice(1) : `-${amount}`);
const money = (amount: string | null) => (amount === null ? SYMBOLS.notAvailable : formatMoney(amount));
const cents = (amount: string) => Number(sumMoney([amount]).replace('.', ''));

/** Returns the printed Modificaciones: zero when no month modified the budget, not available when it cannot be computed. */
function modificacionesCell(figures: BudgetColumn): string {
  if (figures.modificaciones !== null) return figures.programado === null ? SYMBOLS.notAvailable : formatMoney(figures.modificaciones);
  return figures.modificacionesSent || figures.programado === null ? SYMBOLS.notAvailable : SYMBOLS.zero;
}

function percentCell(figures: BudgetColumn): string {
  if (figures.vigente === null || figures.devengado === null) return SYMBOLS.notAvailable;
  const percent = ratioPercent(cents(figures.devengado), cents(figures.vigente));
  return percent === null ? SYMBOLS.notApplicable : formatPercent(percent);
}

/** The definitions under the box: the same as the Memoria's budget tables, for one month and the year to date. */
export const BULLETIN_BUDGET_NOTE =
  'Montos en dólares. Programado: presupuesto aprobado programado para el mes o los meses indicados. ' +
  'Modificaciones: en cada mes que registró un presupuesto modificado, el modificado menos lo programado ' +
  `(${SYMBOLS.zero} cuando no hubo). Vigente: programado más modificaciones. ` +
  'Comprometido y devengado: compromisos adquiridos y obligaciones reconocidas. ' +
  `«${SYMBOLS.notAvailable}»: dato no enviado o que no se puede calcular.`;

/** Returns the month's budget: one row per stage, the month and the year to date of each fund side by side; nothing without budget data. */
export function bulletinBudget(data: BulletinData, numbering: Numbering = newNumbering()): Content[] {
  if (!data.budget.length) return [];
  const start = `${data.month.slice(0, 4)}-01`;
  const funds = [...new Map(data.budget.map((row) => [row.fondo, row.etiqueta])).entries()];
  const columns: TableColumn[] = [
    { header: 'Presupuesto', width: '*' },
    ...funds.flatMap(([, etiqueta]) => [
      { header: shortMonth(data.month), align: 'right' as const, group: etiqueta },
      { header: shortSpan(start, data.month), align: 'right' as const, group: etiqueta },
    ]),
  ];
  const figures = funds.flatMap(([fondo]) => [budgetColumn(data.budget, fondo, 'tramo', true), budgetColumn(data.budget, fondo, 'acumulado', start === data.month)]);
  const rows: TableRow[] = [
    { cells: ['Programado', ...figures.map((column) => money(column.programado))] },
    { cells: ['Modificaciones', ...figures.map(modificacionesCell)] },
    { kind: 'subtotal', cells: ['Vigente (programado + modificaciones)', ...figures.map((column) => money(column.vigente))] },
    { cells: ['Comprometido', ...figures.map((column) => money(column.comprometido))] },
    { cells: ['Devengado', ...figures.map((column) => money(column.devengado))] },
    { kind: 'subtotal', cells: ['Devengado sobre el vigente', ...figures.map(percentCell)] },
  ];
  return [
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Ejecución presupuestaria de ${monthName(data.month)} y acumulada del año`,
      table: dataTable({ columns, rows, fontSize: 8 }),
      source: sourceLine('presupuesto'),
      note: BULLETIN_BUDGET_NOTE,
    }),
  ];
}
