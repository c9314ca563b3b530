import { describe, expect, it } from 'vitest';
import { quarter, quarterMonths, quarterName, quarterOf, quartersEndingIn, quarterYearBefore } from '../../../presentation/format/quarters.js';

const codes = (desde: string, hasta: string) => quartersEndingIn({ desde, hasta }).map((q) => q.codigo);

describe('calendar quarters', () => {
  it('gives every quarter that ends inside the demo period of 10 months (2023-06..2024-03)', () => {
    expect(codes('2023-06', '2024-03')).toEqual(['2023-T2', '2023-T3', '2023-T4', '2024-T1']);
  });

  it('leaves out a quarter the period ends in the middle of, and includes one it starts in the middle of', () => {
    expect(codes('2023-06', '2024-02')).toEqual(['2023-T2', '2023-T3', '2023-T4']);
    expect(codes('2024-01', '2024-05')).toEqual(['2024-T1']);
    expect(codes('2023-05', '2023-05')).toEqual([]);
    expect(codes('2023-04', '2023-06')).toEqual(['2023-T2']);
    expect(codes('2023-03', '2023-03')).toEqual(['2023-T1']);
    expect(codes('2022-12', '2024-12')).toEqual(['2022-T4', '2023-T1', '2023-T2', '2023-T3', '2023-T4', '2024-T1', '2024-T2', '2024-T3', '2024-T4']);
  });

  it('knows each quarter’s months, its Spanish name and the same quarter a year earlier', () => {
    expect(quarter(2024, 1)).toEqual({ codigo: '2024-T1', anio: 2024, numero: 1, desde: '2024-01', hasta: '2024-03' });
    expect(quarterOf('2023-12')).toEqual({ codigo: '2023-T4', anio: 2023, numero: 4, desde: '2023-10', hasta: '2023-12' });
    expect(quarterOf('2023-07').codigo).toBe('2023-T3');
    expect(quarterName(quarter(2024, 1))).toBe('Primer trimestre de 2024');
    expect(quarterName(quarter(2023, 3))).toBe('Tercer trimestre de 2023');
    expect(quarterMonths(quarter(2024, 1))).toBe('enero a marzo');
    expect(quarterMonths(quarter(2023, 4))).toBe('octubre a diciembre');
    expect(quarterYearBefore(quarter(2024, 1)).codigo).toBe('2023-T1');
    expect(() => quarter(2024, 5)).toThrow();
  });
});
