import { previousSlot } from './cron-times.js';

/** Whether a source is up to date with its schedule. */
export type FreshnessState = 'al_dia' | 'atrasada' | 'sin_datos' | 'sin_horario';

export interface Freshness {
  readonly estado: FreshnessState;
  /** The slot whose run has not succeeded (for `atrasada`). */
  readonly esperadaDesde?: Date;
}

/**
 * Returns a source's freshness: up to date when its last successful pull is at or after its latest
 * scheduled slot; while that slot is younger than `toleranceMs` (the run and its retries may still be
 * going) the slot before it is enough. Computed from the run log and the cron schedule rather than
 * `dbt source freshness`: the raw tables have no load time per row (only raw.entregas.cargada_en,
 * which does not move when a pull finds nothing new), and dbt's fixed warn/error intervals cannot
 * follow a schedule like «weekdays at 05:30».
 */
export function sourceFreshness(cron: string | undefined, lastSuccess: Date | undefined, now: Date, toleranceMs: number): Freshness {
  if (!cron) return { estado: 'sin_horario' };
  if (!lastSuccess) return { estado: 'sin_datos' };
  const slot = previousSlot(cron, now);
  if (!slot || lastSuccess >= slot) return { estado: 'al_dia' };
  if (now.getTime() - slot.getTime() < toleranceMs) {
    const before = previousSlot(cron, new Date(slot.getTime() - 1));
    if (!before || lastSuccess >= before) return { estado: 'al_dia' };
    return { estado: 'atrasada', esperadaDesde: before };
  }
  return { estado: 'atrasada', esperadaDesde: slot };
}
