import { describe, expect, it } from 'vitest';
import { nextSlot, previousSlot } from '../../../orchestration/schedule/cron-times.js';
import { sourceFreshness } from '../../../orchestration/schedule/freshness.js';

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describe('schedule times in El Salvador (UTC−6, no daylight saving)', () => {
  it('finds the latest and the next slot of a cron expression', () => {
    const now = at('2024-05-01T12:00:00Z'); // 06:00 in San Salvador, a Wednesday
    expect(previousSlot('30 5 * * *', now)).toEqual(at('2024-05-01T11:30:00Z'));
    expect(nextSlot('30 5 * * *', now)).toEqual(at('2024-05-02T11:30:00Z'));
    expect(previousSlot('0 6 * * *', now)).toEqual(at('2024-05-01T12:00:00Z'));
    expect(previousSlot('0 7 * * 1', now)).toEqual(at('2024-04-29T13:00:00Z'));
    expect(previousSlot('*/30 * * * *', at('2024-05-01T12:17:00Z'))).toEqual(at('2024-05-01T12:00:00Z'));
    expect(previousSlot('0 6 1 1 *', now)).toEqual(at('2024-01-01T12:00:00Z'));
    expect(nextSlot('0 6 * * 1-5', at('2024-05-03T13:00:00Z'))).toEqual(at('2024-05-06T12:00:00Z'));
  });
});

describe('freshness against the schedule', () => {
  const now = at('2024-05-01T15:00:00Z'); // 09:00
  it('is up to date when the last success is at or after the latest slot', () => {
    expect(sourceFreshness('30 5 * * *', at('2024-05-01T11:31:00Z'), now, HOUR)).toEqual({ estado: 'al_dia' });
  });

  it('is late when the latest slot passed its tolerance without a success, naming that slot', () => {
    expect(sourceFreshness('30 5 * * *', at('2024-04-30T11:31:00Z'), now, HOUR)).toEqual({ estado: 'atrasada', esperadaDesde: at('2024-05-01T11:30:00Z') });
  });

  it('accepts the slot before while the latest is within its tolerance (the run may still be going)', () => {
    const early = at('2024-05-01T11:45:00Z'); // 05:45, 15 min after the slot
    expect(sourceFreshness('30 5 * * *', at('2024-04-30T11:31:00Z'), early, HOUR)).toEqual({ estado: 'al_dia' });
    expect(sourceFreshness('30 5 * * *', at('2024-04-29T11:31:00Z'), early, HOUR)).toEqual({ estado: 'atrasada', esperadaDesde: at('2024-04-30T11:30:00Z') });
  });

  it('says when a source never loaded or has no schedule', () => {
    expect(sourceFreshness('30 5 * * *', undefined, now, HOUR).estado).toBe('sin_datos');
    expect(sourceFreshness(undefined, now, now, HOUR).estado).toBe('sin_horario');
  });
});
