/**
 * The monthly chart of both periods names the months of both (jun 22 over jun 23, ene 23 over
 * ene 24, in the legend's order), and every chart label prints negatives with the minus sign
 * U+2212, never a hyphen.
 */
import { describe, expect, it } from 'vitest';
import { budgetExecutionChart } from '../../../presentation/charts/budget-execution-chart.js';
import { axisMoney, axisNumber, axisPercent, percentLabel, thousands } from '../../../presentation/format/number-format.js';
import { comparisonBarChart } from '../../../presentation/charts/comparison-bar-chart.js';
import { periodMonthlyChart, periodMonthTicks, type PeriodMonthDatum } from '../../../presentation/charts/period-monthly-chart.js';
import { nodeDocument, renderSvg } from '../../../presentation/charts/render-svg.js';

const document = nodeDocument();
const MINUS = '\u2212';
const shift = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
const MEMORIA = ['2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03'];

/** Both periods of the 2023-2024 Memoria; the comparison period goes below zero in one month. */
const rows: PeriodMonthDatum[] = [
  ...MEMORIA.map((mes, posicion) => ({ posicion, mes, periodo: 'actual' as const, cantidad: 30_000 + posicion * 2_000 })),
  ...MEMORIA.map(shift).map((mes, posicion) => ({ posicion, mes, periodo: 'anterior' as const, cantidad: posicion === 3 ? -12_000 : 10_000 + posicion * 1_500 })),
];

/** Returns the text of every tick label of one axis, each line of a two-line label separately. */
function tickLabels(svg: string, axis: 'x' | 'y'): string[][] {
  const group = new RegExp(`<g[^>]*aria-label="${axis}-axis tick label"[^>]*>([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map(([, inner]) => (inner.includes('<tspan') ? [...inner.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(([, line]) => line) : [inner]));
}

/** Returns every text node of an SVG. */
const texts = (svg: string) => [...svg.matchAll(/>([^<>]+)</g)].map(([, text]) => text);

describe('the monthly chart of both periods', () => {
  it('names both periods’ months where the year needs saying: the first month and January', () => {
    const ticks = periodMonthTicks(rows);
    expect([...ticks.values()]).toEqual(['jun 22\njun 23', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic', 'ene 23\nene 24', 'feb', 'mar']);
  });

  it('draws them as two-line tick labels, the comparison period over the reporting period (the legend’s order)', () => {
    const svg = renderSvg(periodMonthlyChart(rows, { document, width: 488, periodLabels: ['jun 2022 – mar 2023', 'jun 2023 – mar 2024'] }));
    const labels = tickLabels(svg, 'x');
    expect(labels[0]).toEqual(['jun 22', 'jun 23']);
    expect(labels[7]).toEqual(['ene 23', 'ene 24']);
    expect(labels[9]).toEqual(['mar']);
    // The reporting period's years alone (the old axis: «jun 23 … ene 24 … mar») would mislabel the comparison line.
    expect(labels.flat()).toContain('jun 22');
  });

  it('names every month of both periods when they are not the same months a year apart', () => {
    const ticks = periodMonthTicks([
      { posicion: 0, mes: '2024-01', periodo: 'actual', cantidad: 1 },
      { posicion: 1, mes: '2024-02', periodo: 'actual', cantidad: 1 },
      { posicion: 0, mes: '2023-07', periodo: 'anterior', cantidad: 1 },
      { posicion: 1, mes: '2023-08', periodo: 'anterior', cantidad: 1 },
    ]);
    expect([...ticks.values()]).toEqual(['jul 23\nene 24', 'ago 23\nfeb 24']);
  });

  it('prints a negative axis tick with the minus sign', () => {
    const svg = renderSvg(periodMonthlyChart(rows, { document, width: 488, periodLabels: ['jun 2022 – mar 2023', 'jun 2023 – mar 2024'] }));
    const y = tickLabels(svg, 'y').flat();
    expect(y.some((label) => label.startsWith(MINUS))).toBe(true);
    expect(texts(svg).filter((text) => /-\d/.test(text))).toEqual([]);
  });
});

describe('chart number formats', () => {
  it('use U+2212 for negatives and never print «−0»', () => {
    expect(thousands(-477)).toBe(`${MINUS}477`);
    expect(thousands(-1_234_567.25, 1)).toBe(`${MINUS}1,234,567.3`);
    expect(thousands(-0.04, 1)).toBe('0');
    expect(axisNumber(-20_000)).toBe(`${MINUS}20,000`);
    expect(axisMoney(-2_000_000)).toBe(`${MINUS}$ 2 M`);
    expect(axisMoney(-500_000)).toBe(`${MINUS}$ 500,000`);
    expect(axisMoney(15_000_000)).toBe('$ 15 M');
    expect(percentLabel(-16.93)).toBe(`${MINUS}16.93 %`);
    expect(axisPercent(-20)).toBe(`${MINUS}20 %`);
  });

  it('reach the charts: a negative amount on the budget axis and a negative count on the bars', () => {
    const budget = renderSvg(budgetExecutionChart([{ etiqueta: 'FAE 2024', vigente: -1_000_000, devengado: 500_000, porcentaje: `${MINUS}50.00 %` }], { document, width: 488 }));
    const bars = renderSvg(
      comparisonBarChart(
        [
          { categoria: 'Saldo', anterior: 10, actual: -5 },
          { categoria: 'Otro', anterior: 3, actual: 4 },
        ],
        { document, width: 488, periodLabels: ['a', 'b'] },
      ),
    );
    for (const svg of [budget, bars]) {
      expect(texts(svg).some((text) => text.includes(MINUS))).toBe(true);
      expect(texts(svg).filter((text) => /-\d/.test(text))).toEqual([]);
    }
  });
});
