import { describe, expect, it } from 'vitest';
import { statusRule } from '../../../presentation/pni/status-rule.js';

describe('the rule that gives a PNI year its status, in Spanish', () => {
  it('judges an ended year against its target and the year in progress against the share due', () => {
    expect(statusRule({ anio: 2024, anio_cerrado: true, tipo_meta: 'anual', exigible: 2028 }, '2025-03')).toMatch(/^2024 terminó: «Cumplida» si el valor alcanzó la meta del año, «Rezagada» si no/);
    const inProgress = statusRule({ anio: 2024, anio_cerrado: false, tipo_meta: 'anual', exigible: 2028 }, '2024-03');
    expect(inProgress).toContain('2024 está en curso (3 meses, hasta marzo 2024)');
    expect(inProgress).toContain('(meta × 3 ÷ 12)');
    expect(inProgress).toContain('«En riesgo» si alcanzó al menos el 75 % de ella');
  });

  it('starts a target with milestones from the previous milestone, and does not hold a deliverable late before it is due', () => {
    expect(statusRule({ anio: 2025, anio_cerrado: false, tipo_meta: 'acumulada', exigible: 2028 }, '2025-06')).toContain(
      'el hito del año anterior más la parte del incremento del año que corresponde a 6 meses',
    );
    expect(statusRule({ anio: 2024, anio_cerrado: true, tipo_meta: 'entregable', exigible: 2026 }, '2025-03')).toContain('La META se exige en 2026');
    expect(statusRule({ anio: 2026, anio_cerrado: true, tipo_meta: 'entregable', exigible: 2026 }, '2027-03')).not.toContain('se exige en');
    expect(statusRule({ anio: 2024, anio_cerrado: false, tipo_meta: 'por_definir', exigible: 2028 }, '2024-03')).toMatch(/no se evalúa/);
  });
});
