import * as Plot from '@observablehq/plot';
import { withMarks } from '../../../presentation/charts/screen-spec.js';
import { TARGET_STATUSES, targetFollowUpChart, type FollowUpDatum } from '../../../presentation/charts/target-follow-up-chart.js';
import { formatCount, formatPercent } from '../../../presentation/format/number-format.js';
import { monthYear, shortMonth } from '../../../presentation/format/period-labels.js';
import { SYMBOLS } from '../../../presentation/format/symbols.js';
import type { FollowUpLine, TargetStatus, UnitFollowUp } from '../../../presentation/metas/target-follow-up.js';
import type { PoaData, PoaMonth } from '../../data/site-data.js';
import type { FigureSpec } from '../components/chart-figure.js';
import { dataTable, type TableSpec } from '../components/data-table.js';
import { h } from '../components/dom.js';
import { pageSection, type PageRenderer } from '../components/page-section.js';
import { cifraText, SUPPRESSED } from '../data/figures.js';

// Only types come from presentation/metas: the follow-up is computed at build time (dashboards/build/target-follow-up-reader.ts).

const DATASETS = (poa: PoaData) => poa.datasets.map((name) => `${name}.csv`).join(', ');

/** Returns a status's style (label, colour, text colour). */
const statusStyle = (estado: TargetStatus) => TARGET_STATUSES.find((status) => status.estado === estado) ?? TARGET_STATUSES[TARGET_STATUSES.length - 1];

/** A programmed figure: a yearly target's twelfths have decimals, printed rounded to the unit (as the PDFs do). */
const programmed = (value: number) => formatCount(Math.round(value));

/**
 * An achieved figure: `–` for a true zero; without a figure, `x` when the line has a withheld month
 * (the month itself may be published while the year to date is not), `..` when nothing was sent.
 */
const achieved = (line: FollowUpLine, value: number | null) => cifraText(value === null && line.suprimido ? SUPPRESSED : value);

const percent = (line: FollowUpLine, value: string | null) => (value === null && line.suprimido ? SYMBOLS.suppressed : formatPercent(value));

/** A line's name in tables and the chart: measure and restriction, and whether its target is yearly. */
const lineName = (line: FollowUpLine) => `${line.etiqueta}${line.periodicidad === 'anual' ? ' (meta anual)' : ''}`;

function badge(estado: TargetStatus): HTMLElement {
  const style = statusStyle(estado);
  return h('span', { class: 'estado-meta', style: `background:${style.color};color:${style.texto}` }, style.etiqueta);
}

/** Returns the «Fuente:» line of a unit: the unit that set the targets, who records what they count, and the published files. */
function unitSource(poa: PoaData, unit: UnitFollowUp): string {
  const origins = [...new Set(unit.lineas.map((line) => poa.origenes[line.medida] ?? 'DGME'))];
  return `DGME, ${unit.unidad}, metas del POA; ejecutado: ${origins.join('; ')}; datos abiertos de la edición (${DATASETS(poa)}).`;
}

