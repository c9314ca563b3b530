import * as Plot from '@observablehq/plot';
import { percentLabel } from '../../../presentation/format/number-format.js';
import { sparklineChart, type SparkDatum } from '../../../presentation/charts/sparkline-chart.js';
import { targetAttainmentChart } from '../../../presentation/charts/target-attainment-chart.js';
import { chartFigure, type FigureSpec } from '../components/chart-figure.js';
import { h } from '../components/dom.js';
import { kpiCard } from '../components/kpi-card.js';
import type { PageRenderer } from '../components/page-section.js';
import { pageSection } from '../components/page-section.js';
import { withMarks } from '../../../presentation/charts/screen-spec.js';
import { cifraText, cifraValue, formatCount, shareText, SUPPRESSED } from '../data/figures.js';
import { addMonths, monthsOf, sameSpan, spanLabel, spanText } from '../data/period-months.js';
import type { Compared, PageContext } from '../page-context.js';
import type { HeadlineMeasure, TargetDatum } from '../../data/site-data.js';
import { SYMBOLS } from '../../../presentation/format/symbols.js';
import { shortMonth } from '../../../presentation/format/period-labels.js';

const SPARK_MONTHS = 24;

function measureFigure(context: PageContext, measure: HeadlineMeasure): Compared {
  return context.compare(measure.cubo, measure.filtro, { sexo: true }, measure.cuadro ? { name: measure.cuadro, codigo: 'total' } : undefined);
}

/** Returns what a target counts: its measure's figure, or only the codes of its `filtro`. */
function targetFigure(context: PageContext, measure: HeadlineMeasure | undefined, target: TargetDatum, figures: ReadonlyMap<string, Compared>): Compared | undefined {
  if (!measure) return undefined;
  return target.filtro ? context.compare(measure.cubo, { ...measure.filtro, ...target.filtro }, { sexo: true }) : figures.get(target.medida);
}

function sparkline(context: PageContext, measure: HeadlineMeasure): FigureSpec {
  const cube = context.cubes[measure.cubo];
  const hasta = context.state.periodo.hasta;
  const months = monthsOf({ desde: addMonths(hasta, -(SPARK_MONTHS - 1)), hasta });
  const series = cube.monthly(context.filter(cube, { desde: months[0], hasta }, measure.filtro), months);
  const rows: SparkDatum[] = months.map((mes) => ({ mes, cantidad: cifraValue(series.get(mes) ?? null) }));
  const suppressed = months.filter((mes) => series.get(mes) === SUPPRESSED).length;
  return {
    titulo: `${measure.nombre}: últimos ${SPARK_MONTHS} meses`,
    unidades: 'cantidad por mes',
    fuente: context.source(cube.fuente),
    nota: suppressed ? `${suppressed} meses con cifra suprimida (sin barra).` : undefined,
    plot: rows.some((row) => row.cantidad !== null)
      ? (document, width) => {
          const spec = sparklineChart(rows, { document, width, height: 64, highlight: hasta });
          const tip = Plot.tip(
            rows.filter((row) => row.cantidad !== null),
            Plot.pointerX({ x: 'mes', y: 'cantidad', title: (row: SparkDatum) => `${shortMonth(row.mes)}: ${formatCount(row.cantidad!)}` }),
          );
          return withMarks(spec, tip);
        }
      : null,
    tabla: { columnas: [{ titulo: 'Mes' }, { titulo: 'Cantidad', numerica: true }], filas: months.map((mes) => [shortMonth(mes), cifraText(series.get(mes) ?? null)]) },
  };
}

