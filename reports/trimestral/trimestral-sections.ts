/**
 * The tables of the quarterly executive report: management indicators of each service, the
 * operating plan's follow-up, budget, procurement and the PNI's statuses, each with its «Fuente:».
 */
import type { Content } from 'pdfmake/interfaces.js';
import { findSource } from '../../pipelines/contract/landing-sources.js';
import { formatChange, formatCount, formatCountOrDash, formatMoney, formatPercent, formatPercentChange, ratioPercent, sumMoney } from '../../presentation/format/number-format.js';
import { lastDayText, shortMonthName } from '../../presentation/format/period-labels.js';
import { quarterName } from '../../presentation/format/quarters.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS, symbolLegendText } from '../../presentation/format/symbols.js';
import { PNI_STATUSES } from '../../presentation/pni/pni-statuses.js';
import { BULLETIN_BUDGET_NOTE } from '../boletin/boletin-budget.js';
import { MEASURES, measureSource } from '../memoria/service-measures.js';
import { dataTable, tableBlock, type Numbering, type TableColumn, type TableRow } from '../pdf/data-table.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { TARGET_FOLLOW_UP_NOTE, targetFollowUpTable } from '../pdf/target-follow-up-table.js';
import type { QuarterBudget, QuarterData, SpanFigures } from './trimestral-data.js';

/** A section heading on a new page, bookmarked in the PDF. */
export function heading(text: string): Content[] {
  return [
    { text, style: 'h1', outline: true, headlineLevel: 1, pageBreak: 'before' } as Content,
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 42, h: 3, color: COLORS.accent }], margin: [0, 0, 0, 10] } as Content,
  ];
}

/** A sub-heading that stays with what follows it. */
export function subheading(text: string): Content {
  return { text, style: 'h2', headlineLevel: 2 } as Content;
}

/** The span a quarter's columns cover, without the year: `ene – mar`. */
export const monthsShort = (desde: string, hasta: string) => (desde === hasta ? shortMonthName(hasta) : `${shortMonthName(desde)} – ${shortMonthName(hasta)}`);

// A figure the disclosure control withheld is `x`; a zero `–`; a change against zero `n.a.`.
const count = (value: number | null) => formatCountOrDash(value, 'suppressed');
const change = (span: SpanFigures) => (span.actual === null || span.anterior === null ? SYMBOLS.suppressed : span.variacion === 0 ? SYMBOLS.zero : formatChange(span.variacion));
const percent = (span: SpanFigures) => (span.actual === null || span.anterior === null ? SYMBOLS.suppressed : formatPercentChange(span.variacion_pct, 'notApplicable'));

/** Returns the table of every service: the quarter and the year to its end against the same months a year earlier. */
export function indicatorsTable(data: QuarterData, numbering: Numbering): Content {
  const { quarter, previous } = data;
  const trimestre = `Trimestre (${monthsShort(quarter.desde, quarter.hasta)})`;
  const acumulado = `Año a la fecha (${monthsShort(`${quarter.anio}-01`, quarter.hasta)})`;
  const columns: TableColumn[] = [
    { header: 'Servicio', width: '*' },
    { header: String(quarter.anio), align: 'right', group: trimestre },
    { header: String(previous.anio), align: 'right', group: trimestre },
    { header: 'Variación', align: 'right', group: trimestre },
    { header: 'Var. %', align: 'right', group: trimestre },
    { header: String(quarter.anio), align: 'right', group: acumulado },
    { header: String(previous.anio), align: 'right', group: acumulado },
    { header: 'Var. %', align: 'right', group: acumulado },
  ];
  const rows: TableRow[] = data.figures.map((row) => ({
    cells: [
      MEASURES[row.medida].nombre,
      count(row.trimestre.actual),
      count(row.trimestre.anterior),
      change(row.trimestre),
      percent(row.trimestre),
      count(row.acumulado.actual),
      count(row.acumulado.anterior),
      percent(row.acumulado),
    ],
  }));
  return tableBlock({
    caption: `Cuadro ${numbering.table()}. Servicios prestados en el ${quarterName(quarter).toLowerCase()} y en el año a la fecha, frente a los mismos meses de ${previous.anio}`,
    table: dataTable({ columns, rows, fontSize: 7.5 }),
    source: sourceLine(...new Set(data.figures.map((row) => measureSource(row.medida)))),
    note: `Variación y Var. %: sobre los mismos meses del año anterior. ${symbolLegendText()}`,
  });
}

