/**
 * The quarterly report's protected figures with a fake release: a quarter or year to date of a
 * protected measure is the sum of the released monthly totals, printed `x` as soon as one month in
 * it was suppressed, and never a figure the disclosure control did not see.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Warehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import type { ProtectedRelease, TextRow } from '../../../privacy/protected-release.js';
import { quarter } from '../../../presentation/format/quarters.js';
import { newNumbering } from '../../../reports/pdf/data-table.js';
import { loadQuarterFigures, type QuarterData } from '../../../reports/trimestral/trimestral-data.js';
import { releasedMonths } from '../../../presentation/marts/released-sums.js';
import { monthsOf } from '../../../reports/memoria/sql-fragments.js';
import { serviceHighlights } from '../../../reports/trimestral/trimestral-highlights.js';
import { indicatorsTable } from '../../../reports/trimestral/trimestral-sections.js';

const PROTECTED = new Set(['residencias', 'visas', 'prechequeo_terrestre', 'retornados', 'resguardos', 'control_movil', 'autorizaciones_nna', 'derivaciones', 'carnets']);

const month = (mes: string, medida: string, cantidad: number | null): TextRow => ({ mes, medida, cantidad: cantidad === null ? null : String(cantidad), suprimido: String(cantidad === null) });

/** Released monthly totals: February 2024 of retornados suppressed; resguardos with no row in March 2023 (zero). */
const TOTALS: TextRow[] = [
  ...['2023-01', '2023-02', '2023-03'].map((mes) => month(mes, 'retornados', 900)),
  month('2024-01', 'retornados', 1000),
  month('2024-02', 'retornados', null),
  month('2024-03', 'retornados', 1100),
  month('2023-01', 'resguardos', 10),
  month('2023-02', 'resguardos', 12),
  ...['2024-01', '2024-02', '2024-03'].map((mes) => month(mes, 'resguardos', 15)),
];

function fakeRelease(): ProtectedRelease & { printed: ReturnType<typeof vi.fn> } {
  const printed = vi.fn((measure: string, desde: string) => {
    // Visas: every month vouched for but February 2024; the other protected measures were never seen.
    if (measure === 'visas' && desde !== '2024-02') return 50;
    throw new Error(`${measure} ${desde} no pasó por el control de divulgación`);
  });
  return {
    tables: new Map([['medidas_protegidas_mensual', { name: 'medidas_protegidas_mensual', columns: [], rows: TOTALS }]]),
    isProtected: (measure: string) => PROTECTED.has(measure),
    printed,
  } as unknown as ProtectedRelease & { printed: ReturnType<typeof vi.fn> };
}

/** A warehouse whose marts give every measure the same sums; protected measures must not use them. */
const warehouse = {
  rows: async () => ['pasaportes', 'retornados', 'resguardos', 'visas'].map((medida) => ({ medida, trimestre: 300, trimestre_anterior: 200, acumulado: 300, acumulado_anterior: 200 })),
} as unknown as Warehouse;

describe('protected measures in the quarterly report', () => {
  it('sums released months only when every month is published; a month without a row is zero', () => {
    const release = fakeRelease();
    expect(releasedMonths(release, 'retornados', monthsOf('2023-01', '2023-03'))).toBe(2700);
    expect(releasedMonths(release, 'retornados', monthsOf('2024-01', '2024-03'))).toBe('suppressed');
    expect(releasedMonths(release, 'retornados', monthsOf('2024-03', '2024-03'))).toBe(1100);
    expect(releasedMonths(release, 'resguardos', monthsOf('2023-01', '2023-03'))).toBe(22);
    // A measure not in medidas_protegidas_mensual goes through release.printed month by month; what it refuses is withheld.
    expect(releasedMonths(release, 'visas', monthsOf('2023-01', '2023-03'))).toBe(150);
    expect(releasedMonths(release, 'visas', monthsOf('2024-01', '2024-03'))).toBe('suppressed');
    expect(releasedMonths(release, 'derivaciones', monthsOf('2024-01', '2024-03'))).toBe('suppressed');
  });

  it('prints x for a quarter with a suppressed month, and never the marts’ sums of a protected measure', async () => {
    const release = fakeRelease();
    const figures = await loadQuarterFigures(warehouse, quarter(2024, 1), release);
    const byKey = new Map(figures.map((row) => [row.medida, row]));
    expect(byKey.get('pasaportes')!.trimestre).toEqual({ actual: 300, anterior: 200, variacion: 100, variacion_pct: '50.00' });
    expect(byKey.get('retornados')!.trimestre).toEqual({ actual: null, anterior: 2700, variacion: null, variacion_pct: null });
    expect(byKey.get('resguardos')!.trimestre).toEqual({ actual: 45, anterior: 22, variacion: 23, variacion_pct: '104.55' });
    expect(byKey.get('visas')!.acumulado.actual).toBeNull();
    // The release was asked only about single months of measures it does not publish in medidas_protegidas_mensual.
    for (const [measure, desde, hasta] of release.printed.mock.calls) {
      expect(['retornados', 'resguardos']).not.toContain(measure);
      expect(desde).toBe(hasta);
    }

    const data = { quarter: quarter(2024, 1), previous: quarter(2023, 1), figures } as unknown as QuarterData;
    const table = indicatorsTable(data, newNumbering()) as { stack: { table?: { body: { text?: string }[][] } }[] };
    const body = table.stack.find((part) => part.table)!.table!.body.map((row) => row.map((cell) => cell.text));
    expect(body.find((row) => row[0] === 'Personas retornadas atendidas')).toEqual(['Personas retornadas atendidas', 'x', '2,700', 'x', 'x', 'x', '2,700', 'x']);
    expect(body.find((row) => row[0] === 'Personas extranjeras resguardadas')).toEqual(['Personas extranjeras resguardadas', '45', '22', '+23', '+104.55\u00a0%', '45', '22', '+104.55\u00a0%']);
    expect(body.find((row) => row[0] === 'Derivaciones a instituciones de apoyo')!.slice(1)).toEqual(['x', 'x', 'x', 'x', 'x', 'x', 'x']);

    // The sentences never state a change computed from a withheld figure.
    const { increases, decreases } = serviceHighlights(data);
    expect([...increases, ...decreases].join(' ')).not.toMatch(/retornadas|derivaciones/);
    expect(increases[0]).toContain('45 personas extranjeras resguardadas');
  });
});
