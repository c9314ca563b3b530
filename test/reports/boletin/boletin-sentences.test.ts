/**
 * The bulletin's key results are generated from the figures: an increase says «aumentó», a
 * decrease «disminuyó» (the month) or «bajó» (the year to date), each with the measure's unit, the
 * size of the change and the figure compared with; a withheld figure says so and prints `x`.
 */
import { describe, expect, it } from 'vitest';
import * as sentences from '../../../reports/boletin/boletin-sentences.js';
import type { KeyResultInput } from '../../../reports/boletin/boletin-sentences.js';

// Figures and their % are joined by a no-break space in print; the expectations read it as a space.
const plain =
  <A extends unknown[]>(generate: (...args: A) => string | undefined) =>
  (...args: A) =>
    generate(...args)?.replace(/\u00a0/g, ' ');
const keyResult = plain(sentences.keyResult);
const monthResult = plain(sentences.monthResult);
const yearToDateResult = plain(sentences.yearToDateResult);
const largestChangesSentence = plain(sentences.largestChangesSentence);

const passports = { singular: 'pasaporte emitido', plural: 'pasaportes emitidos' };
const people = { singular: 'persona retornada atendida', plural: 'personas retornadas atendidas' };

const input = (figures: Partial<KeyResultInput>): KeyResultInput => ({
  unidad: passports,
  month: '2024-03',
  mes: 120,
  mes_anterior: 100,
  variacion_mes_pct: '20.00',
  acumulado: 300,
  acumulado_anterior: 250,
  variacion_acumulado_pct: '20.00',
  ...figures,
});

describe('key result sentences of the bulletin', () => {
  it('says «aumentó» for an increase, with the unit, the percentage and the figure a year earlier', () => {
    expect(keyResult(input({}))).toBe(
      'En marzo de 2024 se registraron 120 pasaportes emitidos: la cifra aumentó 20.00 % frente a marzo de 2023 (100). ' +
        'De enero a marzo de 2024 suman 300 pasaportes emitidos, un acumulado que aumentó 20.00 % frente al mismo periodo de 2023 (250).',
    );
  });

  it('says «disminuyó» for a month that fell and «bajó» for a year to date that fell', () => {
    const sentence = keyResult(input({ mes: 90, variacion_mes_pct: '-10.00', acumulado: 200, variacion_acumulado_pct: '-20.00' }));
    expect(sentence).toContain('se registraron 90 pasaportes emitidos: la cifra disminuyó 10.00 % frente a marzo de 2023 (100).');
    expect(sentence).toContain('suman 200 pasaportes emitidos, un acumulado que bajó 20.00 % frente al mismo periodo de 2023 (250).');
    expect(sentence).not.toContain('aumentó');
  });

  it('mixes both: the month up and the year to date down', () => {
    const sentence = keyResult(input({ acumulado: 240, variacion_acumulado_pct: '-4.00' }));
    expect(sentence).toMatch(/la cifra aumentó 20\.00 %.*un acumulado que bajó 4\.00 %/);
  });

  it('uses the singular for one, says when nothing changed, and names a change under 0.01 %', () => {
    expect(monthResult(input({ unidad: people, mes: 1, mes_anterior: 1, variacion_mes_pct: '0.00' }))).toBe(
      'En marzo de 2024 se registró 1 persona retornada atendida: la cifra no varió frente a marzo de 2023 (1).',
    );
    expect(monthResult(input({ mes: 100001, mes_anterior: 100000, variacion_mes_pct: '0.00' }))).toContain('aumentó menos del 0.01 %');
  });

  it('has no comparison base when the year before had no records, and says when neither month had any', () => {
    expect(monthResult(input({ mes: 14, mes_anterior: 0, variacion_mes_pct: null }))).toBe(
      'En marzo de 2024 se registraron 14 pasaportes emitidos: la cifra no tiene base de comparación, pues en marzo de 2023 no hubo registros.',
    );
    expect(monthResult(input({ mes: 0, mes_anterior: 0, variacion_mes_pct: null }))).toBe('En marzo de 2024 no se registraron pasaportes emitidos, como tampoco en marzo de 2023.');
    expect(monthResult(input({ mes: 0, mes_anterior: 5, variacion_mes_pct: '-100.00' }))).toContain('la cifra disminuyó 100.00 % frente a marzo de 2023 (5)');
  });

  it('never states a figure the disclosure control withheld, nor a change computed from one', () => {
    expect(monthResult(input({ unidad: people, mes: null, variacion_mes_pct: null }))).toBe(
      'La cifra de personas retornadas atendidas de marzo de 2024 no se publica, para proteger a las personas (x).',
    );
    const previousWithheld = monthResult(input({ mes_anterior: null, variacion_mes_pct: null }));
    expect(previousWithheld).toBe('En marzo de 2024 se registraron 120 pasaportes emitidos: la cifra no se compara con marzo de 2023, cuya cifra está protegida (x).');
    expect(yearToDateResult(input({ acumulado: null, variacion_acumulado_pct: null }))).toBe('El acumulado de enero a marzo de 2024 no se publica, para proteger a las personas (x).');
  });

  it('has no year-to-date sentence in January, when it is the month itself', () => {
    expect(yearToDateResult(input({ month: '2024-01' }))).toBeUndefined();
    expect(keyResult(input({ month: '2024-01' }))).toBe('En enero de 2024 se registraron 120 pasaportes emitidos: la cifra aumentó 20.00 % frente a enero de 2023 (100).');
  });

  it('names the other services’ largest increases and decreases, skipping withheld figures and zero bases', () => {
    const sentence = largestChangesSentence(
      [
        { nombre: 'Autorizaciones de salida de NNA', mes: 134, mes_anterior: 100, variacion_mes_pct: '34.00' },
        { nombre: 'Control migratorio móvil', mes: 160, mes_anterior: 100, variacion_mes_pct: '60.00' },
        { nombre: 'Constancias de no restricción', mes: 11, mes_anterior: 12, variacion_mes_pct: '-8.33' },
        { nombre: 'Personas extranjeras resguardadas', mes: null, mes_anterior: 10, variacion_mes_pct: null },
        { nombre: 'Carnés de tránsito vecinal fronterizo', mes: 14, mes_anterior: 0, variacion_mes_pct: null },
      ],
      'marzo de 2023',
    );
    expect(sentence).toBe(
      'Frente a marzo de 2023, aumentaron sobre todo las cifras de control migratorio móvil (+60.00 %) y autorizaciones de salida de NNA (+34.00 %); disminuyó la cifra de constancias de no restricción (−8.33 %).',
    );
    expect(largestChangesSentence([{ nombre: 'Pasaportes emitidos', mes: 5, mes_anterior: 10, variacion_mes_pct: '-50.00' }], 'marzo de 2023')).toBe(
      'Frente a marzo de 2023, disminuyó la cifra de pasaportes emitidos (−50.00 %).',
    );
    expect(largestChangesSentence([], 'marzo de 2023')).toBeUndefined();
  });
});