/** Returns the operating plan's follow-up over the quarter, or a sentence when no targets were received for its year. */
export function targetsBlock(data: QuarterData, numbering: Numbering): Content[] {
  const { quarter, targets } = data;
  if (!targets.length) return [{ text: `No se recibieron metas físicas del POA para ${quarter.anio}: no hay seguimiento del plan operativo en este trimestre.`, style: 'body' }];
  const behind = targets.filter((line) => line.estado === 'rezagada' || line.estado === 'en_riesgo').length;
  const measured = [...new Set(targets.map((line) => line.medida))].filter((name) => findSource(name));
  return [
    {
      text:
        `${formatCount(targets.length)} ${targets.length === 1 ? 'línea de meta' : 'líneas de meta'} del POA ${quarter.anio}; ` +
        `${behind === 0 ? 'ninguna va con atraso' : behind === 1 ? '1 con atraso (rezagada o en riesgo), que se lista primero' : `${formatCount(behind)} con atraso (rezagadas o en riesgo), que se listan primero`}. ` +
        `El año a la fecha llega al ${lastDayText(quarter.hasta)}.`,
      style: 'body',
    },
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Metas físicas del POA: programado y ejecutado en el trimestre y en el año a la fecha`,
      table: targetFollowUpTable(targets, 'Trimestre'),
      source: sourceLine('metas', ...measured),
      note: TARGET_FOLLOW_UP_NOTE,
    }),
  ];
}

/** One fund's figures over a span, for the budget table. */
export interface BudgetFigures {
  readonly programado: string | null;
  /** Null with `sent` false: no month modified the budget (zero). */
  readonly modificaciones: string | null;
  readonly vigente: string | null;
  readonly comprometido: string | null;
  readonly devengado: string | null;
  /** `devengado / vigente × 100`, 2 decimals; null when either is missing or the budget is zero. */
  readonly pct: string | null;
}

const cents = (amount: string) => Number(sumMoney([amount]).replace('.', ''));

/** Returns a fund's budget over the quarter or the year to its end. */
export function budgetFigures(rows: readonly QuarterBudget[], fondo: string, column: 'tramo' | 'acumulado'): BudgetFigures {
  const value = (etapa: string) => rows.find((row) => row.fondo === fondo && row.etapa === etapa)?.[column] ?? null;
  const vigente = value('vigente');
  const devengado = value('devengado');
  return {
    programado: value('aprobado'),
    modificaciones: value('modificaciones'),
    vigente,
    comprometido: value('comprometido'),
    devengado,
    pct: vigente === null || devengado === null ? null : ratioPercent(cents(devengado), cents(vigente)),
  };
}

const money = (amount: string | null) => (amount === null ? SYMBOLS.notAvailable : formatMoney(amount));

/** Returns the funds of the quarter's budget, in the reference order: code and label. */
export function budgetFunds(data: QuarterData): [string, string][] {
  return [...new Map(data.budget.map((row) => [row.fondo, row.etiqueta])).entries()];
}

/** Returns the quarter's budget execution by fund, or a sentence when no budget was received. */
export function budgetBlock(data: QuarterData, numbering: Numbering): Content[] {
  const { quarter } = data;
  const funds = budgetFunds(data);
  if (!funds.length) return [{ text: `No se recibió información presupuestaria del ${quarterName(quarter).toLowerCase()}.`, style: 'body' }];
  const columns: TableColumn[] = [
    { header: 'Presupuesto', width: '*' },
    ...funds.flatMap(([, etiqueta]) => [
      { header: 'Trimestre', align: 'right' as const, group: etiqueta },
      { header: `Año a la fecha`, align: 'right' as const, group: etiqueta },
    ]),
  ];
  const figures = funds.flatMap(([fondo]) => [budgetFigures(data.budget, fondo, 'tramo'), budgetFigures(data.budget, fondo, 'acumulado')]);
  const modificaciones = (f: BudgetFigures) => (f.programado === null ? SYMBOLS.notAvailable : f.modificaciones === null ? SYMBOLS.zero : formatMoney(f.modificaciones));
  const pct = (f: BudgetFigures) => (f.vigente === null || f.devengado === null ? SYMBOLS.notAvailable : f.pct === null ? SYMBOLS.notApplicable : formatPercent(f.pct));
  const rows: TableRow[] = [
    { cells: ['Programado', ...figures.map((f) => money(f.programado))] },
    { cells: ['Modificaciones', ...figures.map(modificaciones)] },
    { kind: 'subtotal', cells: ['Vigente (programado + modificaciones)', ...figures.map((f) => money(f.vigente))] },
    { cells: ['Comprometido', ...figures.map((f) => money(f.comprometido))] },
    { cells: ['Devengado', ...figures.map((f) => money(f.devengado))] },
    { kind: 'subtotal', cells: ['Devengado sobre el vigente', ...figures.map(pct)] },
  ];
  return [
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Ejecución presupuestaria del trimestre (${monthsShort(quarter.desde, quarter.hasta)}) y del año a la fecha (${monthsShort(`${quarter.anio}-01`, quarter.hasta)} ${quarter.anio})`,
      table: dataTable({ columns, rows, fontSize: 7.5 }),
      source: sourceLine('presupuesto'),
      note: BULLETIN_BUDGET_NOTE,
    }),
  ];
}

