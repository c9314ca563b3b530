import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatCountOrDash, formatMoney, formatPercent, formatPercentChange, groupThousands, ratioPercent, sumMoney } from '../../../presentation/format/number-format.js';
import { shortSpan, spanText, titleSpan } from '../../../presentation/format/period-labels.js';
import { SYMBOLS, symbolLegendText } from '../../../presentation/format/symbols.js';

// The Memoria's figures use a non-breaking space inside `$ 1.00` and `1.00 %`; compare as printed.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('numbers as the Memoria prints them', () => {
  it('groups thousands with commas and keeps decimals exactly', () => {
    expect(formatCount(398437)).toBe('398,437');
    expect(formatCount(11254961)).toBe('11,254,961');
    // Negatives are typeset with the minus sign (U+2212), never a hyphen.
    expect(formatCount(-477)).toBe('\u2212477');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(null)).toBe('..');
    expect(groupThousands('1610317.80')).toBe('1,610,317.80');
  });

  it('prints one conventional sign per meaning in tables (– zero, .. not available, x suppressed, n.a. not applicable)', () => {
    expect(formatCountOrDash(0)).toBe('–');
    expect(formatCountOrDash(null)).toBe('..');
    expect(formatCountOrDash(null, 'suppressed')).toBe('x');
    expect(formatCountOrDash(12)).toBe('12');
    expect(formatPercentChange(null)).toBe('n.a.');
    expect(formatChange(null, 'suppressed')).toBe('x');
    expect(new Set(Object.values(SYMBOLS)).size).toBe(Object.keys(SYMBOLS).length);
    expect(symbolLegendText()).toMatch(/^Signos convencionales: – cero .*; \.\. dato no disponible .*; x cifra confidencial.*; n\.a\. no aplica/);
  });

  it('prints money with the dollar sign and two decimals, from exact text', () => {
    expect(plain(formatMoney('19442720.00'))).toBe('$ 19,442,720.00');
    expect(plain(formatMoney('65908.5'))).toBe('$ 65,908.50');
    expect(plain(formatMoney('-2245689.02'))).toBe('\u2212$ 2,245,689.02');
    expect(formatMoney(null)).toBe('..');
  });

  it('prints percentages and signed changes', () => {
    expect(plain(formatPercent('21.80'))).toBe('21.80 %');
    expect(plain(formatPercentChange('21.80'))).toBe('+21.80 %');
    expect(plain(formatPercentChange('-16.93'))).toBe('\u221216.93 %');
    expect(plain(formatPercentChange('0.00'))).toBe('0.00 %');
    expect(formatChange(2014145)).toBe('+2,014,145');
    expect(formatChange(0)).toBe('0');
  });

  it('never breaks a line between a figure and its unit', () => {
    expect(formatPercent('21.80')).toBe('21.80\u00a0%');
    expect(formatMoney('1.00')).toBe('$\u00a01.00');
  });

  it('rounds ratios half away from zero in exact arithmetic, as the warehouse does', () => {
    expect(ratioPercent(398437, 366200)).toBe('108.80');
    expect(ratioPercent(1, 8)).toBe('12.50');
    expect(ratioPercent(1, 800)).toBe('0.13');
    expect(ratioPercent(-1, 800)).toBe('-0.13');
    expect(ratioPercent(2014145, 9240816)).toBe('21.80');
    expect(ratioPercent(5, 0)).toBeNull();
  });

  it('adds amounts exactly', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['4668790.48', '-6914479.50'])).toBe('-2245689.02');
    expect(sumMoney(['57000.00', '226958.20', '174700.87', '750565.49', '30000.00', '1528334.10', '673450.46'])).toBe('3441009.12');
  });
});

describe('periods as Spanish text', () => {
  it('names spans of months for headers, sentences and titles', () => {
    expect(shortSpan('2022-06', '2023-03')).toBe('jun 2022 – mar 2023');
    expect(spanText('2023-06', '2023-12')).toBe('junio a diciembre de 2023');
    expect(spanText('2023-06', '2024-03')).toBe('junio de 2023 a marzo de 2024');
    expect(titleSpan('2023-06', '2024-03')).toBe('Junio 2023 – marzo 2024');
  });
});
