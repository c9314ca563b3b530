import { describe, expect, it } from 'vitest';
import { byUnit, followUp, targetStatus } from '../../../presentation/metas/target-follow-up.js';
import { countSources } from '../../../pipelines/contract/landing-sources.js';
import { measureSubject, type TargetData, type TargetMonthRow, type TargetRow } from '../../../presentation/metas/target-rows.js';

const target = (over: Partial<TargetRow>): TargetRow => ({
  anio: 2024,
  mes: null,
  medida: 'pasaportes',
  filtro: '',
  filtroEtiqueta: null,
  unidad: 'Dirección de Emisión de Pasaporte',
  programado: 0,
  ejecutado: null,
  pctEjecucion: null,
  suprimido: false,
  ...over,
});
const month = (mes: string, programado: number | null, ejecutado: number | null, over: Partial<TargetMonthRow> = {}): TargetMonthRow => ({
  medida: 'pasaportes',
  filtro: '',
  mes,
  programado,
  ejecutado,
  suprimido: false,
  ...over,
});

describe('the PNI status rule applied to the operating plan', () => {
  it('judges the year in progress against the part due, and an ended year against the whole target', () => {
    expect(targetStatus(120, 120, 30, false)).toBe('cumplida');
    expect(targetStatus(30, 120, 30, false)).toBe('en_curso');
    expect(targetStatus(23, 120, 30, false)).toBe('en_riesgo'); // 23 ≥ 22.5
    expect(targetStatus(22, 120, 30, false)).toBe('rezagada');
    expect(targetStatus(119, 120, 120, true)).toBe('rezagada');
    expect(targetStatus(null, 120, 30, false)).toBe('sin_datos');
  });
});

describe('followUp', () => {
  const data: TargetData = {
    hasta: '2024-03',
    targets: [
      target({ mes: 1, programado: 100 }),
      target({ mes: 2, programado: 100 }),
      target({ mes: 3, programado: 120 }),
      target({ filtro: 'oficina=central', filtroEtiqueta: 'Central', programado: 1200 }),
      target({ medida: 'resguardos', filtro: 'nacionalidad=NIC', unidad: 'GAMI', programado: 24 }),
    ],
    months: [
      month('2024-01', 100, 90),
      month('2024-02', 100, 110),
      month('2024-03', 120, 125),
      month('2024-04', 130, null),
      ...['2024-01', '2024-02', '2024-03'].map((mes) => month(mes, null, 70, { filtro: 'oficina=central' })),
      month('2024-01', null, null, { medida: 'resguardos', filtro: 'nacionalidad=NIC', suprimido: true }),
    ],
  };

  it('adds monthly targets over the stretch and the year to date, and counts a twelfth of a yearly target per month', () => {
    const lines = followUp(data, '2024-03', '2024-03');
    const all = lines.find((line) => line.filtro === '')!;
    expect(all).toMatchObject({ periodicidad: 'mensual', programadoTramo: 120, ejecutadoTramo: 125, pctTramo: '104.17', programadoAlCorte: 320, ejecutadoAlCorte: 325, estado: 'en_curso' });
    expect(all.programadoAnual).toBe(450); // the April target counts in the year
    const central = lines.find((line) => line.filtro === 'oficina=central')!;
    // 1,200 a year: 100 a month; 3 months due = 300, 210 done = 70 % < 75 %.
    expect(central).toMatchObject({
      periodicidad: 'anual',
      etiqueta: 'Pasaportes emitidos · Central',
      programadoTramo: 100,
      programadoAlCorte: 300,
      ejecutadoAlCorte: 210,
      pctAlCorte: '70.00',
      estado: 'rezagada',
    });
  });

  it('computes a quarter, keeps a withheld month withheld, and lists what is behind schedule first', () => {
    const lines = followUp(data, '2024-01', '2024-03');
    expect(lines.map((line) => line.estado)).toEqual(['rezagada', 'en_curso', 'reservada']);
    const withheld = lines.find((line) => line.medida === 'resguardos')!;
    expect(withheld).toMatchObject({ ejecutadoTramo: null, ejecutadoAlCorte: null, suprimido: true, pctAlCorte: null });
    expect(byUnit(lines).map((unit) => [unit.unidad, unit.atrasadas])).toEqual([
      ['Dirección de Emisión de Pasaporte', 1],
      ['GAMI', 0],
    ]);
  });

  it('refuses a stretch across two years', () => {
    expect(() => followUp(data, '2023-12', '2024-01')).toThrow(/mismo año/);
  });
});

describe('measureSubject', () => {
  it('names what every count source counts: its monthly title without «por mes»', () => {
    for (const source of countSources) {
      expect(source.title.endsWith(' por mes'), source.name).toBe(true);
      expect(`${measureSubject(source.name)} por mes`).toBe(source.title);
    }
  });
});
