/**
 * How a large load is split in batches of deliveries (issue #17). That a build in batches gives the
 * tables a full rebuild gives is proved by incremental-contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROWS_PER_BATCH, planBatches, rowsPerBatch } from '../../../orchestration/run/build-batches.js';

const deliveries = (...rows: number[]) => rows.map((filas, index) => ({ entregaId: index + 1, fuente: 'flujo', filas }));
/** The last delivery of each batch before the last. */
const limits = (...args: Parameters<typeof planBatches>) => planBatches(...args).map((batch) => batch.ultimaEntrega);

describe('batches of deliveries', () => {
  it('are not made when everything fits in one build', () => {
    expect(limits([], 10)).toEqual([]);
    expect(limits(deliveries(4, 3, 3), 10)).toEqual([]);
  });

  it('group consecutive deliveries up to the limit, in load order, and end each at its last delivery', () => {
    // 9 | 5 3 | 3 3: the last batch is the build that sees every delivery.
    expect(limits(deliveries(9, 5, 3, 3, 3), 9)).toEqual([1, 3]);
    expect(limits([...deliveries(9, 5, 3, 3, 3)].reverse(), 9)).toEqual([1, 3]);
    // Five years of a million rows a month, a year a batch.
    expect(limits(deliveries(...Array<number>(60).fill(1_000_000)), DEFAULT_ROWS_PER_BATCH)).toEqual([12, 24, 36, 48]);
  });

  it('keep a delivery larger than the limit whole, in a batch of its own', () => {
    expect(limits(deliveries(2, 30, 2), 10)).toEqual([1, 2]);
  });

  it('say which sources their deliveries belong to: what each batch builds', () => {
    const mixed = [
      { entregaId: 1, fuente: 'pni', filas: 2 },
      { entregaId: 2, fuente: 'flujo', filas: 6 },
      { entregaId: 3, fuente: 'flujo', filas: 6 },
      { entregaId: 4, fuente: 'retornados', filas: 1 },
    ];
    expect(planBatches(mixed, 8)).toEqual([{ ultimaEntrega: 2, fuentes: ['flujo', 'pni'] }]);
  });

  it('hold the rows MEMORIA_FILAS_POR_TANDA says, and refuse anything but a positive whole number in Spanish', () => {
    expect(rowsPerBatch({})).toBe(DEFAULT_ROWS_PER_BATCH);
    expect(rowsPerBatch({ MEMORIA_FILAS_POR_TANDA: '500000' })).toBe(500_000);
    for (const text of ['0', '-3', '1.5', 'mil']) {
      expect(() => rowsPerBatch({ MEMORIA_FILAS_POR_TANDA: text })).toThrow(`MEMORIA_FILAS_POR_TANDA debe ser un número entero positivo de filas (se recibió «${text}»)`);
    }
  });
});
