import type { FigureSpec } from '../components/chart-figure.js';
import { comparisonFigure, type ComparedRow } from '../components/comparison-figure.js';
import { monthlyFigure } from '../components/monthly-figure.js';
import { pageSection, type PageRenderer } from '../components/page-section.js';
import { summaryLine } from '../components/summary-line.js';
import { addCifras, cifraValue } from '../data/figures.js';
import type { PageContext } from '../page-context.js';
import { sexSplitFigure } from './sex-split-figure.js';

/** Consulates shown one by one; the others are added up in one bar. */
const TOP_CONSULATES = 12;

/** Returns the rows of a cube by a dimension, labelled from a code list. */
function rowsBy(context: PageContext, cube: string, dim: string, list: string, cuadro?: string): ComparedRow[] {
  return [...context.compareBy(cube, dim, {}, { sexo: true }, cuadro)].map(([code, figure]) => ({ categoria: context.label(list, code), ...figure }));
}

function passportSection(context: PageContext): HTMLElement | null {
  const cube = context.cubes.pasaportes;
  if (!cube) return null;
  const byOffice = context.compareBy('pasaportes', 'oficina');
  const group = (code: string) => context.list('oficina').find((office) => office.codigo === code)?.grupo ?? 'sucursal';
  const branches = [...byOffice].filter(([code]) => group(code) === 'sucursal');
  const consulates = [...byOffice].filter(([code]) => group(code) === 'consulado');
  const sum = (rows: typeof consulates) => ({ actual: addCifras(rows.map(([, figure]) => figure.actual)), anterior: addCifras(rows.map(([, figure]) => figure.anterior)) });
  const ranked = [...consulates].sort((a, b) => (cifraValue(b[1].actual) ?? -1) - (cifraValue(a[1].actual) ?? -1));
  const officeNote = context.state.oficina ? 'Estos gráficos muestran todas las oficinas; el filtro de oficina se aplica a la serie mensual.' : undefined;
  const unidades = 'pasaportes emitidos';
  const figures: FigureSpec[] = [
    comparisonFigure(context, {
      titulo: 'Pasaportes emitidos por sucursal y en consulados',
      unidades,
      fuente: context.source(cube.fuente),
      total: true,
      nota: officeNote,
      filas: [...branches.map(([code, figure]) => ({ categoria: context.label('oficina', code), ...figure })), { categoria: 'Consulados (todos)', ...sum(consulates) }],
    }),
    comparisonFigure(context, {
      titulo: 'Pasaportes emitidos en consulados',
      unidades,
      fuente: context.source(cube.fuente),
      total: true,
      nota: officeNote,
      labelWidth: 20,
      filas: [
        ...ranked.slice(0, TOP_CONSULATES).map(([code, figure]) => ({ categoria: context.label('oficina', code), ...figure })),
        ...(ranked.length > TOP_CONSULATES ? [{ categoria: `Otros ${ranked.length - TOP_CONSULATES} consulados`, ...sum(ranked.slice(TOP_CONSULATES)) }] : []),
      ],
    }),
    monthlyFigure(context, {
      titulo: `Pasaportes emitidos por mes${context.state.oficina ? `: ${context.label('oficina', context.state.oficina)}` : ''}`,
      unidades,
      cubo: 'pasaportes',
      applies: { sexo: true, oficina: true },
    }),
  ];
  const office = context.state.oficina ? ` (${context.label('oficina', context.state.oficina)})` : '';
  return pageSection(
    'Pasaportes',
    summaryLine(context, context.compare('pasaportes', {}, { sexo: true, oficina: true }, { name: 'pasaportes_oficina', codigo: 'total' }), `${unidades}${office}`),
    ...figures,
  );
}

function serviceSection(context: PageContext, options: { titulo: string; cubo: string; dim: string; lista: string; unidades: string; porCategoria: string; cuadro?: string }): HTMLElement | null {
  const cube = context.cubes[options.cubo];
  if (!cube) return null;
  return pageSection(
    options.titulo,
    summaryLine(context, context.compare(options.cubo, {}, { sexo: true }, options.cuadro ? { name: options.cuadro, codigo: 'total' } : undefined), options.unidades),
    comparisonFigure(context, {
      titulo: `${options.porCategoria}${options.cuadro ? context.memoriaTable(options.cuadro) : ''}`,
      unidades: options.unidades,
      fuente: context.source(cube.fuente),
      total: true,
      filas: rowsBy(context, options.cubo, options.dim, options.lista, options.cuadro),
      labelWidth: 22,
    }),
    monthlyFigure(context, { titulo: `${options.titulo} por mes`, unidades: options.unidades, cubo: options.cubo }),
  );
}

/** Servicios: passports by office and consulate, residencias by calidad, visas, nationality, certifications, border-transit cards, the Escuela Migratoria's courses; monthly trends; split by sex. */
export const serviciosPage: PageRenderer = (context) => ({
  filtros: { periodo: true, sexo: true, oficina: true },
  contenido: [
    passportSection(context),
    serviceSection(context, {
      titulo: 'Residencias',
      cubo: 'residencias',
      dim: 'calidad',
      lista: 'calidad',
      unidades: 'resoluciones de residencia',
      porCategoria: 'Resoluciones de residencia por calidad migratoria',
      cuadro: 'residencias_calidad',
    }),
    serviceSection(context, {
      titulo: 'Visas y prórrogas',
      cubo: 'visas',
      dim: 'tramite',
      lista: 'tramite_visa',
      unidades: 'trámites resueltos',
      porCategoria: 'Visas, prórrogas y avales PEI por trámite',
    }),
    serviceSection(context, {
      titulo: 'Nacionalidad',
      cubo: 'nacionalidad',
      dim: 'tramite',
      lista: 'tramite_nacionalidad',
      unidades: 'resoluciones de nacionalidad',
      porCategoria: 'Resoluciones de nacionalidad por trámite',
      cuadro: 'nacionalidad_tramite',
    }),
    serviceSection(context, {
      titulo: 'Certificaciones y constancias',
      cubo: 'certificaciones',
      dim: 'tipo',
      lista: 'tipo_certificacion',
      unidades: 'documentos emitidos',
      porCategoria: 'Certificaciones y constancias por tipo',
    }),
    serviceSection(context, {
      titulo: 'Carnés de tránsito vecinal fronterizo',
      cubo: 'carnets',
      dim: 'tipo',
      lista: 'tipo_carnet',
      unidades: 'carnés emitidos',
      porCategoria: 'Carnés de tránsito vecinal fronterizo por trámite',
    }),
    serviceSection(context, {
      titulo: 'Escuela Migratoria',
      cubo: 'capacitaciones',
      dim: 'curso',
      lista: 'curso',
      unidades: 'participaciones en cursos',
      porCategoria: 'Participaciones en los cursos de la Escuela Migratoria por curso',
    }),
    pageSection(
      'Mujeres y hombres',
      null,
      sexSplitFigure(context, 'Trámites por sexo de la persona', [
        { categoria: 'Pasaportes', cubo: 'pasaportes' },
        { categoria: 'Residencias', cubo: 'residencias' },
        { categoria: 'Visas y prórrogas', cubo: 'visas' },
        { categoria: 'Nacionalidad', cubo: 'nacionalidad' },
        { categoria: 'Certificaciones', cubo: 'certificaciones' },
        { categoria: 'Carnés de tránsito vecinal', cubo: 'carnets' },
        { categoria: 'Participaciones en cursos', cubo: 'capacitaciones' },
      ]),
    ),
  ],
});
