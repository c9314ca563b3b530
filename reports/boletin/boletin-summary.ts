import type { Content } from 'pdfmake/interfaces.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS, symbolLegendText } from '../../presentation/format/symbols.js';
import { dataTable, tableBlock, type Numbering } from '../pdf/data-table.js';
import { formatCount, formatCountOrDash, formatPercentChange } from '../../presentation/format/number-format.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { monthName, shortMonth, shortSpan } from '../../presentation/format/period-labels.js';
import { COUNT_UNIT_NAMES } from '../../pipelines/contract/landing-sources.js';
import { keyResult, largestChangesSentence } from './boletin-sentences.js';
import { MEASURES, measureSource, measureUnit, type MeasureKey } from '../memoria/service-measures.js';
import type { BulletinData, BulletinFigures } from './boletin-data.js';

/** The services shown as headline tiles on the first page. */
const HEADLINES: readonly MeasureKey[] = ['pasaportes', 'flujo', 'residencias', 'retornados'];

// A figure the disclosure control withheld is `x`; a zero `–`; a change against zero or a withheld figure is n.a. or x.
const cell = (value: number | null) => formatCountOrDash(value, 'suppressed');
const percent = (actual: number | null, previous: number | null, pct: string | null) => (actual === null || previous === null ? SYMBOLS.suppressed : formatPercentChange(pct, 'notApplicable'));

/** Returns the key results: one generated paragraph per headline service, then the largest changes of the others. */
export function keyResults(data: BulletinData): Content[] {
  const { month, previousMonth, figures } = data;
  const byKey = new Map(figures.map((row) => [row.medida, row]));
  const headline = HEADLINES.flatMap((key) => (byKey.get(key) ? [byKey.get(key)!] : []));
  const others = figures.filter((row) => !HEADLINES.includes(row.medida));
  const ranked = largestChangesSentence(
    others.map((row) => ({ ...row, nombre: MEASURES[row.medida].nombre })),
    monthName(previousMonth),
  );
  const item = (title: string, text: string) => ({ text: [{ text: `${title}. `, bold: true }, text], style: 'body', margin: [0, 0, 0, 4] });
  return [
    { text: 'Resultados principales', style: 'h2', headlineLevel: 2, margin: [0, 4, 0, 6] } as Content,
    {
      ul: [...headline.map((row) => item(MEASURES[row.medida].nombre, keyResult({ ...row, unidad: MEASURES[row.medida].unidad, month }))), ...(ranked ? [item('Los demás servicios', ranked)] : [])],
      margin: [4, 0, 0, 4],
    } as Content,
  ];
}

function tile(figures: BulletinFigures): Content {
  const change =
    figures.mes === null
      ? 'cifra protegida'
      : figures.mes_anterior === null
        ? 'año anterior protegido'
        : figures.mes_anterior
          ? `${formatPercentChange(figures.variacion_mes_pct)} frente al año anterior`
          : 'sin dato del año anterior';
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: MEASURES[figures.medida].nombre, fontSize: 8, bold: true, color: COLORS.muted },
              { text: COUNT_UNIT_NAMES[measureUnit(MEASURES[figures.medida])], fontSize: 6.5, color: COLORS.muted },
              { text: formatCount(figures.mes), fontSize: 17, bold: true, color: COLORS.blue, margin: [0, 3, 0, 1] },
              { text: change, fontSize: 7.5, color: COLORS.ink },
            ],
            fillColor: COLORS.blueTint,
            margin: [6, 6, 6, 6],
          },
        ],
      ],
    },
    layout: 'limpio',
  } as Content;
}

/** Returns the first page's body: the lead and the headline tiles. */
export function bulletinSummary(data: BulletinData, institucion: string): Content[] {
  const { month, previousMonth, figures } = data;
  const start = `${month.slice(0, 4)}-01`;
  const byKey = new Map(figures.map((row) => [row.medida, row]));
  const headline = HEADLINES.flatMap((key) => (byKey.get(key) ? [byKey.get(key)!] : []));
  return [
    {
      text: `Principales cifras de los servicios de la ${institucion} en ${monthName(month)}, comparadas con el mismo mes de ${previousMonth.slice(0, 4)} y con el acumulado del año (${shortSpan(start, month)}).`,
      style: 'lead',
      margin: [0, 78, 0, 10],
    },
    { columns: headline.map((row) => ({ width: '*', stack: [tile(row)] })), columnGap: 8, margin: [0, 0, 0, 10] } as Content,
  ];
}

/** Returns the table of every service: the month and the year to date against a year earlier. */
export function servicesTable(data: BulletinData, numbering: Numbering): Content {
  const { month, previousMonth, figures } = data;
  const start = `${month.slice(0, 4)}-01`;
  return tableBlock({
    caption: `Cuadro ${numbering.table()}. Servicios prestados en ${monthName(month)} y en el año`,
    table: dataTable({
      columns: [
        { header: 'Servicio', width: '*' },
        { header: 'Cuenta' },
        { header: shortMonth(month), align: 'right', group: 'Mes' },
        { header: shortMonth(previousMonth), align: 'right', group: 'Mes' },
        { header: 'Var. %', align: 'right', group: 'Mes' },
        { header: shortSpan(start, month), align: 'right', group: 'Acumulado del año' },
        { header: shortSpan(`${previousMonth.slice(0, 4)}-01`, previousMonth), align: 'right', group: 'Acumulado del año' },
        { header: 'Var. %', align: 'right', group: 'Acumulado del año' },
      ],
      rows: figures.map((row) => ({
        cells: [
          MEASURES[row.medida].nombre,
          COUNT_UNIT_NAMES[measureUnit(MEASURES[row.medida])],
          cell(row.mes),
          cell(row.mes_anterior),
          percent(row.mes, row.mes_anterior, row.variacion_mes_pct),
          cell(row.acumulado),
          cell(row.acumulado_anterior),
          percent(row.acumulado, row.acumulado_anterior, row.variacion_acumulado_pct),
        ],
      })),
      fontSize: 7.5,
    }),
    source: sourceLine(...new Set(figures.map((row) => measureSource(row.medida)))),
    note: `Cuenta: qué cuenta cada cifra (ver la nota metodológica). Var. %: variación sobre el mismo periodo del año anterior. ${symbolLegendText()}`,
  });
}
