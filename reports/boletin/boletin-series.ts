import type { Content } from 'pdfmake/interfaces.js';
import { renderSvg } from '../../presentation/charts/render-svg.js';
import { sparklineChart } from '../../presentation/charts/sparkline-chart.js';
import { PALETTE } from '../../presentation/charts/chart-palette.js';
import { legendLine } from '../pdf/chart-figure.js';
import { formatCount, formatPercentChange } from '../../presentation/format/number-format.js';
import { COLORS, CONTENT_WIDTH } from '../pdf/pdf-theme.js';
import { monthName, shortMonth } from '../../presentation/format/period-labels.js';
import { sourceLine } from '../../presentation/format/source-line.js';
import { MEASURES, measureSource } from '../memoria/service-measures.js';
import type { BulletinData, BulletinFigures } from './boletin-data.js';

const COLUMNS = 3;
const GAP = 12;
const CELL_WIDTH = (CONTENT_WIDTH - GAP * (COLUMNS - 1)) / COLUMNS;

function cell(figures: BulletinFigures, data: BulletinData, document: Document): Content {
  const series = data.series.get(figures.medida) ?? [];
  const change =
    figures.mes === null || figures.mes_anterior === null
      ? 'cifra protegida'
      : figures.mes_anterior
        ? `${formatPercentChange(figures.variacion_mes_pct)} frente a ${shortMonth(data.previousMonth)}`
        : `sin registros en ${shortMonth(data.previousMonth)}`;
  return {
    stack: [
      { text: MEASURES[figures.medida].nombre, fontSize: 8, bold: true, color: COLORS.ink },
      { text: formatCount(figures.mes), fontSize: 12, bold: true, color: COLORS.blue, margin: [0, 1, 0, 0] },
      { text: change, fontSize: 7, color: COLORS.muted, margin: [0, 0, 0, 2] },
      { svg: renderSvg(sparklineChart(series, { document, width: CELL_WIDTH, height: 40, highlight: data.month })), width: CELL_WIDTH },
    ],
    margin: [0, 0, 0, 6],
    unbreakable: true,
  } as Content;
}

/** Returns the small multiples (three a row): every service's last 13 months, the bulletin's month and the same month a year earlier marked. */
export function bulletinSeries(data: BulletinData, document: Document): Content[] {
  const cells = data.figures.map((figures) => cell(figures, data, document));
  const rows: Content[] = [];
  for (let index = 0; index < cells.length; index += COLUMNS) {
    const columns = Array.from({ length: COLUMNS }, (_, offset) => ({ width: CELL_WIDTH, stack: cells[index + offset] ? [cells[index + offset]] : [] }));
    rows.push({ columns, columnGap: GAP } as Content);
  }
  return [
    { text: 'Evolución de los últimos 13 meses', style: 'h2', headlineLevel: 2, margin: [0, 14, 0, 2] } as Content,
    { text: `Cada barra es un mes, de ${monthName(data.previousMonth)} a ${monthName(data.month)}.`, style: 'note', margin: [0, 0, 0, 3] },
    legendLine([
      { label: shortMonth(data.month), color: PALETTE.current },
      { label: shortMonth(data.previousMonth), color: PALETTE.accent },
      { label: 'otros meses', color: PALETTE.previous },
    ]),
    { text: '', margin: [0, 0, 0, 6] },
    ...rows,
    { text: sourceLine(...new Set(data.figures.map((figures) => measureSource(figures.medida)))), style: 'source' },
  ];
}
