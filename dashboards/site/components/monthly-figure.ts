import * as Plot from '@observablehq/plot';
import { PALETTE } from '../../../presentation/charts/chart-palette.js';
import { periodMonthlyChart, type PeriodMonthDatum } from '../../../presentation/charts/period-monthly-chart.js';
import { cifraText, cifraValue, formatCount, SUPPRESSED, type Cifra } from '../data/figures.js';
import { monthsOf } from '../data/period-months.js';
import type { CubeFilter } from '../data/count-cube.js';
import type { Applies, PageContext } from '../page-context.js';
import type { FigureSpec } from './chart-figure.js';
import { breakLinesAtGaps, thinMonthTicks, withMarks } from '../../../presentation/charts/screen-spec.js';
import { suppressedRemark } from './suppression-note.js';
import { shortMonth } from '../../../presentation/format/period-labels.js';

export interface MonthlyFigureOptions {
  readonly titulo: string;
  readonly unidades: string;
  readonly cubo: string;
  readonly filtro?: CubeFilter;
  readonly applies?: Applies;
  /** Replaces the cube's months (e.g. budget amounts); the cube is then only used for its name. */
  readonly meses?: { readonly actual: ReadonlyMap<string, Cifra>; readonly anterior: ReadonlyMap<string, Cifra> };
  readonly fuente?: string;
  readonly formato?: (value: number) => string;
}

/** Returns a figure of the months of the reporting period over the same positions of the comparison period (the PDF's monthly chart). */
export function monthlyFigure(context: PageContext, options: MonthlyFigureOptions): FigureSpec {
  const { state } = context;
  const cube = context.cubes[options.cubo];
  const applies = options.applies ?? { sexo: true };
  const currentMonths = monthsOf(state.periodo);
  const previousMonths = monthsOf(state.comparacion);
  const series = options.meses ?? {
    actual: cube ? cube.monthly(context.filter(cube, state.periodo, options.filtro, applies), currentMonths) : new Map<string, Cifra>(),
    anterior: cube ? cube.monthly(context.filter(cube, state.comparacion, options.filtro, applies), previousMonths) : new Map<string, Cifra>(),
  };
  const [previous, current] = context.periodLabels;
  const format = options.formato ?? formatCount;
  const rows: PeriodMonthDatum[] = [
    ...currentMonths.map((mes, posicion) => ({ posicion, mes, periodo: 'actual' as const, cantidad: cifraValue(series.actual.get(mes) ?? null) })),
    ...previousMonths.map((mes, posicion) => ({ posicion, mes, periodo: 'anterior' as const, cantidad: cifraValue(series.anterior.get(mes) ?? null) })),
  ];
  const suppressed = [...currentMonths.filter((mes) => series.actual.get(mes) === SUPPRESSED), ...previousMonths.filter((mes) => series.anterior.get(mes) === SUPPRESSED)];
  const length = Math.max(currentMonths.length, previousMonths.length);
  const text = (cifra: Cifra | undefined) => (typeof cifra === 'number' ? format(cifra) : cifraText(cifra ?? null));
  return {
    titulo: options.titulo,
    unidades: options.unidades,
    fuente: options.fuente ?? context.source(cube?.fuente ?? options.cubo),
    leyenda: [
      { etiqueta: previous, color: PALETTE.previous },
      { etiqueta: current, color: PALETTE.current },
    ],
    nota:
      [
        suppressed.length ? `Meses sin cifra publicada (suprimida): ${suppressed.map(shortMonth).join(', ')}.` : undefined,
        suppressed.length ? suppressedRemark(true) : undefined,
        context.ignoredFilters(applies),
      ]
        .filter(Boolean)
        .join(' ') || undefined,
    plot: rows.some((row) => row.cantidad !== null)
      ? (document, width) => {
          const spec = breakLinesAtGaps(periodMonthlyChart(rows, { document, width, periodLabels: [previous, current], height: 190 }), rows, [previous, current]);
          const tip = Plot.tip(
            rows.filter((row) => row.cantidad !== null),
            Plot.pointerX({
              x: 'posicion',
              y: 'cantidad',
              title: (row: PeriodMonthDatum) => `${shortMonth(row.mes)}: ${format(row.cantidad!)}`,
            }),
          );
          return withMarks(thinMonthTicks(spec, Math.max(currentMonths.length, previousMonths.length)), tip);
        }
      : null,
    tabla: {
      columnas: [{ titulo: 'Mes' }, { titulo: current, numerica: true }, { titulo: 'Mes de comparación' }, { titulo: previous, numerica: true }],
      filas: Array.from({ length }, (_, index) => [
        currentMonths[index] ? shortMonth(currentMonths[index]) : '',
        currentMonths[index] ? text(series.actual.get(currentMonths[index])) : '',
        previousMonths[index] ? shortMonth(previousMonths[index]) : '',
        previousMonths[index] ? text(series.anterior.get(previousMonths[index])) : '',
      ]),
    },
  };
}
