import { describe, expect, it } from 'vitest';
import { reportingPeriod } from '../../../pipelines/time/reporting-period.js';
import { emptyEditorial } from '../../../presentation/edition/editorial/editorial-content.js';
import { poaPeriodTarget, withPlanTargets } from '../../../presentation/metas/period-targets.js';
import type { TargetData, TargetRow } from '../../../presentation/metas/target-rows.js';

const period = reportingPeriod('2023-06', '2024-03');
const target = (over: Partial<TargetRow>): TargetRow => ({
  anio: 2023,
  mes: null,
  medida: 'visas',
  filtro: '',
  filtroEtiqueta: null,
  unidad: null,
  programado: 0,
  ejecutado: null,
  pctEjecucion: null,
  suprimido: false,
  ...over,
});

describe("the Memoria's period targets from the POA", () => {
  const data: TargetData = {
    hasta: '2024-03',
    targets: [
      // Visas and extensions, monthly in 2023 (June–December) and yearly in 2024 (three months in the period).
      ...[6, 7, 8, 9, 10, 11, 12].map((mes) => target({ mes, filtro: 'tramite=visa', programado: 150 })),
      ...[6, 7, 8, 9, 10, 11, 12].map((mes) => target({ mes, filtro: 'tramite=prorroga', programado: 40 })),
      target({ anio: 2024, filtro: 'tramite=visa', programado: 1800 }),
      target({ anio: 2024, filtro: 'tramite=prorroga', programado: 480 }),
      // PEI endorsements and a target without restriction are not what the line counts.
      target({ anio: 2024, filtro: 'tramite=aval_pei', programado: 9999 }),
      target({ anio: 2024, programado: 7777 }),
      // Passports: a national monthly target and an office's yearly one.
      target({ anio: 2024, mes: 1, medida: 'pasaportes', programado: 30000 }),
      target({ anio: 2024, medida: 'pasaportes', filtro: 'oficina=central', programado: 12 }),
    ],
    months: [],
  };
  const visas = { medida: 'visas', meta: 1945, descripcion: 'Visas y prórrogas', filtro: { tramite: ['visa', 'prorroga'] } };

  it('adds the targets restricted to the codes the line counts: monthly ones month by month, a yearly one a twelfth per month in the period', () => {
    // 2023: 7 × (150 + 40) = 1,330; 2024: (1,800 + 480) × 3 / 12 = 570.
    expect(poaPeriodTarget(visas, data, period)).toBe(1330 + 570);
  });

  it("takes the unrestricted targets for a measure without filter, never the offices' (the same passports twice)", () => {
    expect(poaPeriodTarget({ medida: 'pasaportes', meta: 1, descripcion: 'Pasaportes' }, data, period)).toBe(30000);
  });

  it('keeps the edition folder figure when the POA has no target for the line, and says where each figure comes from', () => {
    const editorial = { ...emptyEditorial(), metas: [visas, { medida: 'nacionalidad', meta: 445, descripcion: 'Nacionalidad' }] };
    expect(withPlanTargets(editorial, data, period).metas).toEqual([
      { ...visas, meta: 1900, origen: 'poa' },
      { medida: 'nacionalidad', meta: 445, descripcion: 'Nacionalidad', origen: 'edicion' },
    ]);
  });
});
