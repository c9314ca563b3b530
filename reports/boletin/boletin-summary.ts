import type { Content } from 'pdfmake/interfaces.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { SYMBOLS, symbolLegendText } from '../../presentation/format/symbols.js';
import { dataTable, tableBlock } from '../pdf/data-table.js';
import { formatCount, formatCountOrDash, formatPercentChange } from '../../presentation/format/number-format.js';
import { COLORS } from '../pdf/pdf-theme.js';
import { monthName, shortMonth, shortSpan } from '../../presentation/format/period-labels.js';
import { changeClause, countWithUnit } from '../memoria/figure-sentences.js';
import type { PeriodTotals } from '../memoria/measure-figures.js';
import { MEASURES, measureSource, type MeasureKey } from '../memoria/service-measures.js';
import type { BulletinData, BulletinFigures } from './boletin-data.js';

/** The services shown as headline tiles on the first page. */
const HEADLINES: readonly MeasureKey[] = ['pasaportes', 'flujo', 'residencias', 'retornados'];

// A figure the disclosure control withheld is `x`; a zero `–`; a change against zero or a withheld figure is n.a. or x.
const cell = (value: number | null) => formatCountOrDash(value, 'suppressed');
const percent = (actual: number | null, previous: number | null, pct: string | null) => (actual === null || previous === null ? SYMBOLS.suppressed : formatPercentChange(pct, 'notApplicable'));

/** Returns the month's figures of one measure as period totals (for the shared sentence builders). */
export function monthTotals(figures: BulletinFigures): PeriodTotals {
  const suprimida = figures.mes === null || figures.mes_anterior === null;
  return {
    anterior: figures.mes_anterior,
    actual: figures.mes,
    variacion: suprimida ? null : figures.mes! - figures.mes_anterior!,
    variacion_pct: figures.variacion_mes_pct,
    ...(suprimida ? { suprimida } : {}),
  };
}

/** Returns a sentence on a measure's month against the same month a year earlier. */
export function monthSentence(figures: BulletinFigures, month: string, previousMonth: string, variant = 0): string {
  const unit = MEASURES[figures.medida].unidad;
  if (figures.mes === null) return `La cifra de ${unit.plural} de ${monthName(month)} no se publica, para proteger a las personas.`;
  if (figures.mes === 0) return `En ${monthName(month)} no se registraron ${unit.plural}.`;
  // The first sentence names the month; the others vary their wording so the list does not read as a form.
  const opening = variant === 0 ? `En ${monthName(month)} se registraron` : variant % 2 === 1 ? 'Se contaron' : 'Hubo';
  return `${opening} ${countWithUnit(figures.mes, unit)}, ${changeClause(monthTotals(figures), monthName(previousMonth), variant)}.`;
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

/** Returns the first page's body: lead, headline tiles, highlights and the table of every service. */
export function bulletinSummary(data: BulletinData, institucion: string): Content[] {
  const { month, previousMonth, figures } = data;
  const start = `${month.slice(0, 4)}-01`;
  const byKey = new Map(figures.map((row) => [row.medida, row]));
  const headline = HEADLINES.map((key) => byKey.get(key)!).filter(Boolean);
  return [
    {
      text: `Principales cifras de los servicios de la ${institucion} en ${monthName(month)}, comparadas con el mismo mes de ${previousMonth.slice(0, 4)} y con el acumulado del año (${shortSpan(start, month)}).`,
      style: 'lead',
      margin: [0, 78, 0, 10],
    },
    { columns: headline.map((row) => ({ width: '*', stack: [tile(row)] })), columnGap: 8, margin: [0, 0, 0, 10] } as Content,
    { ul: headline.map((row, index) => ({ text: monthSentence(row, month, previousMonth, index), style: 'body', margin: [0, 0, 0, 2] })), margin: [4, 0, 0, 4] } as Content,
    tableBlock({
      caption: `Cuadro 1. Servicios prestados en ${monthName(month)}`,
      table: dataTable({
        columns: [
          { header: 'Servicio', width: '*' },
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
            cell(row.mes),
            cell(row.mes_anterior),
            percent(row.mes, row.mes_anterior, row.variacion_mes_pct),
            cell(row.acumulado),
            cell(row.acumulado_anterior),
            percent(row.acumulado, row.acumulado_anterior, row.variacion_acumulado_pct),
          ],
        })),
        fontSize: 8,
      }),
      source: sourceLine(...new Set(figures.map((row) => measureSource(row.medida)))),
      note: `Var. %: variación sobre el mismo periodo del año anterior. ${symbolLegendText()}`,
    }),
  ];
}
