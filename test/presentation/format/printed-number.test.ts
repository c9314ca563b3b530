import { describe, expect, it } from 'vitest';
import { printedNumber } from '../../../presentation/format/printed-number.js';

describe('printed figures read back as numbers (the Memoria workbook, chart downloads)', () => {
  it('turns printed figures into numbers Excel can sum, with the format they were printed in', () => {
    expect(printedNumber('11,254,961')).toEqual({ value: 11254961, format: '#,##0' });
    expect(printedNumber('+2,014,145')).toEqual({ value: 2014145, format: '+#,##0;-#,##0' });
    expect(printedNumber('−1,200')).toEqual({ value: -1200, format: '#,##0' });
    expect(printedNumber('+21.80 %')).toEqual({ value: 0.218, format: '+0.00 %;-0.00 %' });
    expect(printedNumber('77.75\u00a0%')).toEqual({ value: 0.7775, format: '0.00 %' });
    expect(printedNumber('$ 19,442,720.00')).toEqual({ value: 19442720, format: '"$" #,##0.00' });
    expect(printedNumber('2023')).toEqual({ value: 2023, format: '0' });
  });

  it('leaves signs and words as text: a suppressed figure never becomes a number', () => {
    for (const text of ['x', '–', '..', 'n.a.', 'Entrada', '1,23', '']) expect(printedNumber(text), text).toBeUndefined();
  });
});
