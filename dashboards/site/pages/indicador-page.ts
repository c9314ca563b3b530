import * as Plot from '@observablehq/plot';
import { PALETTE } from '../../../presentation/charts/chart-palette.js';
import { pniHistoryChart, type IndicatorYearDatum } from '../../../presentation/charts/pni-history-chart.js';
import { withMarks } from '../../../presentation/charts/screen-spec.js';
import { NO_FIGURE } from '../../../presentation/format/number-format.js';
import { statusLabel } from '../../../presentation/pni/pni-statuses.js';
import { statusRule } from '../../../presentation/pni/status-rule.js';
import { TARGET_KINDS } from '../../../presentation/pni/target-kinds.js';
import type { PniData, PniIndicator, PniProgressRow } from '../../data/site-data.js';
import type { FigureSpec } from '../components/chart-figure.js';
import { chartCsv, downloadName, saveFile } from '../components/chart-downloads.js';
import { dataTable, type TableSpec } from '../components/data-table.js';
import { h } from '../components/dom.js';
import { pageSection, type PageRenderer } from '../components/page-section.js';
import type { PageContext } from '../page-context.js';
import { toHash } from '../state/view-state.js';
import { statusBadge } from './pni-status-badge.js';
import { RELEASE_DIR } from '../components/release-dir.js';
import { pniDecimal, pniPercent } from './pni-figures.js';

/** Who gave a year's value: the institutions that reported it, or the DGME's own records (`operacional`). */
function valueSource(context: PageContext, fuente: string | null): string {
  if (fuente === null) return 'nadie lo ha reportado';
  return fuente
    .split(/[;,]\s*/)
    .map((code) => (code === 'operacional' ? 'calculado con los registros de la DGME' : context.label('institucion', code)))
    .join('; ');
}

function historyFigure(context: PageContext, pni: PniData, indicator: PniIndicator, history: readonly PniProgressRow[]): FigureSpec {
  const data: IndicatorYearDatum[] = history.map((row) => ({ anio: row.anio, meta: row.meta === null ? null : Number(row.meta), valor: row.valor === null ? null : Number(row.valor) }));
  return {
    titulo: `Meta y valor por año: ${indicator.indicador}`,
    unidades: history.at(-1)?.unidad ?? indicator.unidad,
    fuente: `DGME, seguimiento del PNI (${pni.fuente}; catálogo del PNI, pni_catalogo).`,
    leyenda: [
      { etiqueta: 'Meta', color: PALETTE.previous },
      { etiqueta: 'Valor logrado', color: PALETTE.current },
    ],
    plot: data.some((row) => row.meta !== null || row.valor !== null)
      ? (document, width) => {
          const spec = pniHistoryChart(data, { document, width });
          const tip = Plot.tip(
            history,
            Plot.pointerX({
              x: 'anio',
              y: (row: PniProgressRow) => Number(row.meta ?? row.valor ?? 0),
              title: (row: PniProgressRow) => `${row.anio}: ${statusLabel(row.estado)}\nMeta: ${pniDecimal(row.meta)} · Valor: ${pniDecimal(row.valor)}`,
            }),
          );
          return withMarks(spec, tip);
        }
      : null,
    vacio: history.length ? 'Sin meta ni valor reportado para este indicador.' : `El indicador empieza en ${indicator.anio_inicio}: todavía no tiene años que seguir.`,
    tabla: {
      columnas: [
        { titulo: 'Año' },
        { titulo: 'Meta', numerica: true },
        { titulo: 'Meta a la fecha', numerica: true },
        { titulo: 'Valor', numerica: true },
        { titulo: '% de la meta', numerica: true },
        { titulo: 'Estado' },
        { titulo: 'Fuente' },
      ],
      filas: history.map((row) => [
        String(row.anio),
        pniDecimal(row.meta),
        pniDecimal(row.meta_a_la_fecha),
        pniDecimal(row.valor),
        pniPercent(row.pct_meta),
        statusLabel(row.estado),
        valueSource(context, row.fuente),
      ]),
    },
  };
}

