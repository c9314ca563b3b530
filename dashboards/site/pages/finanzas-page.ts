import * as Plot from '@observablehq/plot';
import { PALETTE } from '../../../presentation/charts/chart-palette.js';
import { budgetExecutionChart, type BudgetDatum } from '../../../presentation/charts/budget-execution-chart.js';
import { formatMoney, formatPercent, NO_FIGURE } from '../../../presentation/format/number-format.js';
import { SYMBOLS } from '../../../presentation/format/symbols.js';
import type { FigureSpec } from '../components/chart-figure.js';
import { h } from '../components/dom.js';
import { monthlyFigure } from '../components/monthly-figure.js';
import { pageSection, type PageRenderer } from '../components/page-section.js';
import { fitXTicks, withMarks } from '../../../presentation/charts/screen-spec.js';
import { budgetExecution, centsMoney, partialModificado, type FiscalStretch } from '../data/budget-execution.js';
import type { Cifra } from '../data/figures.js';
import { monthsOf, spanLabel, type MonthSpan } from '../data/period-months.js';
import type { PageContext } from '../page-context.js';
import { methodFigure, quarterFigure, stageFigure } from './procurement-figures.js';
import { shortMonth } from '../../../presentation/format/period-labels.js';

const money = (cents: number | null) => (cents === null ? NO_FIGURE : centsMoney(cents));
/** No month modified the budget: no modifications (zero), unless the approved budget is unknown too. */
const modifications = (stretch: FiscalStretch) =>
  stretch.modificaciones !== null ? (stretch.aprobado === null ? SYMBOLS.notAvailable : money(stretch.modificaciones)) : stretch.aprobado === null ? SYMBOLS.notAvailable : SYMBOLS.zero;
const dollars = (value: number) => formatMoney(value.toFixed(2));

function shortFund(context: PageContext, fund: string): string {
  return /\(([^)]+)\)$/.exec(context.label('fondo', fund))?.[1] ?? fund.toUpperCase();
}

function stretchLabel(context: PageContext, stretch: FiscalStretch): string {
  const months = stretch.desde === `${stretch.ejercicio}-01` && stretch.hasta === `${stretch.ejercicio}-12` ? '' : ` (${spanLabel(stretch).replace(/ \d{4}/g, '')})`;
  return `${shortFund(context, stretch.fondo)} ${stretch.ejercicio}${months}`;
}

function executionFigure(context: PageContext, span: MonthSpan, stretches: FiscalStretch[], fuente: string): FigureSpec {
  const rows: BudgetDatum[] = stretches.map((stretch) => ({
    etiqueta: stretchLabel(context, stretch),
    vigente: stretch.vigente === null ? null : stretch.vigente / 100,
    devengado: stretch.devengado === null ? null : stretch.devengado / 100,
    porcentaje: stretch.pct_devengado === null ? NO_FIGURE : formatPercent(stretch.pct_devengado),
  }));
  return {
    titulo: `Ejecución presupuestaria por fondo y ejercicio, ${spanLabel(span)}`,
    unidades: 'dólares (US$); barra clara: presupuesto vigente; barra oscura: devengado',
    fuente,
    leyenda: [
      { etiqueta: 'Presupuesto vigente', color: PALETTE.previous },
      { etiqueta: 'Devengado', color: PALETTE.current },
    ],
    plot: rows.some((row) => row.vigente !== null)
      ? (document, width) => {
          // On a narrow screen the bars are named by fund and year only (the table gives the months).
          const narrow = width < 420;
          const named = narrow ? rows.map((row) => ({ ...row, etiqueta: row.etiqueta.replace(/ \(.*\)$/, '') })) : rows;
          const chart = budgetExecutionChart(named, { document, width });
          const spec = narrow ? { ...chart, marginLeft: 64 } : chart;
          const tip = Plot.tip(
            named,
            Plot.pointerY({
              x: (row: BudgetDatum) => row.vigente ?? 0,
              y: 'etiqueta',
              title: (row: BudgetDatum) =>
                `${row.etiqueta}\nVigente: ${row.vigente === null ? NO_FIGURE : dollars(row.vigente)}\nDevengado: ${row.devengado === null ? NO_FIGURE : dollars(row.devengado)} (${row.porcentaje})`,
            }),
          );
          return fitXTicks(withMarks(spec, tip), Math.max(0, ...named.map((row) => Math.max(row.vigente ?? 0, row.devengado ?? 0))), 2);
        }
      : null,
    nota: [
      ...stretches.map((stretch) => partialModificado(stretch, stretchLabel(context, stretch))).filter((sentence): sentence is string => sentence !== null),
      `Vigente = aprobado + modificaciones (modificado menos aprobado en los meses que registraron un presupuesto modificado; ${SYMBOLS.zero} cuando no hubo).`,
    ].join(' '),
    tabla: {
      columnas: ['Fondo y ejercicio', 'Aprobado', 'Modificaciones', 'Vigente (aprobado + modificaciones)', 'Comprometido', 'Devengado', '% devengado'].map((titulo, index) => ({
        titulo,
        numerica: index > 0,
      })),
      filas: stretches.map((stretch) => [
        stretchLabel(context, stretch),
        money(stretch.aprobado),
        modifications(stretch),
        money(stretch.vigente),
        money(stretch.comprometido),
        money(stretch.devengado),
        stretch.pct_devengado === null ? NO_FIGURE : formatPercent(stretch.pct_devengado),
      ]),
    },
  };
}

