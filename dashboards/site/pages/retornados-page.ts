import { comparisonFigure } from '../components/comparison-figure.js';
import { h } from '../components/dom.js';
import { kpiCard } from '../components/kpi-card.js';
import { monthlyFigure } from '../components/monthly-figure.js';
import { pageSection, type PageRenderer } from '../components/page-section.js';
import { suppressionNote } from '../components/suppression-note.js';
import { addCifras, cifraValue, cifraWords, SUPPRESSED, type Cifra } from '../data/figures.js';
import { addMonths, monthsOf, spanLabel, type MonthSpan } from '../data/period-months.js';
import type { PageContext } from '../page-context.js';

/** Returns a coarse grid's figure as the dashboards show it: null (suppressed) becomes the suppressed mark. */
const cifra = (value: number | null): Cifra => (value === null ? SUPPRESSED : value);

/** Returns the calendar quarters (`AAAA-Tn`) whose three months all fall inside the span. */
function quartersOf(span: MonthSpan): string[] {
  const months = new Set(monthsOf(span));
  return monthsOf(span)
    .filter((month) => (Number(month.slice(5, 7)) - 1) % 3 === 0 && months.has(addMonths(month, 2)))
    .map((month) => `${month.slice(0, 4)}-T${(Number(month.slice(5, 7)) + 2) / 3}`);
}

/** Returned children and adolescents by quarter of the reporting period against the same quarter a year earlier. */
function childrenByQuarter(context: PageContext) {
  const { nnaTrimestral, fuentes } = context.data.gruesas;
  const sexes = context.state.sexo ? [context.state.sexo] : ['M', 'F'];
  const figure = (quarter: string): Cifra => {
    const rows = nnaTrimestral.filter((row) => row.trimestre === quarter && sexes.includes(row.sexo));
    return rows.length === 0 ? 0 : addCifras(rows.map((row) => cifra(row.cantidad)));
  };
  const filas = quartersOf(context.state.periodo).map((quarter) => {
    const before = `${Number(quarter.slice(0, 4)) - 1}${quarter.slice(4)}`;
    return { categoria: `${quarter.slice(5)} ${quarter.slice(0, 4)} (frente a ${before.slice(5)} ${before.slice(0, 4)})`, actual: figure(quarter), anterior: figure(before) };
  });
  return comparisonFigure(context, {
    titulo: 'Niñas, niños y adolescentes retornados por trimestre',
    unidades: 'niñas, niños y adolescentes retornados',
    fuente: context.source(fuentes.nnaTrimestral),
    filas,
    labelWidth: 26,
    nota: filas.length
      ? 'Se publican por trimestre calendario: por mes, vía y país las cifras son pequeñas y se suprimen. Solo los trimestres completos dentro del periodo.'
      : 'El periodo no contiene ningún trimestre calendario completo; las cifras de niñas, niños y adolescentes se publican por trimestre.',
  });
}

function returnedSection(context: PageContext): HTMLElement | null {
  const cube = context.cubes.retornados;
  if (!cube) return null;
  const unidades = 'personas retornadas';
  const fuente = `${context.source(cube.fuente, 'cuadros_memoria')}`;
  const bySex = (['F', 'M'] as const).map((sexo) => {
    // The Memoria's table publishes the period by sex where the monthly cells do not add up publicly.
    const figure = (span: MonthSpan) => {
      const sum = cube.sum({ ...context.filter(cube, span, {}, {}), sexo: [sexo] });
      return sum === SUPPRESSED ? (context.cuadroFigure('retornados_via', 'total', span, sexo) ?? sum) : sum;
    };
    return { categoria: context.label('sexo', sexo), actual: figure(context.state.periodo), anterior: figure(context.state.comparacion) };
  });
  return pageSection(
    'Personas retornadas',
    null,
    comparisonFigure(context, {
      titulo: `Personas retornadas por vía${context.memoriaTable('retornados_via')}`,
      unidades,
      fuente,
      total: context.compare('retornados', {}, { sexo: true }, { name: 'retornados_via', codigo: 'total' }),
      filas: [...context.compareBy('retornados', 'via', {}, { sexo: true }, 'retornados_via')].map(([code, figure]) => ({ categoria: context.label('via_retorno', code), ...figure })),
    }),
    comparisonFigure(context, { titulo: 'Personas retornadas por sexo', unidades, fuente, filas: bySex, nota: context.ignoredFilters({ sexo: false }) }),
    childrenByQuarter(context),
    monthlyFigure(context, { titulo: 'Personas retornadas por mes', unidades, ...monthlyTotals('retornados') }),
  );
}