/** The indicator's rows of `pni_avance` as the release publishes them (no formatting), with their download. */
function openDataRows(context: PageContext, indicator: PniIndicator, history: readonly PniProgressRow[]): HTMLElement {
  const fields = ['anio', 'meta', 'meta_a_la_fecha', 'valor', 'pct_meta', 'estado', 'fuente', 'anio_cerrado'] as const;
  const table: TableSpec = {
    columnas: fields.map((field) => ({ titulo: field, numerica: !['estado', 'fuente', 'anio_cerrado'].includes(field) })),
    filas: history.map((row) => fields.map((field) => (row[field] === null ? '' : String(row[field])))),
  };
  const title = `Filas de pni_avance del indicador ${indicator.indicador}`;
  return h(
    'div',
    { class: 'filas-datos' },
    h(
      'p',
      {},
      'Las mismas cifras en los datos abiertos: ',
      h('a', { href: `${RELEASE_DIR}pni_avance.csv`, download: '' }, 'pni_avance.csv'),
      ' (una fila por indicador y año) y ',
      h('a', { href: `${RELEASE_DIR}pni_catalogo.csv`, download: '' }, 'pni_catalogo.csv'),
      ' (el catálogo). Campos descritos en la página Datos abiertos.',
    ),
    h('div', { class: 'tabla-desplazable' }, dataTable(title, table)),
    h(
      'button',
      {
        type: 'button',
        class: 'descarga',
        'aria-label': `Descargar CSV: ${title}`,
        onclick: () =>
          saveFile(
            `${downloadName(title)}.csv`,
            'text/csv;charset=utf-8',
            chartCsv(table, { titulo: title, unidades: indicator.unidad, fuente: `DGME, seguimiento del PNI (${context.data.pni?.fuente ?? 'pni_avance'}).`, licencia: context.data.datos.licencia }),
          ),
      },
      'Descargar CSV',
    ),
  );
}

/** One PNI indicator: what it measures, its META and how it is read, who answers for it, its years against their targets and the rule of its status. */
export const indicadorPage: PageRenderer = (context) => {
  const pni = context.data.pni;
  if (!pni || pni.indicadores.length === 0) {
    return { filtros: {}, contenido: [h('p', { class: 'aviso' }, 'Los datos de seguimiento del PNI no están disponibles en esta edición.')] };
  }
  const indicator = pni.indicadores.find((candidate) => candidate.indicador === context.state.indicador) ?? pni.indicadores[0]!;
  const history = pni.avance.filter((row) => row.indicador === indicator.indicador).sort((a, b) => a.anio - b.anio);
  const last = history.at(-1);
  const institutions = (codes: readonly string[]) => codes.map((code) => context.label('institucion', code)).join('; ') || NO_FIGURE;
  const axis = pni.ejes.find((candidate) => candidate.eje === indicator.eje);
  const kind = TARGET_KINDS[indicator.tipo_meta];
  const target = indicator.valor_meta === null ? 'por definir' : `${pniDecimal(indicator.valor_meta)}${indicator.tipo_meta === 'porcentaje' ? ' %' : ''} (${indicator.unidad})`;
  const entries: [string, string | HTMLElement][] = [
    ['Indicador', indicator.texto],
    ['META del PNI', indicator.meta_texto || NO_FIGURE],
    ['Eje', axis ? `${axis.eje}. ${axis.nombre}` : String(indicator.eje)],
    ['Intervención', `${indicator.intervencion}. ${indicator.intervencion_texto}`],
    ['Actividad', `${indicator.actividad}. ${indicator.actividad_texto}`],
    ['Resultado esperado', indicator.resultado_esperado || NO_FIGURE],
    ['Responsables', institutions(indicator.responsables)],
    ...(indicator.acompanan.length ? ([['Acompañan', institutions(indicator.acompanan)]] as [string, string][]) : []),
    ['Periodo', indicator.anio_inicio === indicator.anio_fin ? String(indicator.anio_inicio) : `${indicator.anio_inicio} a ${indicator.anio_fin}`],
    ['Tipo de meta', `${kind.nombre[0]!.toUpperCase()}${kind.nombre.slice(1)}: ${kind.lectura}`],
    ['Cifra de la meta', target],
    ...(indicator.nota_interpretacion ? ([['Cómo se leyó la META', indicator.nota_interpretacion]] as [string, string][]) : []),
    ...(last
      ? ([
          [
            `Estado en ${last.anio}`,
            h(
              'span',
              {},
              statusBadge(last.estado),
              ` ${statusRule({ ...last, tipo_meta: last.tipo_meta as typeof indicator.tipo_meta, exigible: indicator.anio_meta ?? indicator.anio_fin }, context.data.edicion.hasta)}`,
            ),
          ],
          ['Fuente del valor', valueSource(context, last.fuente)],
        ] as [string, string | HTMLElement][])
      : []),
  ];
  return {
    filtros: {},
    contenido: [
      h('p', { class: 'migas' }, h('a', { href: toHash({ ...context.state, pagina: 'pni' }, context.bounds) }, 'PNI: todos los indicadores por eje'), ` › ${indicator.indicador}`),
      h('h3', { class: 'titulo-indicador' }, `${indicator.indicador} · ${indicator.texto}`),
      h(
        'dl',
        { class: 'ficha' },
        entries.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
      ),
      pageSection('Meta y valor por año', null, historyFigure(context, pni, indicator, history)),
      pageSection('En los datos abiertos', null, openDataRows(context, indicator, history)),
    ],
  };
};