/** The edition's procurement (the Memoria's Tablas of processes by method, stage and state, and by quarter), or a note when the release has none. */
function procurement(context: PageContext): HTMLElement {
  const compras = context.data.compras;
  const title = 'Compras del periodo de la edición';
  if (!compras) return pageSection(title, 'La edición no tiene procesos de compra publicados para su periodo.');
  return pageSection(
    title,
    `Procesos de compra de ${spanLabel({ desde: context.data.edicion.desde, hasta: context.data.edicion.hasta })}, como los publican la Memoria y los datos abiertos: no cambian con el periodo elegido arriba.`,
    methodFigure(context, compras),
    quarterFigure(context, compras),
    stageFigure(context, compras),
  );
}

/** Finanzas: FAE and GOES execution by fiscal year for both periods, the amounts committed and accrued month by month, and the edition's procurement. */
export const finanzasPage: PageRenderer = (context) => {
  const budget = context.data.presupuesto;
  if (!budget) return { filtros: { periodo: true }, contenido: [h('p', {}, 'La edición no tiene datos de presupuesto.')] };
  const funds = context
    .list('fondo')
    .map((fund) => fund.codigo)
    .filter((fund) => budget.meses.some((month) => month.fondo === fund));
  const fuente = `${context.source(budget.fuente)} Para el periodo de la edición, las cifras son las de presupuesto_periodo.csv.`;
  // A stage's amount by month over both funds (dollars); a month where no fund sent it has no figure.
  const byMonth = (stage: 'comprometido' | 'devengado', span: MonthSpan) =>
    new Map<string, Cifra>(
      monthsOf(span).map((mes) => {
        const rows = budget.meses.filter((month) => month.mes === mes && month[stage] !== null);
        return [mes, rows.length ? rows.reduce((total, month) => total + month[stage]!, 0) / 100 : null];
      }),
    );
  const { periodo, comparacion } = context.state;
  return {
    filtros: { periodo: true },
    contenido: [
      h(
        'p',
        { class: 'intro' },
        'El ejercicio fiscal es el año calendario; cada barra cubre los meses del periodo dentro de ese ejercicio. El presupuesto vigente es el aprobado más las modificaciones (el modificado de cada mes donde lo hubo; si no, el aprobado), y el porcentaje devengado se calcula sobre él.',
      ),
      pageSection('Periodo del informe', null, executionFigure(context, periodo, budgetExecution(budget.meses, periodo, funds), fuente)),
      pageSection('Periodo de comparación', null, executionFigure(context, comparacion, budgetExecution(budget.meses, comparacion, funds), fuente)),
      pageSection(
        'Comprometido y devengado por mes',
        'Comprometido: lo que la DGME ya se obligó a pagar (contratos, órdenes de compra); devengado: lo que ya recibió y debe pagar.',
        monthlyFigure(context, {
          titulo: 'Monto comprometido por mes (FAE y GOES)',
          unidades: 'dólares (US$)',
          cubo: budget.fuente,
          fuente,
          meses: { actual: byMonth('comprometido', periodo), anterior: byMonth('comprometido', comparacion) },
          formato: dollars,
        }),
        monthlyFigure(context, {
          titulo: 'Monto devengado por mes (FAE y GOES)',
          unidades: 'dólares (US$)',
          cubo: budget.fuente,
          fuente,
          meses: { actual: byMonth('devengado', periodo), anterior: byMonth('devengado', comparacion) },
          formato: dollars,
        }),
      ),
      procurement(context),
      h('p', { class: 'nota' }, `Meses con datos de presupuesto: ${shortMonth(budget.meses[0].mes)} a ${shortMonth(budget.meses[budget.meses.length - 1].mes)}.`),
    ],
  };
};