function referralSection(context: PageContext): HTMLElement | null {
  const cube = context.cubes.derivaciones;
  if (!cube) return null;
  const unidades = 'derivaciones';
  return pageSection(
    'Derivaciones a instituciones de apoyo',
    null,
    referredPeople(context),
    comparisonFigure(context, {
      titulo: `Derivaciones de personas retornadas por institución${context.memoriaTable('derivaciones_institucion')}`,
      unidades,
      fuente: context.source(cube.fuente, 'cuadros_memoria'),
      labelWidth: 26,
      total: context.compare('derivaciones', {}, { sexo: true }, { name: 'derivaciones_institucion', codigo: 'total' }),
      filas: [...context.compareBy('derivaciones', 'institucion', {}, { sexo: true }, 'derivaciones_institucion')].map(([code, figure]) => ({
        categoria: context.data.cuadros.find((row) => row.cuadro === 'derivaciones_institucion' && row.codigo === code)?.categoria ?? context.label('institucion', code),
        ...figure,
      })),
    }),
    monthlyFigure(context, { titulo: 'Derivaciones por mes', unidades, ...monthlyTotals('derivaciones') }),
  );
}

/**
 * The people behind the referrals (Tabla 22): distinct people per period, published only for the
 * edition's two periods and by sex; a person referred to several institutions counts once.
 */
function referredPeople(context: PageContext): HTMLElement {
  const { edicion } = context.data;
  const actual = { desde: edicion.desde, hasta: edicion.hasta };
  const anterior = { desde: edicion.desdeAnterior, hasta: edicion.hastaAnterior };
  const figure = (span: MonthSpan) => context.cuadroFigure('derivaciones_personas', 'total', span, context.state.sexo) ?? null;
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'resumen-seccion' },
      h('strong', {}, cifraWords(figure(actual))),
      ` personas distintas derivadas en ${spanLabel(actual)}${context.memoriaTable('derivaciones_personas')}, frente a ${cifraWords(figure(anterior))} en ${spanLabel(anterior)}. ` +
        'Una persona derivada a varias instituciones cuenta una vez; las derivaciones, que sí suman cada institución, siguen abajo. Estas dos cifras son las de los periodos de la edición.',
    ),
    h('p', { class: 'fuente' }, `Fuente: ${context.source('cuadros_memoria')}`),
  );
}

/** The monthly totals the reports print of a protected measure (whole, without the finer grid's suppressed cells); they do not follow the sex filter. */
const monthlyTotals = (medida: string) => ({ cubo: 'medidas_protegidas', filtro: { medida: [medida] }, applies: { sexo: false } });

/** Sheltered people by region of origin in the calendar year the period ends in, against the year before. */
function shelterByRegion(context: PageContext) {
  const { resguardosRegion, fuentes } = context.data.gruesas;
  const year = context.state.periodo.hasta.slice(0, 4);
  const previousYear = String(Number(year) - 1);
  const figure = (anio: string, region: string): Cifra => {
    const row = resguardosRegion.find((candidate) => candidate.anio === anio && candidate.region === region);
    return row ? cifra(row.cantidad) : 0;
  };
  const regions = [...new Set(resguardosRegion.filter((row) => row.anio === year || row.anio === previousYear).map((row) => row.region))];
  const filas = regions
    .map((region) => ({ categoria: context.label('region', region), actual: figure(year, region), anterior: figure(previousYear, region) }))
    .sort((a, b) => (cifraValue(b.actual) ?? -1) - (cifraValue(a.actual) ?? -1));
  return comparisonFigure(context, {
    titulo: `Personas resguardadas por región de origen, ${previousYear} y ${year}`,
    unidades: 'personas resguardadas',
    fuente: context.source(fuentes.resguardosRegion),
    filas,
    labelWidth: 22,
    etiquetas: [previousYear, year],
    nota:
      `Años calendario completos (${year} hasta el último mes con datos), no el periodo elegido: por nacionalidad y mes las cifras identificarían a pocas personas.` +
      (context.state.sexo ? ' No se desglosa por sexo.' : ''),
  });
}

function shelterSection(context: PageContext): HTMLElement | null {
  if (!context.cubes.medidas_protegidas) return null;
  const figure = context.compare('medidas_protegidas', { medida: ['resguardos'] }, { sexo: false });
  return pageSection(
    'CAIPEM: personas extranjeras resguardadas',
    'El Centro de Atención Integral para Personas Extranjeras (CAIPEM) resguarda a personas extranjeras mientras se resuelve su situación migratoria.',
    h('div', { class: 'tarjetas' }, kpiCard({ titulo: 'Personas resguardadas en el periodo', actual: figure.actual, anterior: figure.anterior, periodLabels: context.periodLabels })),
    shelterByRegion(context),
    monthlyFigure(context, { titulo: 'Personas resguardadas por mes', unidades: 'personas resguardadas', ...monthlyTotals('resguardos') }),
  );
}

/** Retornados y atención: returns by vía, sex and age group, referrals by institution, the CAIPEM; every suppressed figure shown as such. */
export const retornadosPage: PageRenderer = (context) => ({
  filtros: { periodo: true, sexo: true },
  contenido: [suppressionNote(context.data.edicion.umbral), returnedSection(context), referralSection(context), shelterSection(context)],
});
