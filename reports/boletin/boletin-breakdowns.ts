/**
 * The bulletin's breakdowns of its month, as numbered tables: sex, port of entry, channel of
 * passports, nationality of the foreigners' registry, route and age group of returnees. Protected
 * figures are printed as released: `x` where the disclosure control withheld one.
 */
import { yearBefore } from '../../pipelines/time/reporting-period.js';
import type { Content } from 'pdfmake/interfaces.js';
import { formatCountOrDash, formatPercent, formatPercentChange, ratioPercent } from '../../presentation/format/number-format.js';
import { monthName, shortMonth, shortSpan } from '../../presentation/format/period-labels.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS } from '../../presentation/format/symbols.js';
import { dataTable, tableBlock, type Numbering, type TableColumn, type TableRow } from '../pdf/data-table.js';
import { MEASURES, measureSource } from '../memoria/service-measures.js';
import type { BulletinBreakdowns, MinorsQuarter, PortRow, RouteRow } from './boletin-breakdown-data.js';
import { quarterMonths } from './boletin-breakdown-data.js';
import type { ReleasedFigure } from '../../presentation/marts/released-sums.js';

/** Returns a printed figure: a count (zero as `–`), or the sign of why it is not printed. */
export const figureText = (value: ReleasedFigure): string => (typeof value === 'number' ? formatCountOrDash(value) : SYMBOLS[value]);

/** Returns a share in percent of two printed figures, or the sign that explains its absence. */
function shareText(part: ReleasedFigure, whole: ReleasedFigure): string {
  if (part === 'suppressed' || whole === 'suppressed') return SYMBOLS.suppressed;
  if (part === 'notAvailable' || whole === 'notAvailable') return SYMBOLS.notAvailable;
  return whole === 0 ? SYMBOLS.notApplicable : formatPercent(ratioPercent(part, whole));
}

/** Returns a change in percent of one count against another (n.a. against zero). */
const changeText = (actual: number, previous: number) => formatPercentChange(previous === 0 ? null : ratioPercent(actual - previous, previous));

/** Returns the table of every service split by sex in the month. */
function sexTable(data: BulletinBreakdowns, month: string, numbering: Numbering): Content {
  // A service with nothing in the month has nothing to split.
  const rows: TableRow[] = data.sex
    .filter((row) => row.total !== 0)
    .map((row) => {
      const known = typeof row.f === 'number' && typeof row.m === 'number';
      const sent = !known || (row.f as number) + (row.m as number) > 0 || row.total === 0;
      const cell = (value: ReleasedFigure) => (sent ? figureText(value) : SYMBOLS.notAvailable);
      const women = !sent ? SYMBOLS.notAvailable : typeof row.f === 'number' && typeof row.m === 'number' ? shareText(row.f, row.f + row.m) : SYMBOLS.suppressed;
      return { cells: [MEASURES[row.medida].nombre, cell(row.f), cell(row.m), figureText(row.total), women] };
    });
  return tableBlock({
    caption: `Cuadro ${numbering.table()}. Servicios por sexo de la persona, ${monthName(month)}`,
    table: dataTable({
      columns: [
        { header: 'Servicio', width: '*' },
        { header: 'Mujeres', align: 'right' },
        { header: 'Hombres', align: 'right' },
        { header: 'Total', align: 'right' },
        { header: '% mujeres', align: 'right' },
      ],
      rows,
      fontSize: 7.5,
    }),
    source: sourceLine(...new Set(data.sex.map((row) => measureSource(row.medida)))),
    note:
      `Total: todas las cifras del mes, también las que no indican el sexo; % mujeres: sobre las cifras con sexo indicado. ` +
      `${SYMBOLS.notAvailable}: la fuente no envía el sexo. En las poblaciones protegidas, ${SYMBOLS.suppressed} donde una de las cifras que se suman no se publica.`,
  });
}

