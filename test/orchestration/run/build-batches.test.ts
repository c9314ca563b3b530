/**
 * How a large load is split in batches of deliveries (issue #17). That a build in batches gives the
 * tables a full rebuild gives is proved by incremental-contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROWS_PER_BATCH, dbtBuilds, planBatches, rowsPerBatch } from '../../../orchestration/run/build-batches.js';
import { changesSelection } from '../../../orchestration/run/build-scope.js';

const deliveries = (...rows: number[]) => rows.map((filas, index) => ({ entregaId: index + 1, fuente: 'flujo', filas }));
/** The last delivery of each batch. */
const limits = (...args: Parameters<typeof planBatches>) => planBatches(...args).map((batch) => batch.ultimaEntrega);

describe('batches of deliveries', () => {
  it('are one when everything fits in one build', () => {
    expect(limits([], 10)).toEqual([]);
    expect(limits(deliveries(4, 3, 3), 10)).toEqual([3]);
  });

  it('group consecutive deliveries up to the limit, in load order, and end each at its last delivery', () => {
    // 9 | 5 3 | 3 3
    expect(limits(deliveries(9, 5, 3, 3, 3), 9)).toEqual([1, 3, 5]);
    expect(limits([...deliveries(9, 5, 3, 3, 3)].reverse(), 9)).toEqual([1, 3, 5]);
    // Five years of a million rows a month, a year a batch.
    expect(limits(deliveries(...Array<number>(60).fill(1_000_000)), DEFAULT_ROWS_PER_BATCH)).toEqual([12, 24, 36, 48, 60]);
  });

  it('keep a delivery larger than the limit whole, in a batch of its own', () => {
    expect(limits(deliveries(2, 30, 2), 10)).toEqual([1, 2, 3]);
  });

  it('say which sources their deliveries belong to', () => {
    const mixed = [
      { entregaId: 1, fuente: 'pni', filas: 2 },
      { entregaId: 2, fuente: 'flujo', filas: 6 },
      { entregaId: 3, fuente: 'flujo', filas: 6 },
      { entregaId: 4, fuente: 'retornados', filas: 1 },
    ];
    expect(planBatches(mixed, 8)).toEqual([
      { ultimaEntrega: 2, fuentes: ['flujo', 'pni'] },
      { ultimaEntrega: 4, fuentes: ['flujo', 'retornados'] },
    ]);
  });

  it('hold the rows MEMORIA_FILAS_POR_TANDA says, and refuse anything but a positive whole number in Spanish', () => {
    expect(rowsPerBatch({})).toBe(DEFAULT_ROWS_PER_BATCH);
    expect(rowsPerBatch({ MEMORIA_FILAS_POR_TANDA: '500000' })).toBe(500_000);
    for (const text of ['0', '-3', '1.5', 'mil']) {
      expect(() => rowsPerBatch({ MEMORIA_FILAS_POR_TANDA: text })).toThrow(`MEMORIA_FILAS_POR_TANDA debe ser un número entero positivo de filas (se recibió «${text}»)`);
    }
  });
});

describe('the dbt builds of a run', () => {
  const history = deliveries(9, 5, 3, 3, 3);

  it('are one build, as the scope says, when the new deliveries fit in one batch', () => {
    expect(dbtBuilds({ kind: 'full-refresh' }, history, 100)).toEqual([{ fullRefresh: true }]);
    expect(dbtBuilds({ kind: 'changes', sources: ['flujo'], period: true }, history, 100)).toEqual([{ fullRefresh: false, select: changesSelection(['flujo'], true) }]);
    expect(dbtBuilds({ kind: 'nothing' }, [], 100)).toEqual([{ fullRefresh: false }]);
  });

  it('after a full refresh: every node from scratch up to the first batch, then its sources for each next one, the last seeing every delivery and rebuilding every staging view', () => {
    expect(dbtBuilds({ kind: 'full-refresh' }, history, 9)).toEqual([
      { fullRefresh: true, entregaHasta: 1 },
      { fullRefresh: false, select: `${changesSelection(['flujo'], false)} source:raw.flujo+1`, entregaHasta: 3 },
      { fullRefresh: false, select: `${changesSelection(['flujo'], false)} source:raw.flujo+1 source:raw+1` },
    ]);
  });

  it("after a change: the period with the first batch, the changed sources no batch covered at the end, and every loaded source's staging each time", () => {
    const news = [
      { entregaId: 7, fuente: 'flujo', filas: 9 },
      { entregaId: 8, fuente: 'flujo', filas: 9 },
      { entregaId: 9, fuente: 'pni', filas: 1 },
    ];
    // retornados changed without a delivery; pni's delivery comes in the last batch only.
    const staging = 'source:raw.flujo+1 source:raw.pni+1 source:raw.retornados+1';
    expect(dbtBuilds({ kind: 'changes', sources: ['flujo', 'pni', 'retornados'], period: true }, news, 10)).toEqual([
      { fullRefresh: false, select: `${changesSelection(['flujo'], true)} ${staging}`, entregaHasta: 7 },
      { fullRefresh: false, select: `${changesSelection(['flujo', 'pni', 'retornados'], false)} ${staging}` },
    ]);
  });
});