/** The Resumen: each headline figure against the comparison period and the edition's targets, with its last 24 months. */
export const resumenPage: PageRenderer = (context) => {
  const { state, data } = context;
  const editionPeriod = { desde: data.edicion.desde, hasta: data.edicion.hasta };
  const targetsApply = sameSpan(state.periodo, editionPeriod) && !state.sexo;
  const figures = new Map(data.medidas.map((measure) => [measure.clave, measureFigure(context, measure)]));
  const cards = data.medidas.map((measure) => {
    const figure = figures.get(measure.clave)!;
    const target = data.metas.find((candidate) => candidate.medida === measure.clave);
    const achieved = target ? (targetFigure(context, measure, target, figures)?.actual ?? null) : null;
    const extra: string[] = [];
    if (context.sexUnknown(measure.cubo)) extra.push('La fuente no registra el sexo de las personas: no hay cifra por sexo.');
    if (target && targetsApply)
      extra.push(`Meta del periodo${target.filtro ? ` (${target.descripcion.toLowerCase()})` : ''}: ${formatCount(target.meta)} · alcanzado: ${shareText(achieved, target.meta)}`);
    else if (target) extra.push(`Meta de la edición (${spanLabel(editionPeriod)}, ambos sexos): ${formatCount(target.meta)}`);
    const spark = chartFigure(sparkline(context, measure));
    spark.classList.add('mini');
    return kpiCard({ titulo: measure.nombre, actual: figure.actual, anterior: figure.anterior, periodLabels: context.periodLabels, extra, grafico: spark });
  });

  const attained = data.metas.flatMap((target) => {
    const value = targetFigure(
      context,
      data.medidas.find((measure) => measure.clave === target.medida),
      target,
      figures,
    )?.actual;
    const nombre = data.medidas.find((measure) => measure.clave === target.medida)?.nombre ?? target.descripcion;
    return typeof value === 'number' && target.meta > 0 ? [{ target, nombre, value, porcentaje: (value / target.meta) * 100 }] : [];
  });
  const targetsFigure: FigureSpec | null =
    data.metas.length === 0
      ? null
      : {
          titulo: `Cumplimiento de las metas institucionales, ${spanLabel(state.periodo)}`,
          unidades: 'porcentaje de la meta del periodo',
          fuente: `metas de la edición (Plan institucional); cifras: ${context.source(...new Set(data.medidas.filter((measure) => data.metas.some((target) => target.medida === measure.clave)).map((measure) => context.cubes[measure.cubo].fuente)))}`,
          vacio: targetsApply ? undefined : `Las metas son del periodo de la edición (${spanText(editionPeriod)}) y de ambos sexos: elija ese periodo y «Ambos» para compararlas.`,
          plot:
            targetsApply && attained.length
              ? (document, width) => {
                  const rows = attained.map((item) => ({ indicador: item.nombre, porcentaje: item.porcentaje, etiqueta: percentLabel(item.porcentaje) }));
                  const longest = Math.max(...rows.map((row) => row.indicador.length));
                  const spec = { ...targetAttainmentChart(rows, { document, width }), marginLeft: Math.min(180, Math.round(Math.min(longest, 30) * 5.2) + 12) };
                  const tip = Plot.tip(
                    attained,
                    Plot.pointerY({
                      x: 'porcentaje',
                      y: (item: (typeof attained)[number]) => item.nombre,
                      title: (item: (typeof attained)[number]) => `${item.target.descripcion}\n${formatCount(item.value)} de ${formatCount(item.target.meta)} (${percentLabel(item.porcentaje)})`,
                    }),
                  );
                  return withMarks(spec, tip);
                }
              : null,
          tabla: {
            columnas: [{ titulo: 'Meta' }, { titulo: 'Meta del periodo', numerica: true }, { titulo: 'Logrado', numerica: true }, { titulo: '% de la meta', numerica: true }],
            filas: data.metas.map((target) => {
              const value = targetsApply
                ? (targetFigure(
                    context,
                    data.medidas.find((measure) => measure.clave === target.medida),
                    target,
                    figures,
                  )?.actual ?? null)
                : null;
              return [target.descripcion, formatCount(target.meta), cifraText(value), targetsApply ? shareText(value, target.meta) : SYMBOLS.notApplicable];
            }),
          },
        };

  const intro = h(
    'p',
    { class: 'intro' },
    `Periodo del informe: ${spanText(state.periodo)}, comparado con ${spanText(state.comparacion)}.`,
    state.sexo ? ` Solo personas de sexo ${state.sexo === 'F' ? 'femenino' : 'masculino'} (donde la fuente lo registra).` : '',
  );
  return {
    filtros: { periodo: true, sexo: true },
    contenido: [intro, pageSection('Cifras principales', null, ...cards), targetsFigure ? pageSection('Metas institucionales', null, targetsFigure) : null],
  };
};