/** Returns the movements by border post, grouped by vía, against the same month a year earlier. */
function portsTable(data: BulletinBreakdowns, month: string, numbering: Numbering): Content[] {
  if (!data.ports.length) return [];
  const previous = yearBefore(month);
  const add = (rows: readonly PortRow[]) => ({
    entradas: rows.reduce((sum, row) => sum + row.entradas, 0),
    salidas: rows.reduce((sum, row) => sum + row.salidas, 0),
    total: rows.reduce((sum, row) => sum + row.total, 0),
    anterior: rows.reduce((sum, row) => sum + row.anterior, 0),
  });
  const line = (label: string, sums: ReturnType<typeof add>) => [
    label,
    formatCountOrDash(sums.entradas),
    formatCountOrDash(sums.salidas),
    formatCountOrDash(sums.total),
    formatCountOrDash(sums.anterior),
    changeText(sums.total, sums.anterior),
  ];
  const vias = [...new Map(data.ports.map((row) => [row.via, row.viaEtiqueta])).entries()];
  const rows: TableRow[] = vias.flatMap(([via, etiqueta]) => {
    const ports = data.ports.filter((row) => row.via === via);
    return [{ kind: 'subtotal' as const, cells: line(`Vía ${etiqueta.toLowerCase()}`, add(ports)) }, ...ports.map((row) => ({ cells: line(row.etiqueta, row) }))];
  });
  rows.push({ kind: 'total', cells: line('Total', add(data.ports)) });
  return [
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Flujo migratorio por puesto migratorio, ${monthName(month)}`,
      table: dataTable({
        columns: [
          { header: 'Puesto', width: '*' },
          { header: 'Entradas', align: 'right', group: shortMonth(month) },
          { header: 'Salidas', align: 'right', group: shortMonth(month) },
          { header: 'Total', align: 'right', group: shortMonth(month) },
          { header: shortMonth(previous), align: 'right', group: 'Año anterior' },
          { header: 'Var. %', align: 'right', group: 'Año anterior' },
        ],
        rows,
        fontSize: 7.5,
      }),
      source: sourceLine('flujo'),
      note: 'Movimientos migratorios (entradas y salidas) registrados en cada puesto, no personas: quien cruza dos veces cuenta dos.',
      keepTogether: true,
    }),
  ];
}

/** Returns passports by channel: the month and the year to date against a year earlier. */
function channelsTable(data: BulletinBreakdowns, month: string, numbering: Numbering): Content[] {
  if (!data.channels.length) return [];
  const previous = yearBefore(month);
  const start = `${month.slice(0, 4)}-01`;
  const total = data.channels.reduce(
    (sum, row) => ({
      mes: sum.mes + row.mes,
      mes_anterior: sum.mes_anterior + row.mes_anterior,
      acumulado: sum.acumulado + row.acumulado,
      acumulado_anterior: sum.acumulado_anterior + row.acumulado_anterior,
    }),
    { mes: 0, mes_anterior: 0, acumulado: 0, acumulado_anterior: 0 },
  );
  const line = (label: string, row: typeof total) => [
    label,
    formatCountOrDash(row.mes),
    formatCountOrDash(row.mes_anterior),
    changeText(row.mes, row.mes_anterior),
    formatCountOrDash(row.acumulado),
    formatCountOrDash(row.acumulado_anterior),
    changeText(row.acumulado, row.acumulado_anterior),
    total.mes ? formatPercent(ratioPercent(row.mes, total.mes)) : SYMBOLS.notApplicable,
  ];
  const columns: TableColumn[] = [
    { header: 'Canal', width: '*' },
    { header: shortMonth(month), align: 'right', group: 'Mes' },
    { header: shortMonth(previous), align: 'right', group: 'Mes' },
    { header: 'Var. %', align: 'right', group: 'Mes' },
    { header: shortSpan(start, month), align: 'right', group: 'Acumulado del año' },
    { header: shortSpan(yearBefore(start), previous), align: 'right', group: 'Acumulado del año' },
    { header: 'Var. %', align: 'right', group: 'Acumulado del año' },
    { header: '% del mes', align: 'right' },
  ];
  return [
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Pasaportes emitidos por canal del trámite`,
      table: dataTable({ columns, rows: [...data.channels.map((row) => ({ cells: line(row.etiqueta, row) })), { kind: 'total', cells: line('Total', total) }], fontSize: 7.5 }),
      source: sourceLine('pasaportes'),
      note: 'Documentos emitidos en sucursales y consulados. En línea: trámite iniciado en línea; presencial: en ventanilla.',
    }),
  ];
}

