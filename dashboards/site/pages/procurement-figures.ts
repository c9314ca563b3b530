import * as Plot from '@observablehq/plot';
import { categoryBarChart, type CategoryDatum } from '../../../presentation/charts/category-bar-chart.js';
import { withMarks } from '../../../presentation/charts/screen-spec.js';
import { formatCount, NO_FIGURE } from '../../../presentation/format/number-format.js';
import { spanLabel } from '../data/period-months.js';
import type { ProcurementData } from '../../data/site-data.js';
import type { FigureSpec } from '../components/chart-figure.js';
import { centsMoney } from '../data/budget-execution.js';
import type { PageContext } from '../page-context.js';

/** `compras_estado_ejecucion.estado`: the Memoria's own grouping of processes, not a code list of the sources. */
const EXECUTION_STATES: Readonly<Record<string, string>> = { ejecutados: 'ejecutados', en_ejecucion: 'en ejecución' };

const money = (cents: number | null) => (cents === null ? NO_FIGURE : centsMoney(cents));
const sum = (values: readonly (number | null)[]) => (values.some((value) => value === null) ? null : values.reduce((total: number, value) => total + value!, 0));
const stretchesOf = (rows: readonly { ejercicio: number; desde: string; hasta: string }[]) => [...new Map(rows.map((row) => [`${row.desde}_${row.hasta}`, row])).values()];

/** Processes and amounts by quarter (`compras_trimestral`): one bar per quarter. */
export function quarterFigure(context: PageContext, compras: ProcurementData): FigureSpec {
  const quarters = [...new Set(compras.trimestral.map((row) => row.trimestre))].sort();
  const totals = quarters.map((quarter) => {
    const rows = compras.trimestral.filter((row) => row.trimestre === quarter);
    return { trimestre: quarter, span: { desde: rows[0]!.desde, hasta: rows[0]!.hasta }, procesos: rows.reduce((total, row) => total + row.procesos, 0), monto: sum(rows.map((row) => row.monto)) };
  });
  const bars: CategoryDatum[] = totals.map((row) => ({ etiqueta: `${row.trimestre.replace('-T', ' T')} (${spanLabel(row.span)})`, valor: row.procesos }));
  return {
    titulo: 'Procesos de compra por trimestre',
    unidades: 'procesos de compra',
    fuente: context.source('compras_trimestral'),
    plot: bars.length
      ? (document, width) =>
          withMarks(
            categoryBarChart(bars, { document, width, format: formatCount, labelWidth: 28 }),
            Plot.tip(bars, Plot.pointerY({ x: 'valor', y: 'etiqueta', title: (row: CategoryDatum) => `${row.etiqueta}\n${formatCount(row.valor)} procesos` })),
          )
      : null,
    tabla: {
      columnas: [{ titulo: 'Trimestre' }, { titulo: 'Procesos', numerica: true }, { titulo: 'Monto (US$)', numerica: true }],
      filas: totals.map((row, index) => [bars[index]!.etiqueta, formatCount(row.procesos), money(row.monto)]),
    },
  };
}

/** Amounts by procurement method over the edition's fiscal stretches (`compras_metodo`, the Memoria's Tablas of processes by method). */
export function methodFigure(context: PageContext, compras: ProcurementData): FigureSpec {
  const stretches = stretchesOf(compras.metodo);
  const methods = [...new Set(compras.metodo.map((row) => row.metodo))];
  const byMethod = methods
    .map((metodo) => {
      const rows = compras.metodo.filter((row) => row.metodo === metodo);
      return { metodo, rows, procesos: rows.reduce((total, row) => total + row.procesos, 0), monto: sum(rows.map((row) => row.monto)) };
    })
    .sort((a, b) => (b.monto ?? 0) - (a.monto ?? 0));
  const bars: CategoryDatum[] = byMethod.filter((row) => row.monto !== null && row.monto > 0).map((row) => ({ etiqueta: context.label('metodo', row.metodo), valor: row.monto! / 100 }));
  return {
    titulo: `Monto de los procesos de compra por método de adquisición, ${stretches.map((stretch) => spanLabel(stretch)).join(' y ')}`,
    unidades: 'dólares (US$)',
    fuente: context.source('compras_metodo'),
    plot: bars.length
      ? (document, width) =>
          withMarks(
            categoryBarChart(bars, { document, width, format: (value) => centsMoney(Math.round(value * 100)).replace(/\.\d\d$/, ''), labelWidth: 26 }),
            Plot.tip(bars, Plot.pointerY({ x: 'valor', y: 'etiqueta', title: (row: CategoryDatum) => `${row.etiqueta}\n${centsMoney(Math.round(row.valor * 100))}` })),
          )
      : null,
    vacio: 'Ningún proceso de compra con monto en el periodo de la edición.',
    nota: 'Sin barra: métodos sin procesos o sin monto en el periodo (están en la tabla).',
    tabla: {
      columnas: [
        { titulo: 'Método de adquisición' },
        ...stretches.flatMap((stretch) => [
          { titulo: `Procesos ${spanLabel(stretch)}`, numerica: true },
          { titulo: `Monto ${spanLabel(stretch)} (US$)`, numerica: true },
        ]),
        { titulo: 'Procesos', numerica: true },
        { titulo: 'Monto (US$)', numerica: true },
      ],
      filas: byMethod.map((row) => [
        context.label('metodo', row.metodo),
        ...stretches.flatMap((stretch) => {
          const cell = row.rows.find((candidate) => candidate.desde === stretch.desde && candidate.hasta === stretch.hasta);
          return [cell ? formatCount(cell.procesos) : NO_FIGURE, cell ? money(cell.monto) : NO_FIGURE];
        }),
        formatCount(row.procesos),
        money(row.monto),
      ]),
    },
  };
}

/** Processes by item and stage (`compras_nivel_ejecucion`) for each fiscal stretch, as the Memoria's Tablas of execution level. */
export function stageFigure(context: PageContext, compras: ProcurementData): FigureSpec {
  const stretches = stretchesOf(compras.nivel);
  const rows = compras.nivel;
  return {
    titulo: 'Procesos de compra por rubro y etapa',
    unidades: 'procesos de compra',
    fuente: context.source('compras_nivel_ejecucion', 'compras_estado_ejecucion'),
    plot: null,
    soloTabla: true,
    nota: compras.estado.map((row) => `${spanLabel(row)}: ${formatCount(row.procesos)} procesos ${EXECUTION_STATES[row.estado] ?? row.estado} (${money(row.monto)}).`).join(' '),
    tabla: {
      columnas: [{ titulo: 'Tramo' }, { titulo: 'Rubro' }, ...compras.etapas.map((stage) => ({ titulo: context.label('estado', stage), numerica: true })), { titulo: 'Procesos', numerica: true }],
      filas: stretches.flatMap((stretch) =>
        rows
          .filter((row) => row.desde === stretch.desde && row.hasta === stretch.hasta)
          .map((row) => [spanLabel(stretch), context.label('rubro', row.rubro), ...compras.etapas.map((stage) => formatCount(row.etapas[stage] ?? 0)), formatCount(row.procesos)]),
      ),
    },
  };
}