function monthSelect(poa: PoaData, chosen: PoaMonth, onChange: (month: string) => void): HTMLElement {
  return h(
    'div',
    { class: 'campo' },
    h('label', { for: 'mes' }, 'Mes del seguimiento'),
    h(
      'select',
      { id: 'mes', name: 'mes', onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
      poa.meses.map((month) => h('option', { value: month.mes, selected: month.mes === chosen.mes }, monthYear(month.mes))),
    ),
  );
}

/** The month at a glance: how many lines are in each status. */
function statusSummary(lines: readonly FollowUpLine[], units: readonly UnitFollowUp[], mes: string): HTMLElement {
  const behind = units.filter((unit) => unit.atrasadas > 0).length;
  return h(
    'div',
    { class: 'resumen-poa' },
    h(
      'p',
      { class: 'resumen-seccion' },
      h('strong', {}, `${lines.length} ${lines.length === 1 ? 'meta' : 'metas'}`),
      ` de ${units.length} ${units.length === 1 ? 'unidad' : 'unidades'}, evaluadas con lo ejecutado de enero a ${monthYear(mes)}`,
      behind ? `; ${behind} ${behind === 1 ? 'unidad tiene' : 'unidades tienen'} metas rezagadas o en riesgo.` : '; ninguna unidad tiene metas rezagadas ni en riesgo.',
    ),
    h(
      'ul',
      { class: 'estados-poa', 'aria-label': 'Metas por estado' },
      TARGET_STATUSES.map((status) => {
        const count = lines.filter((line) => line.estado === status.estado).length;
        return count ? h('li', {}, badge(status.estado as TargetStatus), ` ${count}`) : null;
      }),
    ),
  );
}

function attainmentFigure(poa: PoaData, units: readonly UnitFollowUp[], mes: string): FigureSpec {
  const lines = units.flatMap((unit) => unit.lineas);
  const rows: (FollowUpDatum & { line: FollowUpLine })[] = lines.map((line) => ({
    line,
    linea: lineName(line),
    porcentaje: line.pctAlCorte === null ? null : Number(line.pctAlCorte),
    etiqueta: percent(line, line.pctAlCorte),
    estado: statusStyle(line.estado).etiqueta,
  }));
  const capped = rows.some((row) => (row.porcentaje ?? 0) > 200);
  const present = TARGET_STATUSES.filter((status) => lines.some((line) => line.estado === status.estado));
  return {
    titulo: `Ejecutado frente a lo programado a la fecha, enero a ${shortMonth(mes)}`,
    unidades: 'porcentaje de lo programado de enero al mes elegido (100 % = al día)',
    fuente: `DGME, unidades ejecutoras, metas del POA; datos abiertos de la edición (${DATASETS(poa)}).`,
    leyenda: present.map((status) => ({ etiqueta: status.etiqueta, color: status.color })),
    nota: [
      'La línea discontinua marca el 100 %: lo programado hasta el mes elegido.',
      capped ? 'Las barras de más de 200 % se cortan en 200 %; la cifra da el valor.' : '',
      lines.some((line) => line.suprimido) ? `«${SYMBOLS.suppressed}»: cifra confidencial (reservada por el control de divulgación).` : '',
    ]
      .filter(Boolean)
      .join(' '),
    plot: rows.length
      ? (document, width) => {
          const spec = targetFollowUpChart(rows, { document, width });
          const tip = Plot.tip(
            rows.filter((row) => row.porcentaje !== null),
            Plot.pointerY({
              x: (row: (typeof rows)[number]) => Math.min(row.porcentaje!, 200),
              y: 'linea',
              title: (row: (typeof rows)[number]) =>
                `${row.linea}\n${row.line.unidad}\nProgramado a la fecha: ${programmed(row.line.programadoAlCorte)} · ejecutado: ${achieved(row.line, row.line.ejecutadoAlCorte)} (${row.etiqueta})\n${row.estado}`,
            }),
          );
          return withMarks(spec, tip);
        }
      : null,
    tabla: {
      columnas: [
        { titulo: 'Meta' },
        { titulo: 'Unidad' },
        { titulo: 'Programado a la fecha', numerica: true },
        { titulo: 'Ejecutado a la fecha', numerica: true },
        { titulo: '% a la fecha', numerica: true },
        { titulo: 'Estado' },
      ],
      filas: rows.map((row) => [row.linea, row.line.unidad, programmed(row.line.programadoAlCorte), achieved(row.line, row.line.ejecutadoAlCorte), row.etiqueta, row.estado]),
    },
  };
}

/** One unit: its lines in the month and the year to date, with their status. */
function unitTable(poa: PoaData, unit: UnitFollowUp, mes: string): HTMLElement {
  const spec: TableSpec = {
    columnas: [
      { titulo: 'Meta' },
      { titulo: 'Estado' },
      { titulo: `Programado ${shortMonth(mes)}`, numerica: true },
      { titulo: `Ejecutado ${shortMonth(mes)}`, numerica: true },
      { titulo: `% ${shortMonth(mes)}`, numerica: true },
      { titulo: 'Programado a la fecha', numerica: true },
      { titulo: 'Ejecutado a la fecha', numerica: true },
      { titulo: '% a la fecha', numerica: true },
    ],
    filas: unit.lineas.map((line) => [
      lineName(line),
      statusStyle(line.estado).etiqueta,
      programmed(line.programadoTramo),
      achieved(line, line.ejecutadoTramo),
      percent(line, line.pctTramo),
      programmed(line.programadoAlCorte),
      achieved(line, line.ejecutadoAlCorte),
      percent(line, line.pctAlCorte),
    ]),
  };
  const table = dataTable(`${unit.unidad}: metas del POA en ${monthYear(mes)} y de enero a ${monthYear(mes)}`, spec);
  // The card's heading names the unit on screen; the caption stays for screen readers.
  table.caption?.classList.add('solo-lectores');
  // The status, second so that a phone shows it before the figures scroll, has its colour too (the text stays, for screen readers and print).
  table.querySelectorAll('tbody tr').forEach((row, index) => row.children[1]?.replaceChildren(badge(unit.lineas[index].estado)));
  return h(
    'article',
    { class: 'unidad-poa' },
    h('h4', {}, unit.unidad),
    h('p', { class: 'atraso' }, unit.atrasadas ? `${unit.atrasadas} ${unit.atrasadas === 1 ? 'meta rezagada o en riesgo' : 'metas rezagadas o en riesgo'}` : 'Ninguna meta rezagada ni en riesgo'),
    h('div', { class: 'tabla-desplazable' }, table),
    h('p', { class: 'fuente' }, `Fuente: ${unitSource(poa, unit)}`),
  );
}

function note(): HTMLElement {
  return h(
    'div',
    { class: 'nota nota-poa' },
    h(
      'p',
      {},
      'Programado del mes: la meta que la unidad fijó para ese mes en su plan operativo anual; cuando la meta es anual, cada mes cuenta la doceava parte ' +
        '(una meta anual de 1,200 programa 100 por mes). Programado a la fecha: la suma de enero al mes elegido. Ejecutado: lo que registró la fuente de cada medida en esos meses.',
    ),
    h(
      'p',
      {},
      'Estado, con las reglas de las metas del PNI, sobre el año a la fecha: cumplida si lo ejecutado alcanza la meta de todo el año; en curso si alcanza lo programado a la fecha; ' +
        'en riesgo si alcanza al menos el 75 % de ello; rezagada por debajo; en diciembre, al cerrar el año, solo cumplida o rezagada. Sin datos: la fuente no envió cifras de esos meses. ' +
        `Reservada: la cifra cuenta una población protegida y los datos abiertos no la publican («${SYMBOLS.suppressed}», cifra confidencial).`,
    ),
  );
}

/** Metas del POA: each unit's targets, programmed against achieved in a month and in the year to date, behind schedule first. */
export const metasPage: PageRenderer = (context) => {
  const poa = context.data.poa;
  if (!poa || poa.meses.length === 0) {
    return { filtros: {}, contenido: [h('p', { class: 'aviso' }, 'Esta edición no publica metas físicas del POA: no hay seguimiento que mostrar.')] };
  }
  const last = poa.meses[poa.meses.length - 1];
  const chosen = poa.meses.find((month) => month.mes === context.state.mes) ?? last;
  const select = monthSelect(poa, chosen, (month) => context.navigate({ mes: month === last.mes ? '' : month }));
  const intro = h(
    'p',
    { class: 'intro' },
    'Seguimiento mensual de las metas físicas de los planes operativos anuales (POA) de las unidades: lo programado frente a lo ejecutado en el mes elegido y en el año hasta ese mes. ' +
      'Las unidades con más metas rezagadas o en riesgo van primero.',
  );
  if (chosen.unidades.length === 0) {
    return {
      filtros: {},
      contenido: [intro, pageSection(`Metas del POA, ${monthYear(chosen.mes)}`, null, select, h('p', { class: 'aviso' }, `No hay metas del POA publicadas para ${chosen.mes.slice(0, 4)}.`))],
    };
  }
  const lines = chosen.unidades.flatMap((unit) => unit.lineas);
  return {
    filtros: {},
    contenido: [
      intro,
      pageSection(`Metas del POA, ${monthYear(chosen.mes)}`, null, select, statusSummary(lines, chosen.unidades, chosen.mes)),
      pageSection('Avance de cada meta', null, attainmentFigure(poa, chosen.unidades, chosen.mes)),
      pageSection('Por unidad', null, ...chosen.unidades.map((unit) => unitTable(poa, unit, chosen.mes))),
      pageSection('Cómo se calcula', null, note()),
    ],
  };
};