const AWARDED = new Set(['adjudicacion', 'contratacion']);
const amountOrZero = (amount: string) => (/^0(\.0+)?$/.test(amount) ? SYMBOLS.zero : formatMoney(amount));

/** The quarter's procurement totals: awarded or contracted processes and their amount, and the rest by status. */
export function procurementTotals(data: QuarterData): { adjudicados: number; monto: string; procesos: number; desiertos: number; pendientes: number } {
  const awarded = data.procurement.filter((row) => AWARDED.has(row.estado_proceso));
  const of = (estados: readonly string[]) => data.procurement.filter((row) => estados.includes(row.estado_proceso)).reduce((sum, row) => sum + row.procesos, 0);
  return {
    adjudicados: awarded.reduce((sum, row) => sum + row.procesos, 0),
    monto: sumMoney(awarded.map((row) => row.monto)),
    procesos: data.procurement.reduce((sum, row) => sum + row.procesos, 0),
    desiertos: of(['desierto']),
    pendientes: of(['evaluacion', 'invitacion', 'preparacion']),
  };
}

/** Returns the quarter's procurement: awarded or contracted processes by method, and every process by status. */
export function procurementBlock(data: QuarterData, numbering: Numbering): Content[] {
  const { quarter, procurement, procurementCodes } = data;
  if (!procurement.length) return [{ text: `En el ${quarterName(quarter).toLowerCase()} no se registraron procesos de compra.`, style: 'body' }];
  const totals = procurementTotals(data);
  const sum = (rows: typeof procurement) => ({ procesos: rows.reduce((total, row) => total + row.procesos, 0), monto: sumMoney(rows.map((row) => row.monto)) });
  const table = (label: string, entries: readonly [string, string][], pick: (code: string) => typeof procurement, all: typeof procurement) =>
    dataTable({
      columns: [
        { header: label, width: '*' },
        { header: 'Procesos', align: 'right', width: 80 },
        { header: 'Monto', align: 'right', width: 110 },
      ],
      rows: [
        ...entries.map(([code, etiqueta]) => {
          const figures = sum(pick(code));
          return { cells: [etiqueta, formatCountOrDash(figures.procesos), amountOrZero(figures.monto)] };
        }),
        { kind: 'total' as const, cells: ['Total', formatCountOrDash(sum(all).procesos), amountOrZero(sum(all).monto)] },
      ],
      fontSize: 7.5,
    });
  const awarded = procurement.filter((row) => AWARDED.has(row.estado_proceso));
  return [
    {
      text:
        `En el trimestre ${totals.adjudicados === 1 ? 'se adjudicó o contrató 1 proceso' : `se adjudicaron o contrataron ${formatCount(totals.adjudicados)} procesos`} por ${formatMoney(totals.monto)}` +
        `${totals.desiertos ? `; ${formatCount(totals.desiertos)} ${totals.desiertos === 1 ? 'proceso se declaró desierto' : 'procesos se declararon desiertos'}` : ''}` +
        `${totals.pendientes ? `; ${formatCount(totals.pendientes)} ${totals.pendientes === 1 ? 'seguía' : 'seguían'} en preparación, invitación o evaluación` : ''}.`,
      style: 'body',
    },
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Procesos adjudicados o contratados en el trimestre, por método de adquisición`,
      table: table('Método de adquisición', procurementCodes.metodo, (code) => awarded.filter((row) => row.metodo === code), awarded),
      source: sourceLine('compras'),
      note: 'Procesos adjudicados (contrato aún no firmado) o contratados (ejecutados), con su monto.',
    }),
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Procesos de compra del trimestre por estado`,
      table: table('Estado del proceso', procurementCodes.estado, (code) => procurement.filter((row) => row.estado_proceso === code), procurement),
      source: sourceLine('compras'),
      note: 'Cada proceso cuenta en el trimestre del mes de su fecha, con el estado que tiene en la última entrega recibida.',
    }),
  ];
}

