import type { LoadedDelivery } from '../../pipelines/dbt/build-fingerprint.js';
import { RunFailure } from '../../pipelines/run-failure.js';
import { changesSelection, type BuildScope } from './build-scope.js';

/**
 * A large load is built in batches of deliveries (`tandas`, issue #17). Loaded in one build, five
 * years of record-level `flujo` made int_flujo__corregidas resolve 60 million keys in one statement
 * and run out of memory. Each batch is the build a run that had received only the deliveries up to
 * its last one would make (staging reads raw through solo_entregas_de_la_tanda): seeds, models and
 * tests of what depends on its deliveries' sources, every node for the first batch of a full refresh,
 * and what depends on the period in the first batch when the period changed. Incremental models
 * process each batch as they process a month, and its tests check its rows, as in any build. A
 * batch is an earlier state of the same history, so the result is the one a run per batch would
 * give, which incremental-contract.test.ts proves equal to a full rebuild.
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

/** A batch: its last delivery, and the sources of its deliveries (what it builds). */
export interface DeliveryBatch {
  readonly ultimaEntrega: number;
  readonly fuentes: readonly string[];
}

/**
 * Splits deliveries in batches, in load order: consecutive deliveries are grouped while they hold at
 * most `limit` rows (a single larger delivery is a batch of its own). One batch when all fit.
 */
export function planBatches(deliveries: readonly LoadedDelivery[], limit: number): DeliveryBatch[] {
  const ordered = [...deliveries].sort((a, b) => a.entregaId - b.entregaId);
  const batches: LoadedDelivery[][] = [];
  let rows = 0;
  for (const delivery of ordered) {
    if (batches.length === 0 || (rows > 0 && rows + delivery.filas > limit)) {
      batches.push([]);
      rows = 0;
    }
    batches[batches.length - 1].push(delivery);
    rows += delivery.filas;
  }
  return batches.map((batch) => ({ ultimaEntrega: batch[batch.length - 1].entregaId, fuentes: [...new Set(batch.map((delivery) => delivery.fuente))].sort() }));
}

/** dbt's selector of every staging view: the children of every raw table. */
const EVERY_STAGING_VIEW = 'source:raw+1';

/** One `dbt build` of a run: its selection (none: every node), whether it starts from scratch, and the last delivery it sees (none: all). */
export interface DbtBuild {
  readonly select?: string;
  readonly fullRefresh: boolean;
  readonly entregaHasta?: number;
}

/**
 * Returns the dbt builds of a run over `scope`: one, as the scope says, when its new deliveries fit
 * in one batch (or the scope has nothing to add); otherwise one per batch (see the top of this file).
 * The last batch sees every delivery and builds what depends on its deliveries' sources and on the
 * changed sources no batch covered: the first batch built everything else (a full refresh's every
 * node, a change's period), and no raw row lies beyond the last delivery (each source's tests hold
 * every raw row of the deliveries not yet built to a delivery of the register, whatever the batch).
 * Staging models are views whose filter is written when they are built: every batch rebuilds the
 * staging of every source the run loads, so that no view shows another batch's deliveries (a test
 * relating a source's staging to the deliveries' register would fail), and the last one rebuilds
 * them (after a full refresh, every staging view) so that none keeps a batch's filter after the run.
 */
export function dbtBuilds(scope: BuildScope, newDeliveries: readonly LoadedDelivery[], limit: number): DbtBuild[] {
  const single: DbtBuild = { fullRefresh: scope.kind === 'full-refresh', ...(scope.kind === 'changes' ? { select: changesSelection(scope.sources, scope.period) } : {}) };
  if (scope.kind === 'nothing' || scope.kind === 'all') return [single];
  const batches = planBatches(newDeliveries, limit);
  if (batches.length <= 1) return [single];
  const changed = scope.kind === 'changes' ? scope.sources : [];
  const staging = [...new Set([...batches.flatMap((batch) => batch.fuentes), ...changed])].sort().map((source) => `source:raw.${source}+1`);
  const covered = new Set(batches.slice(0, -1).flatMap((batch) => batch.fuentes));
  const selecting = (sources: readonly string[], period: boolean) => [changesSelection(sources, period), ...staging].join(' ');
  return batches.map((batch, index): DbtBuild => {
    if (index === batches.length - 1) {
      const select = selecting([...new Set([...batch.fuentes, ...changed.filter((source) => !covered.has(source))])].sort(), false);
      // The first batch of a full refresh wrote its filter into every staging view, those of sources with no delivery too.
      return { fullRefresh: false, select: scope.kind === 'full-refresh' ? `${select} ${EVERY_STAGING_VIEW}` : select };
    }
    if (index === 0 && scope.kind === 'full-refresh') return { fullRefresh: true, entregaHasta: batch.ultimaEntrega };
    return { fullRefresh: false, select: selecting(batch.fuentes, index === 0 && scope.kind === 'changes' && scope.period), entregaHasta: batch.ultimaEntrega };
  });
}
