import type { Warehouse } from '../pipelines/warehouse/warehouse-connection.js';
import type { FigureInterval } from './disclosure-audit.js';
import { FigureSystem, type Figure, type FigureScope } from './figure-system.js';
import type { FinestGrid } from './finest-grid.js';
import { protectFigures } from './protected-release.js';
import type { ProtectedSource } from './protected-sources.js';
import { addEarlierReleases, readLedger } from './publication-ledger.js';

/** One figure an answer asks for: a sum of the source's finest cells. */
export interface AnswerScope {
  readonly key: string;
  readonly scope: FigureScope;
}

/** An answer's figures after disclosure control. */
export interface ProtectedAnswer {
  /** The figure of each asked scope, by key; undefined when no cell is there (a zero, no row). */
  readonly figures: ReadonlyMap<string, Figure | undefined>;
  readonly system: FigureSystem;
  /** The finest cells the answer adds up (recorded in the ledger as hidden cells). */
  readonly cells: readonly number[];
  /** Values of the merged dimension published as `otras`. */
  readonly merged: readonly string[];
}

/** An answer the disclosure control cannot make safe: nothing is given, for the reason said. */
export class AnswerRefused extends Error {
  constructor(
    message: string,
    readonly failures: readonly FigureInterval[] = [],
  ) {
    super(message);
  }
}

/**
 * Protects an answer about a protected source with the edition's disclosure control, against
 * everything already published and answered (the publication ledger): the source's finest cells
 * (`grid`, read with readFinestGrid)
 * join the system unpublished, the ledger's figures join as they were published (fixed), the
 * answer's figures are added, and small cells, secondary suppression and the attacker's audit run
 * as for an edition. Figures never span sources, so only this source's ledger figures matter.
 * `publications` limits the ledger to those (an answer repeated as it was first given).
 */
export async function protectAnswer(
  warehouse: Warehouse,
  source: ProtectedSource,
  grid: FinestGrid,
  scopes: readonly AnswerScope[],
  threshold: number,
  publications?: readonly string[],
): Promise<ProtectedAnswer> {
  const system = new FigureSystem();
  for (const cell of grid.cells.get(source.mart) ?? []) system.addHiddenCell(cell);
  const ledger = (await readLedger(warehouse, publications)).filter((row) => row.fuente === source.source);
  addEarlierReleases(system, ledger);
  const figures = new Map<string, Figure | undefined>();
  for (const { key, scope } of scopes) figures.set(key, system.addAggregate(scope, 'aggregate', source.isSensitive(scope.filter)));

  const { audit } = await protectFigures(system, threshold);
  if (audit.failures.length > 0) {
    const answerFailures = audit.failures.filter((failure) => !system.figures.get(failure.id)?.earlier);
    const reason =
      answerFailures.length < audit.failures.length
        ? 'combinada con lo ya publicado o respondido, permitiría deducir cifras que se suprimieron antes'
        : 'ninguna supresión dentro de la respuesta impide deducir sus cifras pequeñas de lo ya publicado o respondido';
    throw new AnswerRefused(`la respuesta no se entrega: ${reason} (${audit.failures.length} cifra${audit.failures.length === 1 ? '' : 's'}, por ejemplo ${audit.failures[0].id})`, audit.failures);
  }
  const answered = [...figures.values()].filter((figure): figure is Figure => figure !== undefined);
  const cells = [...new Set(answered.flatMap((figure) => figure.members))].sort((a, b) => a - b);
  return { figures, system, cells, merged: grid.merged };
}