/** Returns the foreigners' registry by nationality and calidad in the month, as released. */
function nationalityTable(data: BulletinBreakdowns, month: string, numbering: Numbering): Content[] {
  const grid = data.nationalities;
  if (!grid.rows.length) return [];
  const columns: TableColumn[] = [
    { header: 'Nacionalidad', width: '*' },
    ...grid.calidades.map((calidad) => ({ header: calidad.etiqueta, align: 'right' as const, width: 50 })),
    { header: 'Total', align: 'right', width: 40 },
  ];
  const rows: TableRow[] = [
    ...grid.rows.map((row) => ({ cells: [row.etiqueta, ...row.cells.map(figureText), figureText(row.total)] })),
    { kind: 'total', cells: ['Total', ...grid.totals.map(figureText), figureText(grid.total)] },
  ];
  return [
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Resoluciones de residencia por nacionalidad y calidad migratoria, ${monthName(month)}`,
      table: dataTable({ columns, rows, fontSize: 7 }),
      source: sourceLine('residencias'),
      note:
        'El registro de extranjeros es confidencial (Reglamento, Art. 208): las nacionalidades con pocas resoluciones se agrupan en «Otras nacionalidades» ' +
        `y una cifra de 1 a 4 personas, o una que permitiría deducirla, no se publica (${SYMBOLS.suppressed}). Las cifras son las de los datos abiertos de la edición.`,
    }),
  ];
}

/** Returns returnees by route and sex in the month, and each route's total a year earlier. */
function routesTable(data: BulletinBreakdowns, month: string, numbering: Numbering): Content[] {
  if (!data.routes.length) return [];
  const line = (row: RouteRow) => [row.etiqueta, figureText(row.f), figureText(row.m), figureText(row.total), figureText(row.anterior)];
  return [
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Personas retornadas atendidas por vía de retorno y sexo, ${monthName(month)}`,
      table: dataTable({
        columns: [
          { header: 'Vía de retorno', width: '*' },
          { header: 'Mujeres', align: 'right', group: shortMonth(month) },
          { header: 'Hombres', align: 'right', group: shortMonth(month) },
          { header: 'Total', align: 'right', group: shortMonth(month) },
          { header: shortMonth(yearBefore(month)), align: 'right', group: 'Año anterior' },
        ],
        rows: [...data.routes.map((row) => ({ cells: line(row) })), { kind: 'total', cells: line(data.routeTotal) }],
        fontSize: 7.5,
      }),
      source: sourceLine('retornados'),
      note: `Personas retornadas: una persona retornada dos veces cuenta dos. Cifras protegidas: ${SYMBOLS.suppressed} donde el control de divulgación no permite publicarlas.`,
    }),
  ];
}

/** Returns returned children and adolescents by quarter, beside every returnee of the quarter. */
function minorsTable(data: BulletinBreakdowns, numbering: Numbering): Content[] {
  if (!data.minors.length) return [];
  const line = (row: MinorsQuarter) => {
    const months = quarterMonths(row.trimestre);
    return [
      `${shortSpan(months[0], months[2])} (${row.trimestre.replace('-T', ', T')})`,
      figureText(row.f),
      figureText(row.m),
      figureText(row.total),
      figureText(row.retornados),
      shareText(row.total, row.retornados),
    ];
  };
  return [
    tableBlock({
      caption: `Cuadro ${numbering.table()}. Niñas, niños y adolescentes retornados por trimestre y sexo`,
      table: dataTable({
        columns: [
          { header: 'Trimestre', width: '*' },
          { header: 'Femenino', align: 'right', group: 'Menores de 18 años' },
          { header: 'Masculino', align: 'right', group: 'Menores de 18 años' },
          { header: 'Total', align: 'right', group: 'Menores de 18 años' },
          { header: 'Todas las edades', align: 'right', group: 'Personas retornadas' },
          { header: '% menores', align: 'right', group: 'Personas retornadas' },
        ],
        rows: data.minors.map((row) => ({ cells: line(row) })),
        fontSize: 7.5,
      }),
      source: sourceLine('retornados'),
      note: 'Por su protección, las cifras de niñas, niños y adolescentes se publican solo por trimestre completo; el último es el que termina en el mes del boletín o antes.',
    }),
  ];
}

/** Returns the section of breakdowns: sex, port, channel, nationality, route and age group. */
export function bulletinBreakdowns(data: BulletinBreakdowns, month: string, numbering: Numbering): Content[] {
  return [
    { text: 'Desgloses del mes', style: 'h2', headlineLevel: 2 } as Content,
    {
      text: 'Las cifras del mes según lo que los sistemas registran de cada trámite o persona: su sexo, el puesto migratorio, el canal del pasaporte, la nacionalidad y la calidad migratoria, la vía de retorno y la edad. Cada cuadro aparece cuando su fuente envió datos.',
      style: 'body',
    },
    sexTable(data, month, numbering),
    ...portsTable(data, month, numbering),
    ...channelsTable(data, month, numbering),
    ...nationalityTable(data, month, numbering),
    ...routesTable(data, month, numbering),
    ...minorsTable(data, numbering),
  ];
}
