import * as Plot from '@observablehq/plot';
import { PALETTE } from '../../../presentation/charts/chart-palette.js';
import { weekdayChart, type WeekdayDatum } from '../../../presentation/charts/weekday-chart.js';
import type { FigureSpec } from '../components/chart-figure.js';
import { withMarks } from '../../../presentation/charts/screen-spec.js';
import { SYMBOLS } from '../../../presentation/format/symbols.js';
import { cifraText, formatCount, NO_DATA, SUPPRESSED } from '../data/figures.js';
import { monthsOf, spanLabel, weekdayCounts } from '../data/period-months.js';
import type { PageContext } from '../page-context.js';
import { WEEKDAY_NAMES } from '../../../presentation/format/period-labels.js';

/** The days of the week as the table and the tooltips name them (`Lunes`). */
const DAYS = WEEKDAY_NAMES.map((name) => name.charAt(0).toUpperCase() + name.slice(1));

/** Returns the figure of entries and exits per day of the week (average per day over the reporting period), or null without daily data. */
export function weekdayFigure(context: PageContext): FigureSpec | null {
  const cube = context.cubes.flujo_dia_semana;
  const titulo = `Entradas y salidas por día de la semana, ${spanLabel(context.state.periodo)}`;
  if (!cube) return null;
  const months = monthsOf(context.state.periodo).filter((month) => cube.meses.includes(month));
  const days = weekdayCounts(months);
  const series = ['Entradas', 'Salidas'] as const;
  const rows: WeekdayDatum[] = [];
  const table: string[][] = [];
  for (let day = 1; day <= 7; day++) {
    const cells: string[] = [DAYS[day - 1]];
    (['entrada', 'salida'] as const).forEach((direction, index) => {
      const sum = cube.sum(context.filter(cube, context.state.periodo, { dia_semana: [String(day)], direccion: [direction] }, { sexo: true, puesto: true }));
      const average = typeof sum === 'number' && days[day - 1] > 0 ? sum / days[day - 1] : null;
      rows.push({ dia: day, serie: series[index], promedio: average });
      cells.push(cifraText(sum ?? null), average === null ? (sum === SUPPRESSED ? SYMBOLS.suppressed : NO_DATA) : formatCount(Math.round(average)));
    });
    table.push(cells);
  }
  const missing = monthsOf(context.state.periodo).length - months.length;
  return {
    titulo,
    unidades: 'movimientos por día (promedio de los días de ese nombre en el periodo)',
    fuente: context.source(cube.fuente),
    nota: [missing > 0 ? `${missing} meses del periodo no se enviaron por día y no se cuentan aquí.` : '', 'Solo cuenta lo que la fuente envió por día.'].filter(Boolean).join(' '),
    leyenda: [
      { etiqueta: 'Entradas', color: PALETTE.previous },
      { etiqueta: 'Salidas', color: PALETTE.current },
    ],
    plot: rows.some((row) => row.promedio !== null)
      ? (document, width) => {
          const spec = weekdayChart(rows, { document, width, series: [...series] });
          const tip = Plot.tip(
            rows.filter((row) => row.promedio !== null),
            Plot.pointerX({
              fx: 'dia',
              x: 'serie',
              y: 'promedio',
              title: (row: WeekdayDatum) => `${DAYS[row.dia - 1]}, ${row.serie.toLowerCase()}: ${formatCount(Math.round(row.promedio!))} por día`,
            }),
          );
          return withMarks(spec, tip);
        }
      : null,
    tabla: {
      columnas: [
        { titulo: 'Día' },
        { titulo: 'Entradas (total)', numerica: true },
        { titulo: 'Entradas por día', numerica: true },
        { titulo: 'Salidas (total)', numerica: true },
        { titulo: 'Salidas por día', numerica: true },
      ],
      filas: table,
    },
  };
}
