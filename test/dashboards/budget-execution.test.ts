/**
 * The dashboard's budget view uses the Memoria's definitions: vigente = aprobado + modificaciones,
 * and a modificado sent for only some months is said, not compared with the aprobado.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetMonth } from '../../dashboards/data/site-data.js';
import { budgetExecution, partialModificado } from '../../dashboards/site/data/budget-execution.js';

const month = (mes: string, fondo: string, aprobado: number | null, modificado: number | null = null, devengado: number | null = null): BudgetMonth => ({
  mes,
  fondo,
  aprobado,
  modificado,
  comprometido: null,
  devengado,
});

/** GOES 2023 of the demo (cents): October to December sent a modificado; FAE 2024 sent one every month. */
const MONTHS: BudgetMonth[] = [
  month('2023-06', 'goes', 89_544_133, null, 43_738_684),
  month('2023-07', 'goes', 83_551_654),
  month('2023-08', 'goes', 87_984_351),
  month('2023-09', 'goes', 83_488_764),
  month('2023-10', 'goes', 123_302_213, 165_957_616),
  month('2023-11', 'goes', 106_693_224, 143_602_882),
  month('2023-12', 'goes', 116_883_611, 157_318_550),
  month('2024-01', 'fae', 553_420_131, 555_721_226),
  month('2024-02', 'fae', 471_829_825, 473_791_672),
  month('2024-03', 'fae', 559_868_744, 562_196_652),
];

describe('budget execution on the dashboard', () => {
  const stretches = budgetExecution(MONTHS, { desde: '2023-06', hasta: '2024-03' }, ['fae', 'goes']);
  const find = (fondo: string, ejercicio: number) => stretches.find((stretch) => stretch.fondo === fondo && stretch.ejercicio === ejercicio)!;

  it('adds up: vigente = aprobado + modificaciones, for both funds', () => {
    for (const stretch of stretches.filter((candidate) => candidate.aprobado !== null)) {
      expect(stretch.vigente, `${stretch.fondo} ${stretch.ejercicio}`).toBe(stretch.aprobado! + (stretch.modificaciones ?? 0));
    }
    expect(find('goes', 2023)).toMatchObject({ aprobado: 691_447_950, modificado: 466_879_048, modificaciones: 120_000_000, vigente: 811_447_950, meses: 7, mesesModificado: 3 });
    expect(find('fae', 2024)).toMatchObject({ modificaciones: 6_590_850, vigente: 1_591_709_550, meses: 3, mesesModificado: 3 });
  });

  it('says when the modificado covers only some months, and only then', () => {
    expect(partialModificado(find('goes', 2023), 'GOES 2023 (jun a dic)')?.replace(/\u00a0/g, ' ')).toBe(
      'GOES 2023 (jun a dic): solo 3 de los 7 meses registraron presupuesto modificado ($ 4,668,790.48); en los otros 4 meses rige el aprobado. Esa suma parcial no se compara con el aprobado; el vigente es el aprobado más las modificaciones.',
    );
    expect(partialModificado(find('fae', 2024), 'FAE 2024')).toBeNull();
    expect(partialModificado(find('goes', 2024), 'GOES 2024')).toBeNull();
  });
});
