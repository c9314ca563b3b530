import { comparisonFigure } from '../components/comparison-figure.js';
import { h } from '../components/dom.js';
import { monthlyFigure } from '../components/monthly-figure.js';
import { pageSection, type PageRenderer } from '../components/page-section.js';
import { summaryLine } from '../components/summary-line.js';
import { addCifras, cifraValue } from '../data/figures.js';
import type { PageContext } from '../page-context.js';
import { weekdayFigure } from './weekday-figure.js';

const TOP_NATIONALITIES = 15;
const FLOW = { sexo: true, puesto: true } as const;

/** Returns a border post's name short enough for a chart's axis (`Aeropuerto San Óscar Arnulfo Romero`). */
function postLabel(context: PageContext, post: string): string {
  return context
    .label('puesto', post)
    .replace(/^Aeropuerto Internacional de (El Salvador )?/, 'Aeropuerto ')
    .replace(/ y Galdámez$/, '');
}

function viaOf(context: PageContext, post: string): string {
  return context.list('puesto').find((item) => item.codigo === post)?.grupo ?? '';
}

function nationalityFigure(context: PageContext) {
  const cube = context.cubes.flujo_nacionalidad;
  const byCountry = cube ? [...context.compareBy('flujo_nacionalidad', 'nacionalidad', {}, FLOW)] : [];
  const sent = byCountry.filter(([, figure]) => (cifraValue(figure.actual) ?? 0) + (cifraValue(figure.anterior) ?? 0) > 0);
  if (sent.length === 0) return h('p', { class: 'nota' }, 'La fuente del flujo migratorio no envió la nacionalidad de las personas en estos periodos.');
  const ranked = sent.sort((a, b) => (cifraValue(b[1].actual) ?? -1) - (cifraValue(a[1].actual) ?? -1));
  const rest = ranked.slice(TOP_NATIONALITIES);
  return comparisonFigure(context, {
    titulo: 'Entradas y salidas por nacionalidad (donde la fuente la envió)',
    unidades: 'movimientos migratorios',
    fuente: context.source(cube!.fuente),
    total: true,
    filas: [
      ...ranked.slice(0, TOP_NATIONALITIES).map(([code, figure]) => ({ categoria: context.label('pais', code), ...figure })),
      ...(rest.length
        ? [{ categoria: `Otras ${rest.length} nacionalidades`, actual: addCifras(rest.map(([, figure]) => figure.actual)), anterior: addCifras(rest.map(([, figure]) => figure.anterior)) }]
        : []),
    ],
  });
}

/** Flujo migratorio: entries and exits by vía and border post, monthly and by day of week, nationality where sent, prechequeo. */
export const flujoPage: PageRenderer = (context) => {
  const cube = context.cubes.flujo;
  if (!cube) return { filtros: { periodo: true }, contenido: [h('p', {}, 'La edición no publica el flujo migratorio.')] };
  const unidades = 'movimientos migratorios (entradas y salidas)';
  const fuente = context.source(cube.fuente);
  const byPost = context.compareBy('flujo', 'puesto', {}, FLOW);
  const vias = [
    ...new Set(
      context
        .list('puesto')
        .filter((post) => byPost.has(post.codigo))
        .map((post) => post.grupo ?? ''),
    ),
  ];
  const postTitle = context.state.puesto ? `: ${postLabel(context, context.state.puesto)}` : '';
  const prechequeo = context.cubes.prechequeo;
  return {
    filtros: { periodo: true, sexo: true, puesto: true },
    contenido: [
      pageSection(
        'Entradas y salidas',
        summaryLine(
          context,
          context.compare('flujo', {}, FLOW, { name: 'flujo_direccion', codigo: 'total' }),
          `movimientos migratorios${context.state.puesto ? ` (${postLabel(context, context.state.puesto)})` : ''}`,
        ),
        comparisonFigure(context, {
          titulo: `Movimientos por dirección${postTitle}`,
          unidades,
          fuente,
          total: true,
          filas: [...context.compareBy('flujo', 'direccion', {}, FLOW, context.state.puesto ? undefined : 'flujo_direccion')].map(([code, figure]) => ({
            categoria: context.label('direccion', code),
            ...figure,
          })),
        }),
        comparisonFigure(context, {
          titulo: `Movimientos por vía${postTitle}`,
          unidades,
          fuente,
          total: true,
          filas: vias.map((via) => {
            const posts = [...byPost].filter(([post]) => viaOf(context, post) === via);
            return { categoria: context.label('via_flujo', via), actual: addCifras(posts.map(([, figure]) => figure.actual)), anterior: addCifras(posts.map(([, figure]) => figure.anterior)) };
          }),
        }),
        comparisonFigure(context, {
          titulo: 'Movimientos por puesto fronterizo',
          unidades,
          fuente,
          total: true,
          labelWidth: 24,
          nota: context.state.puesto ? 'Este gráfico muestra todos los puestos; el filtro de puesto se aplica a los demás.' : undefined,
          filas: [...context.compareBy('flujo', 'puesto', {}, { sexo: true })].map(([code, figure]) => ({ categoria: postLabel(context, code), ...figure })),
        }),
      ),
      pageSection(
        'Tendencia mensual',
        null,
        monthlyFigure(context, { titulo: `Entradas por mes${postTitle}`, unidades: 'entradas', cubo: 'flujo', filtro: { direccion: ['entrada'] }, applies: FLOW }),
        monthlyFigure(context, { titulo: `Salidas por mes${postTitle}`, unidades: 'salidas', cubo: 'flujo', filtro: { direccion: ['salida'] }, applies: FLOW }),
        weekdayFigure(context) ?? h('p', { class: 'nota' }, 'El flujo por día de la semana no está disponible en esta edición.'),
      ),
      pageSection('Nacionalidad', null, nationalityFigure(context)),
      prechequeo
        ? pageSection(
            'Prechequeo y control móvil',
            null,
            comparisonFigure(context, {
              titulo: `Prechequeos, autorizaciones de salida de NNA y controles móviles${postTitle}`,
              unidades: 'personas y controles',
              fuente: context.source(prechequeo.fuente),
              labelWidth: 24,
              filas: [...context.compareBy('prechequeo', 'tipo', {}, FLOW)].map(([code, figure]) => ({ categoria: context.label('tipo_prechequeo', code), ...figure })),
            }),
          )
        : null,
    ],
  };
};
