import { describe, expect, it } from 'vitest';
import { changeClause, countWithUnit, listText, totalSentence } from '../../../reports/memoria/figure-sentences.js';

const unit = { singular: 'pasaporte emitido', plural: 'pasaportes emitidos' };
const totals = (anterior: number | null, actual: number | null, variacion_pct: string | null) => ({
  anterior,
  actual,
  variacion: anterior === null || actual === null ? null : actual - anterior,
  variacion_pct,
});
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('sentences that state figures', () => {
  it('states an increase with its percentage and the comparison base', () => {
    expect(plain(totalSentence(totals(116525, 398437, '241.93'), unit))).toBe(
      'Se reporta un total de 398,437 pasaportes emitidos, un incremento del 241.93 % en comparación con el periodo anterior (116,525).',
    );
  });

  it('states a decrease', () => {
    expect(plain(changeClause(totals(2818, 2341, '-16.93')))).toBe('una disminución del 16.93 % en comparación con el periodo anterior (2,818)');
  });

  it('states no change', () => {
    expect(changeClause(totals(1274, 1274, '0.00'))).toBe('la misma cifra que en el periodo anterior, sin variación');
  });

  it('states that there is no comparison base', () => {
    expect(changeClause(totals(0, 548, null))).toBe('sin base de comparación, pues en el periodo anterior no hubo registros');
    expect(changeClause(totals(null, 548, null))).toBe('sin datos del periodo anterior para comparar');
    expect(totalSentence(totals(0, 0, null), unit)).toBe('No se registraron pasaportes emitidos en el periodo.');
    expect(totalSentence(totals(12, 0, '-100.00'), unit)).toBe('No se registraron pasaportes emitidos en el periodo, frente a 12 en el periodo anterior.');
  });

  it('does not call a tiny change zero', () => {
    expect(plain(changeClause(totals(1000000, 1000001, '0.00')))).toBe('un incremento de menos del 0.01 % en comparación con el periodo anterior (1,000,000)');
  });

  it('uses the singular for one, a detail after the count, and a named comparison', () => {
    expect(countWithUnit(1, unit)).toBe('1 pasaporte emitido');
    expect(plain(totalSentence(totals(0, 1, null), unit))).toBe('Se reporta 1 pasaporte emitido, sin base de comparación, pues en el periodo anterior no hubo registros.');
    expect(plain(totalSentence(totals(10, 20, '100.00'), unit, '(12 hombres y 8 mujeres)'))).toBe(
      'Se reporta un total de 20 pasaportes emitidos (12 hombres y 8 mujeres), un incremento del 100.00 % en comparación con el periodo anterior (10).',
    );
    expect(plain(changeClause(totals(13819, 42049, '204.28'), 'marzo de 2023'))).toBe('un incremento del 204.28 % en comparación con marzo de 2023 (13,819)');
    expect(listText(['a', 'b', 'c'])).toBe('a, b y c');
  });
});
