import * as Plot from '@observablehq/plot';
import { pniAxisProgressChart, type AxisProgressDatum } from '../../../presentation/charts/pni-axis-progress-chart.js';
import { pniStatusMatrixChart, type StatusCellDatum } from '../../../presentation/charts/pni-status-matrix-chart.js';
import { NOT_STARTED, PNI_STATUSES, statusLabel } from '../../../presentation/pni/pni-statuses.js';
import { NO_FIGURE } from '../../../presentation/format/number-format.js';
import { SYMBOLS } from '../../../presentation/format/symbols.js';
import type { PniData, PniIndicator, PniProgressRow } from '../../data/site-data.js';
import type { FigureSpec } from '../components/chart-figure.js';
import { dataTable } from '../components/data-table.js';
import { h } from '../components/dom.js';
import { pageSection, type PageRenderer } from '../components/page-section.js';
import { withMarks } from '../../../presentation/charts/screen-spec.js';
import type { PageContext } from '../page-context.js';
import { toHash } from '../state/view-state.js';
import { statusBadge } from './pni-status-badge.js';
import { monthYear } from '../../../presentation/format/period-labels.js';
import { pniDecimal, pniPercent } from './pni-figures.js';

const legend = PNI_STATUSES.map((status) => ({ etiqueta: status.etiqueta, color: status.color }));
const source = (pni: PniData) => `DGME, seguimiento del PNI (${pni.fuente}; catálogo del PNI).`;

function axisFigure(context: PageContext, pni: PniData, year: number): FigureSpec {
  const rows: AxisProgressDatum[] = pni.ejes.flatMap((axis) =>
    PNI_STATUSES.map((status) => ({
      eje: `${axis.eje}. ${axis.nombre}`,
      estado: status.etiqueta,
      indicadores: pni.avance.filter((row) => row.eje === axis.eje && row.anio === year && row.estado === status.estado).length,
    })),
  );
  const axes = [...new Set(rows.map((row) => row.eje))];
  return {
    titulo: `Avance por eje, ${year}`,
    unidades: 'indicadores',
    fuente: source(pni),
    leyenda: legend,
    plot: (document, width) => {
      // On a narrow screen the axis is named by its number; the table gives its name.
      const named = width < 420 ? rows.map((row) => ({ ...row, eje: `Eje ${row.eje.split('.')[0]}` })) : rows;
      const spec = pniAxisProgressChart(named, { document, width });
      const tip = Plot.tip(
        named.filter((row) => row.indicadores > 0),
        Plot.pointerY(
          Plot.stackX({
            x: 'indicadores',
            y: 'eje',
            z: 'estado',
            order: PNI_STATUSES.map((status) => status.etiqueta),
            title: (row: AxisProgressDatum) => `${row.eje}\n${row.estado}: ${row.indicadores}`,
          }),
        ),
      );
      return withMarks(spec, tip);
    },
    tabla: {
      columnas: [{ titulo: 'Eje' }, ...PNI_STATUSES.map((status) => ({ titulo: status.etiqueta, numerica: true })), { titulo: 'Total', numerica: true }],
      filas: axes.map((axis) => {
        const counts = rows.filter((row) => row.eje === axis).map((row) => row.indicadores);
        return [axis, ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
      }),
    },
  };
}

function matrixFigure(context: PageContext, pni: PniData, years: number[]): FigureSpec {
  const axis = context.state.eje;
  const rows = pni.avance.filter((row) => axis === '' || String(row.eje) === axis);
  const cells: StatusCellDatum[] = rows.map((row) => ({ indicador: row.indicador, anio: row.anio, estado: statusLabel(row.estado) }));
  const indicators = [...new Set(rows.map((row) => row.indicador))];
  return {
    titulo: `Estado de cada indicador por año${axis === '' ? '' : `, eje ${axis}`}`,
    unidades: 'estado del indicador',
    fuente: source(pni),
    leyenda: legend,
    plot: cells.length
      ? (document, width) => {
          const spec = pniStatusMatrixChart(cells, { document, width, years });
          const tip = Plot.tip(
            rows,
            Plot.pointer({
              x: 'anio',
              y: 'indicador',
              title: (row: PniProgressRow) => `${row.indicador} (${row.anio})\n${statusLabel(row.estado)}\nMeta: ${pniDecimal(row.meta)} · Valor: ${pniDecimal(row.valor)}`,
            }),
          );
          return withMarks(spec, tip);
        }
      : null,
    tabla: {
      columnas: [{ titulo: 'Indicador' }, ...years.map((year) => ({ titulo: String(year) }))],
      filas: indicators.map((indicator) => [
        indicator,
        ...years.map((year) => {
          const row = rows.find((candidate) => candidate.indicador === indicator && candidate.anio === year);
          return row ? statusLabel(row.estado) : '';
        }),
      ]),
    },
  };
}

function select(id: string, label: string, value: string, options: readonly { value: string; label: string }[], onChange: (value: string) => void): HTMLElement {
  return h(
    'div',
    { class: 'campo' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
      options.map((option) => h('option', { value: option.value, selected: option.value === value }, option.label)),
    ),
  );
}

/** A table in its own sideways scroller, so that the controls above it stay in place on a phone. */
const scrollable = (table: HTMLElement) => h('div', { class: 'tabla-desplazable' }, table);

function institutionView(context: PageContext, pni: PniData, year: number): HTMLElement {
  const reports = pni.instituciones.filter((row) => row.anio === year);
  const chosen = context.state.institucion || reports.find((row) => row.institucion === 'dgme')?.institucion || reports[0]?.institucion || '';
  const own = pni.indicadores.filter((indicator) => indicator.responsables.includes(chosen));
  const latest = (indicator: string) => pni.avance.find((row) => row.indicador === indicator && row.anio === year);
  return h(
    'div',
    { class: 'vista-pni' },
    select(
      'institucion',
      'Institución responsable',
      chosen,
      reports.map((row) => ({ value: row.institucion, label: row.nombre })),
      (value) => context.navigate({ institucion: value }),
    ),
    // The status comes right after the indicator, so that a phone shows it without scrolling sideways.
    scrollable(
      dataTable(`Indicadores a cargo de ${context.label('institucion', chosen)}, ${year}`, {
        columnas: [{ titulo: 'Indicador' }, { titulo: 'Estado' }, { titulo: 'Meta', numerica: true }, { titulo: 'Valor', numerica: true }, { titulo: '% de la meta', numerica: true }],
        filas: own.map((indicator) => {
          const row = latest(indicator.indicador);
          return [
            `${indicator.indicador} · ${indicator.texto}`,
            row ? statusLabel(row.estado) : `Sin meta en ${year}`,
            pniDecimal(row?.meta ?? null),
            pniDecimal(row?.valor ?? null),
            pniPercent(row?.pct_meta ?? null),
          ];
        }),
      }),
    ),
    scrollable(
      dataTable(`Reportes de las instituciones, ${year}`, {
        columnas: [
          { titulo: 'Institución' },
          { titulo: 'A cargo', numerica: true },
          { titulo: 'Reportados', numerica: true },
          { titulo: 'Pendientes', numerica: true },
          { titulo: '% reportado', numerica: true },
        ],
        filas: reports.map((row) => [row.nombre, String(row.a_cargo), String(row.reportados), String(row.pendientes), pniPercent(row.pct_reportados)]),
      }),
    ),
  );
}

/** Every indicator of the catalogue by axis: its name, linked to its page, and its status in each year. */
function indicatorsByAxis(context: PageContext, pni: PniData, years: readonly number[]): HTMLElement[] {
  return pni.ejes.map((axis) => {
    const indicators = pni.indicadores.filter((indicator) => indicator.eje === axis.eje);
    const status = (indicator: PniIndicator, year: number) => {
      const row = pni.avance.find((candidate) => candidate.indicador === indicator.indicador && candidate.anio === year);
      if (row) return statusBadge(row.estado);
      if (year < indicator.anio_inicio) return statusBadge(NOT_STARTED.estado);
      // After its activity's last year an indicator is not followed: not applicable, not missing.
      return h('span', { class: 'sin-fila' }, year > indicator.anio_fin ? SYMBOLS.notApplicable : NO_FIGURE);
    };
    return h(
      'article',
      { class: 'eje-pni' },
      h('h4', {}, `Eje ${axis.eje}. ${axis.nombre}`),
      h(
        'div',
        { class: 'tabla-desplazable' },
        h(
          'table',
          { class: 'tabla' },
          h('caption', { class: 'solo-lectores' }, `Indicadores del eje ${axis.eje} y su estado por año`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Indicador'),
              years.map((year) => h('th', { scope: 'col' }, String(year))),
            ),
          ),
          h(
            'tbody',
            {},
            indicators.map((indicator) =>
              h(
                'tr',
                {},
                h(
                  'th',
                  { scope: 'row' },
                  h('a', { href: toHash({ ...context.state, pagina: 'indicador', indicador: indicator.indicador }, context.bounds) }, indicator.indicador),
                  ` ${indicator.texto}`,
                ),
                years.map((year) => h('td', {}, status(indicator, year))),
              ),
            ),
          ),
        ),
      ),
    );
  });
}

