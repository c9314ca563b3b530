import { comparisonFigure } from '../components/comparison-figure.js';
import { h } from '../components/dom.js';
import { kpiCard } from '../components/kpi-card.js';
import { monthlyFigure } from '../components/monthly-figure.js';
import { pageSection, type PageRenderer } from '../components/page-section.js';
import { suppressionNote } from '../components/suppression-note.js';
import { cifraValue, SUPPRESSED } from '../data/figures.js';
import type { MonthSpan } from '../data/period-months.js';
import type { PageContext } from '../page-context.js';

function returnedSection(context: PageContext): HTMLElement | null {
  const cube = context.cubes.retornados;
  if (!cube) return null;
  const unidades = 'personas retornadas';
  const fuente = `${context.source(cube.fuente, 'cuadros_memoria')}`;
  const bySex = (['F', 'M'] as const).map((sexo) => {
    // The Memoria's table publishes the period by sex where the monthly cells do not add up publicly.
    const figure = (span: MonthSpan) => {
      const sum = cube.sum({ ...context.filter(cube, span, {}, {}), sexo: [sexo] });
      return sum === SUPPRESSED ? context.cuadroFigure('retornados_via', 'total', span, sexo) ?? sum : sum;
    };
    return { categoria: context.label('sexo', sexo), actual: figure(context.state.periodo), anterior: figure(context.state.comparacion) };
  });
  return pageSection('Personas retornadas', null,
    comparisonFigure(context, {
      titulo: 'Personas retornadas por vía', unidades, fuente, total: context.compare('retornados', {}, { sexo: true }, { name: 'retornados_via', codigo: 'total' }),
      filas: [...context.compareBy('retornados', 'via', {}, { sexo: true }, 'retornados_via')].map(([code, figure]) => ({ categoria: context.label('via_retorno', code), ...figure })),
    }),
    comparisonFigure(context, { titulo: 'Personas retornadas por sexo', unidades, fuente, filas: bySex, nota: context.ignoredFilters({ sexo: false }) }),
    comparisonFigure(context, {
      titulo: 'Personas retornadas por grupo de edad', unidades, fuente: context.source(cube.fuente), labelWidth: 22,
      filas: [...context.compareBy('retornados', 'grupo_edad')].map(([code, figure]) => ({ categoria: context.label('grupo_edad', code), ...figure })),
    }),
    monthlyFigure(context, { titulo: 'Personas retornadas por mes', unidades, cubo: 'retornados' }),
  );
}

function referralSection(context: PageContext): HTMLElement | null {
  const cube = context.cubes.derivaciones;
  if (!cube) return null;
  const unidades = 'derivaciones';
  return pageSection('Derivaciones a instituciones de apoyo', null,
    comparisonFigure(context, {
      titulo: 'Derivaciones de personas retornadas por institución', unidades, fuente: context.source(cube.fuente, 'cuadros_memoria'), labelWidth: 26,
      total: context.compare('derivaciones', {}, { sexo: true }, { name: 'derivaciones_institucion', codigo: 'total' }),
      filas: [...context.compareBy('derivaciones', 'institucion', {}, { sexo: true }, 'derivaciones_institucion')]
        .map(([code, figure]) => ({ categoria: context.data.cuadros.find((row) => row.cuadro === 'derivaciones_institucion' && row.codigo === code)?.categoria ?? context.label('institucion', code), ...figure })),
    }),
    monthlyFigure(context, { titulo: 'Derivaciones por mes', unidades, cubo: 'derivaciones' }),
  );
}

function shelterSection(context: PageContext): HTMLElement | null {
  const cube = context.cubes.resguardos;
  if (!cube) return null;
  const figure = context.compare('resguardos');
  const byCountry = [...context.compareBy('resguardos', 'nacionalidad')]
    .filter(([, compared]) => compared.actual !== 0 || compared.anterior !== 0)
    .map(([code, compared]) => ({ categoria: context.label('pais', code), ...compared }))
    .sort((a, b) => (cifraValue(b.actual) ?? -1) - (cifraValue(a.actual) ?? -1));
  return pageSection('CAIPEM: personas extranjeras resguardadas',
    'El Centro de Atención Integral para Personas Extranjeras (CAIPEM) resguarda a personas extranjeras mientras se resuelve su situación migratoria.',
    h('div', { class: 'tarjetas' }, kpiCard({ titulo: 'Personas resguardadas en el periodo', actual: figure.actual, anterior: figure.anterior, periodLabels: context.periodLabels })),
    comparisonFigure(context, { titulo: 'Personas resguardadas por nacionalidad', unidades: 'personas resguardadas', fuente: context.source(cube.fuente), filas: byCountry, labelWidth: 20 }),
    monthlyFigure(context, { titulo: 'Personas resguardadas por mes', unidades: 'personas resguardadas', cubo: 'resguardos' }),
  );
}

/** Retornados y atención: returns by vía, sex and age group, referrals by institution, the CAIPEM; every suppressed figure shown as such. */
export const retornadosPage: PageRenderer = (context) => ({
  filtros: { periodo: true, sexo: true },
  contenido: [
    suppressionNote(context.data.edicion.umbral),
    returnedSection(context),
    referralSection(context),
    shelterSection(context),
  ],
});
