import type { LoadedDelivery } from '../../pipelines/dbt/build-fingerprint.js';
import { RunFailure } from '../../pipelines/run-failure.js';

/**
 * A large load is built in batches of deliveries (`tandas`, issue #17). Loaded in one build, five
 * years of record-level `flujo` made int_flujo__corregidas resolve 60 million keys in one statement
 * and run out of memory. Each batch but the last is a dbt build, without tests, of what depends on
 * its deliveries' sources (of every seed and model for the first batch of a full refresh), over the
 * deliveries up to its last one (staging reads raw through solo_entregas_de_la_tanda), as if they
 * had been the only ones received so far; incremental models then process each batch as they
 * process a month. The build that follows sees every delivery and runs the tests. A batch is
 * an earlier state of the same history, so the result is the one a run per batch would give, which
 * incremental-contract.test.ts proves equal to a full rebuild.
 */

/** Rows a batch holds by default: a year of record-level crossings (12 million), which one build handles. */
export const DEFAULT_ROWS_PER_BATCH = 12_000_000;

/** The environment variable that sets the rows per batch (a positive integer). */
export const ROWS_PER_BATCH_ENV = 'MEMORIA_FILAS_POR_TANDA';

/** Returns the rows per batch: MEMORIA_FILAS_POR_TANDA when set, else the default; throws a Spanish message when invalid. */
export function rowsPerBatch(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[ROWS_PER_BATCH_ENV];
  if (text === undefined || text === '') return DEFAULT_ROWS_PER_BATCH;
  const rows = Number(text);
  if (!Number.isInteger(rows) || rows < 1) throw new RunFailure(`${ROWS_PER_BATCH_ENV} debe ser un número entero positivo de filas (se recibió «${text}»)`);
  return rows;
}

/** A batch before the last: the last delivery it sees, and the sources of its deliveries (what it builds). */
export interface DeliveryBatch {
  readonly ultimaEntrega: number;
  readonly fuentes: readonly string[];
}

/**
 * Returns every batch before the last one, in load order: consecutive deliveries are grouped while
 * they hold at most `limit` rows (a single larger delivery is a batch of its own). Empty when
 * everything fits in one build.
 */
export function planBatches(deliveries: readonly LoadedDelivery[], limit: number): DeliveryBatch[] {
  const ordered = [...deliveries].sort((a, b) => a.entregaId - b.entregaId);
  const batches: DeliveryBatch[] = [];
  let current: LoadedDelivery[] = [];
  let rows = 0;
  for (const delivery of ordered) {
    if (rows > 0 && rows + delivery.filas > limit) {
      batches.push({ ultimaEntrega: current[current.length - 1].entregaId, fuentes: [...new Set(current.map((batched) => batched.fuente))].sort() });
      current = [];
      rows = 0;
    }
    current.push(delivery);
    rows += delivery.filas;
  }
  return batches;
}