/** PNI: progress by axis, the status matrix, the view per responsible institution and every indicator by axis, each linked to its page. */
export const pniPage: PageRenderer = (context) => {
  const pni = context.data.pni;
  if (!pni) return { filtros: {}, contenido: [h('p', { class: 'aviso' }, 'Los datos de seguimiento del PNI no están disponibles en esta edición.')] };
  if (pni.avance.length === 0) {
    // No indicator has started by the edition's period: the catalogue still lists them, each with its page.
    return {
      filtros: {},
      contenido: [
        h('p', { class: 'aviso' }, `Ningún indicador del PNI tiene años de seguimiento hasta ${monthYear(context.data.edicion.hasta)}.`),
        pageSection('Indicadores por eje', null, ...indicatorsByAxis(context, pni, [])),
      ],
    };
  }
  const years = [...new Set(pni.avance.map((row) => row.anio))].sort();
  const year = years[years.length - 1];
  return {
    filtros: {},
    contenido: [
      h(
        'p',
        { class: 'intro' },
        `Avance de las metas del Plan Nacional de Implementación del Pacto Mundial para la Migración, evaluado a ${monthYear(context.data.edicion.hasta)} (cierre de la edición). El periodo elegido en otras páginas no cambia esta evaluación.`,
      ),
      pageSection('Avance por eje', null, axisFigure(context, pni, year)),
      pageSection(
        'Matriz de estado',
        select('eje', 'Eje', context.state.eje, [{ value: '', label: 'Todos los ejes' }, ...pni.ejes.map((axis) => ({ value: String(axis.eje), label: `${axis.eje}. ${axis.nombre}` }))], (value) =>
          context.navigate({ eje: value }),
        ),
        matrixFigure(context, pni, years),
      ),
      pageSection('Por institución responsable', null, institutionView(context, pni, year)),
      pageSection(
        'Indicadores por eje',
        'Cada indicador del catálogo con su estado en cada año; su enlace abre su página: definición, META, responsables, meta y valor de cada año, la regla de su estado y sus filas de los datos abiertos.',
        ...indicatorsByAxis(context, pni, years),
      ),
    ],
  };
};
