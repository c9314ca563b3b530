import { describe, expect, it } from 'vitest';
import { CountCube } from '../../dashboards/site/data/count-cube.js';
import { addCifras, cifraText, variation } from '../../dashboards/site/data/figures.js';
import { weekdayCounts } from '../../dashboards/site/data/period-months.js';
import { parseHash, toHash, type StateBounds } from '../../dashboards/site/state/view-state.js';

const bounds: StateBounds = {
  meses: ['2022-06', '2022-07', '2023-05', '2023-06', '2023-07', '2024-03'],
  periodo: { desde: '2023-06', hasta: '2024-03' },
  comparacion: { desde: '2022-06', hasta: '2023-03' },
  opciones: { oficina: ['central', 'usa_la'], puesto: ['el_amatillo'], eje: ['1', '2'], institucion: ['dgme'], indicador: ['1.1.1.a'], mes: ['2023-06', '2023-12', '2024-03'] },
};

describe('the view in the URL', () => {
  it('starts at the edition period compared with the same months a year earlier', () => {
    const state = parseHash('', bounds);
    expect(state.pagina).toBe('resumen');
    expect(state.periodo).toEqual(bounds.periodo);
    expect(state.comparacion).toEqual(bounds.comparacion);
    expect(toHash(state, bounds)).toBe('#resumen');
  });

  it('round-trips a shared view and leaves the defaults out of the link', () => {
    const hash = '#flujo?desde=2023-07&hasta=2024-03&comparar_desde=2022-06&comparar_hasta=2022-07&sexo=F&puesto=el_amatillo';
    const state = parseHash(hash, bounds);
    expect(state).toMatchObject({ pagina: 'flujo', periodo: { desde: '2023-07', hasta: '2024-03' }, comparacion: { desde: '2022-06', hasta: '2022-07' }, sexo: 'F', puesto: 'el_amatillo' });
    expect(toHash(state, bounds)).toBe(hash);
    expect(toHash(parseHash('#flujo?desde=2023-07&hasta=2024-03', bounds), bounds)).toBe('#flujo?desde=2023-07&hasta=2024-03');
  });

  it('keeps the month of «Metas del POA» in the link, and leaves it out by default', () => {
    expect(parseHash('#metas?mes=2023-12', bounds)).toMatchObject({ pagina: 'metas', mes: '2023-12', periodo: bounds.periodo });
    expect(toHash(parseHash('#metas?mes=2023-12', bounds), bounds)).toBe('#metas?mes=2023-12');
    expect(toHash(parseHash('#metas', bounds), bounds)).toBe('#metas');
    expect(parseHash('#metas?mes=2023-13', bounds).mes).toBe('');
  });

  it('drops a value the edition does not have, so that the view and its link agree', () => {
    const state = parseHash('#servicios?oficina=xyz&puesto=el_amatillo&eje=9&institucion=nadie&indicador=1.1.1.a&mes=2023-07&comparar_desde=1990-01&comparar_hasta=2022-07', bounds);
    expect(state).toMatchObject({ oficina: '', puesto: 'el_amatillo', eje: '', institucion: '', indicador: '1.1.1.a', mes: '', comparacion: bounds.comparacion });
    expect(toHash(state, bounds)).toBe('#servicios?puesto=el_amatillo&indicador=1.1.1.a');
    expect(parseHash('#servicios?oficina=usa_la', bounds).oficina).toBe('usa_la');
  });

  it('falls back to the defaults on anything it does not know, and orders a reversed period', () => {
    expect(parseHash('#nada?desde=1999-01&sexo=X', bounds)).toMatchObject({ pagina: 'resumen', periodo: bounds.periodo, sexo: '' });
    expect(parseHash('#resumen?desde=2024-03&hasta=2023-06', bounds).periodo).toEqual({ desde: '2023-06', hasta: '2024-03' });
  });
});

describe('sums of published cells', () => {
  const cube = new CountCube({
    dims: ['mes', 'sexo'],
    valores: { mes: ['2024-01', '2024-02'], sexo: ['F', 'M'] },
    cantidad: [3, null, 0, 7],
    meses: ['2024-01', '2024-02'],
    fuente: 'prueba_mensual',
    protegido: true,
  });

  it('suppresses any sum with a suppressed member, keeps zeros and says "no data" outside the months', () => {
    expect(cube.sum({ mes: ['2024-01'] })).toBe('suprimido');
    expect(cube.sum({ mes: ['2024-01'], sexo: ['F'] })).toBe(3);
    expect(cube.sum({ mes: ['2024-02'], sexo: ['F'] })).toBe(0);
    expect(cube.sum({ mes: ['2025-01'] })).toBeNull();
    expect([...cube.groupSum({}, 'sexo')]).toEqual([
      ['F', 3],
      ['M', 'suprimido'],
    ]);
    expect([...cube.monthly({ sexo: ['M'] }, ['2023-12', '2024-01', '2024-02'])]).toEqual([
      ['2023-12', null],
      ['2024-01', 'suprimido'],
      ['2024-02', 7],
    ]);
  });

  it('reads a sparse cube like a dense one', () => {
    const sparse = new CountCube({
      dims: ['mes', 'sexo'],
      valores: { mes: ['2024-01', '2024-02'], sexo: ['F', 'M'] },
      cantidad: [3, 7],
      indice: { mes: [0, 1], sexo: [0, 1] },
      meses: ['2024-01', '2024-02'],
      fuente: 'prueba_mensual',
      protegido: false,
    });
    expect([...sparse.groupSum({}, 'mes')]).toEqual([
      ['2024-01', 3],
      ['2024-02', 7],
    ]);
  });

  it('prints changes as the Memoria does, and a suppressed change as suppressed', () => {
    // The PDF's formats put a no-break space before the percent sign.
    const change = variation(11_254_961, 9_240_816);
    expect({ ...change, porcentaje: change.porcentaje.replace(/\u00a0/g, ' ') }).toEqual({ absoluta: '+2,014,145', porcentaje: '+21.80 %', signo: 1 });
    // The conventional signs of the PDFs: x withheld, .. not available, – zero, n.a. a change against zero.
    expect(variation('suprimido', 10).absoluta).toBe('x');
    expect(variation(5, null).porcentaje).toBe('..');
    expect(variation(5, 0).porcentaje).toBe('n.a.');
    expect([cifraText(0), cifraText('suprimido'), cifraText(null), cifraText(1200)]).toEqual(['–', 'x', '..', '1,200']);
    expect(addCifras([1, 'suprimido'])).toBe('suprimido');
    expect(addCifras([null, null])).toBeNull();
  });

  it('counts the weekdays of a month (March 2024 starts on a Friday)', () => {
    expect(weekdayCounts(['2024-03'])).toEqual([4, 4, 4, 4, 5, 5, 5]);
  });
});
