import { changedSources, storedBuildAndRaw, type LoadedDelivery, type RawState } from '../../pipelines/dbt/build-fingerprint.js';
import { landingSources } from '../../pipelines/contract/landing-sources.js';
import type { ReportingPeriod } from '../../pipelines/time/reporting-period.js';

/**
 * What a build must cover (issue #17: a month costs a month). Everything, from scratch, when the dbt
 * code or reference data changed since the last build (`full-refresh`); every node when the last
 * build did not record its raw layer (`all`); otherwise what lies downstream of what changed since
 * the last build (`changes`): the sources whose raw layer changed (new deliveries), with the
 * deliveries' shared models, and the period's models when the period changed; nothing when
 * neither did.
 */
export type BuildScope = { readonly kind: 'full-refresh' | 'all' | 'nothing' } | { readonly kind: 'changes'; readonly sources: readonly string[]; readonly period: boolean };

/**
 * The one model that reads the reporting period (MEMORIA_DESDE and MEMORIA_HASTA, else dbt's vars
 * `desde` and `hasta`); every figure that depends on the period lies downstream of it
 * (test/architecture/period-model.test.ts keeps it so).
 */
export const PERIOD_MODEL = 'int_periodos';

/** The next build of a warehouse: its scope and what it starts from. */
export interface NextBuild {
  readonly scope: BuildScope;
  /** The raw layer the build will include. */
  readonly raw: RawState;
  /** Every delivery of the raw layer, in load order. */
  readonly deliveries: LoadedDelivery[];
  /**
   * The last delivery the models already hold: 0 for a full refresh; null when unknown (a build
   * recorded before it was kept, which is then not split in batches).
   */
  readonly builtUpTo: number | null;
}

/** Returns the next build of the transaction's warehouse. */
export async function buildScope(workPath: string, fingerprint: string, period: ReportingPeriod): Promise<NextBuild> {
  const { previous, raw, deliveries } = await storedBuildAndRaw(
    workPath,
    landingSources.map((source) => source.name),
  );
  if (!previous || previous.huella !== fingerprint) return { scope: { kind: 'full-refresh' }, raw, deliveries, builtUpTo: 0 };
  if (previous.crudo === null) return { scope: { kind: 'all' }, raw, deliveries, builtUpTo: null };
  const sources = changedSources(previous.crudo, raw);
  const periodChanged = previous.periodo !== periodKey(period);
  return {
    scope: sources.length || periodChanged ? { kind: 'changes', sources, period: periodChanged } : { kind: 'nothing' },
    raw,
    deliveries,
    builtUpTo: previous.ultimaEntrega,
  };
}

export const periodKey = (period: ReportingPeriod) => `${period.desde}..${period.hasta}`;

/**
 * The dbt selection of a build over what changed. For each source with news: its models and
 * everything downstream (their shared marts, quality marts, targets and PNI figures), malformed
 * rows, and the deliveries' models every source reads (only those: what lies below them belongs to
 * each source). For a new period: the period's model and everything downstream.
 */
export function changesSelection(sources: readonly string[], period: boolean): string {
  const selectors = sources.length ? [...sources.map((source) => `source:raw.${source}+`), 'source:raw.filas_malformadas+', 'stg_entregas__entregas', 'int_entregas__ordenadas'] : [];
  return [...selectors, ...(period ? [`${PERIOD_MODEL}+`] : [])].join(' ');
}

/** The build's scope in the run's words (progress and report). */
export function scopeText(scope: BuildScope): string {
  if (scope.kind !== 'changes') return { 'full-refresh': 'reconstrucción completa', all: 'todos los modelos', nothing: 'sin novedades: nada que construir' }[scope.kind];
  const what = [...(scope.sources.length ? [`de ${scope.sources.join(', ')}`] : []), ...(scope.period ? ['del periodo, que cambió'] : [])];
  return `solo lo que depende ${what.join(' y ')}`;
}