/** Returns a status as a word after a count (`3 cumplidas`, `1 rezagada`, `7 en curso`). */
function statusWord(estado: string, n: number): string {
  const label = PNI_STATUSES.find((status) => status.estado === estado)!.etiqueta.toLowerCase();
  return n !== 1 && (estado === 'cumplida' || estado === 'rezagada') ? `${label}s` : label;
}

/** Returns the PNI's indicators of the quarter's year by axis and status, with the cut-off caveat. */
export function pniBlock(data: QuarterData, numbering: Numbering): Content[] {
  const { quarter, period, pni } = data;
  if (!pni.length) return [{ text: `Esta edición no publica indicadores del PNI con seguimiento en ${quarter.anio}.`, style: 'body' }];
  const count = (estado: string, eje?: number) => pni.filter((row) => row.estado === estado && (eje === undefined || row.eje === eje)).length;
  const axes = [...new Set(pni.map((row) => row.eje))].sort((a, b) => a - b);
  const cutOff = lastDayText(period.hasta);
  const yearEnded = quarter.anio < Number(period.hasta.slice(0, 4)) || period.hasta.endsWith('-12');
  const caveat =
    period.hasta === quarter.hasta
      ? `Estados al ${cutOff}, cierre del trimestre: cada valor se compara con la parte de la meta del año que corresponde a los meses transcurridos.`
      : yearEnded
        ? `Estados del año ${quarter.anio} completo, con los datos recibidos hasta el corte de la edición (${cutOff}): no son los del cierre del trimestre, que terminó el ${lastDayText(quarter.hasta)}.`
        : `Estados con los datos al corte de la edición (${cutOff}), no al cierre del trimestre (${lastDayText(quarter.hasta)}): cada valor se compara con la parte de la meta que corresponde hasta el corte.`;
  const summary = PNI_STATUSES.map((status) => ({ status, n: count(status.estado) })).filter((entry) => entry.n > 0);
  return [
    {
      text: `${formatCount(pni.length)} indicadores del PNI con meta en ${quarter.anio}: ${summary.map((entry) => `${formatCount(entry.n)} ${statusWord(entry.status.estado, entry.n)}`).join(', ')}. ${caveat}`,
      style: 'body',
    },
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Indicadores del PNI ${quarter.anio} por eje y estado`,
      table: dataTable({
        columns: [{ header: 'Eje', width: '*' }, ...PNI_STATUSES.map((status) => ({ header: status.etiqueta, align: 'right' as const, width: 44 })), { header: 'Total', align: 'right', width: 40 }],
        rows: [
          ...axes.map((eje) => ({
            cells: [
              `${eje}. ${data.pniAxes.get(eje) ?? `Eje ${eje}`}`,
              ...PNI_STATUSES.map((status) => formatCountOrDash(count(status.estado, eje))),
              formatCount(pni.filter((row) => row.eje === eje).length),
            ],
          })),
          { kind: 'total' as const, cells: ['Total', ...PNI_STATUSES.map((status) => formatCountOrDash(count(status.estado))), formatCount(pni.length)] },
        ],
        fontSize: 7.5,
      }),
      source: sourceLine('pni'),
      note: 'Cumplida: el valor alcanza la meta del año. En curso: alcanza la parte de la meta que corresponde a la fecha. En riesgo: alcanza el 75 % de esa parte. Rezagada: por debajo. Sin datos: nadie reportó un valor.',
    }),
  ];
}
