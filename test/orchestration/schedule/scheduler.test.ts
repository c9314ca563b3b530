import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSchedule } from '../../../orchestration/schedule/schedule-config.js';
import { memoryScheduleLog } from '../../../orchestration/schedule/schedule-log.js';
import type { CycleOutcome, CycleRequest } from '../../../orchestration/schedule/scheduled-run.js';
import { Scheduler } from '../../../orchestration/schedule/scheduler.js';

/** A schedule of folder sources (the connectors are not called: the cycle is a stub). */
const schedule = (fuentes: Record<string, string>, reintentos = { intentos: 4, espera_inicial_segundos: 60, factor: 2, espera_maxima_segundos: 1800 }) =>
  parseSchedule(
    {
      reintentos,
      fuentes: Object.fromEntries(Object.entries(fuentes).map(([fuente, cron]) => [fuente, { cron, conector: { tipo: 'carpeta' } }])),
    },
    'horario.json',
    '/srv/memoria',
  );

interface Call {
  readonly at: string;
  readonly fuentes: string;
}

/** A cycle stub recording when it ran and with which sources (and attempts); `behave` decides each outcome. */
function stubCycle(
  behave: (request: CycleRequest, call: number) => Promise<Partial<Record<string, 'correcto' | 'transitorio' | 'permanente'>>> | Partial<Record<string, 'correcto' | 'transitorio' | 'permanente'>>,
) {
  const calls: Call[] = [];
  const run = async (request: CycleRequest): Promise<CycleOutcome> => {
    calls.push({ at: new Date().toISOString(), fuentes: request.fuentes.map((entry) => `${entry.fuente}#${entry.intento}`).join(' ') });
    const results = await behave(request, calls.length);
    return {
      ejecucionId: `e${calls.length}`,
      resultado: Object.values(results).every((result) => result === 'correcto') ? 'correcto' : 'fallido',
      fuentes: request.fuentes.map(({ fuente }) => {
        const result = results[fuente] ?? 'correcto';
        return { fuente, resultado: result === 'correcto' ? 'correcto' : 'fallido', transitorio: result === 'transitorio', error: result === 'correcto' ? undefined : 'falló' };
      }),
    };
  };
  return { calls, run };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
let scheduler: Scheduler | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2024-05-01T11:29:30Z')); // 05:29:30 in San Salvador, a Wednesday
});
afterEach(async () => {
  vi.useRealTimers();
  await scheduler?.stop(0);
  scheduler = undefined;
});

describe('the scheduler (fake timers)', () => {
  it('fires each source at its cron time in El Salvador, and sources due together share one cycle', async () => {
    const { calls, run } = stubCycle(() => ({}));
    const log = memoryScheduleLog();
    scheduler = new Scheduler(schedule({ pasaportes: '30 5 * * *', flujo: '30 5 * * *', pni: '0 7 * * 1' }), log, run);
    scheduler.start();
    expect(log.lines).toContain('pasaportes: «30 5 * * *» (carpeta), próxima ejecución 2024-05-01 05:30');
    expect(log.lines).toContain('pni: «0 7 * * 1» (carpeta), próxima ejecución 2024-05-06 07:00');
    await vi.advanceTimersByTimeAsync(29_000);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toEqual([{ at: '2024-05-01T11:30:01.000Z', fuentes: 'pasaportes#1 flujo#1' }]);
    await vi.advanceTimersByTimeAsync(5 * 86_400_000);
    expect(calls.map((call) => call.at)).toEqual([
      '2024-05-01T11:30:01.000Z',
      '2024-05-02T11:30:01.000Z',
      '2024-05-03T11:30:01.000Z',
      '2024-05-04T11:30:01.000Z',
      '2024-05-05T11:30:01.000Z',
      '2024-05-06T11:30:01.000Z',
    ]);
    await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    expect(calls.at(-1)).toEqual({ at: '2024-05-06T13:00:01.000Z', fuentes: 'pni#1' });
  });

  it('skips the ticks of a source whose run is still going (node-cron noOverlap), then resumes', async () => {
    const { calls, run } = stubCycle(async (_request, call) => {
      if (call === 1) await wait(150_000);
      return {};
    });
    const log = memoryScheduleLog();
    scheduler = new Scheduler(schedule({ retornados: '* * * * *' }), log, run);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(31_000); // 05:30:01: first cycle starts and takes 2.5 min
    await vi.advanceTimersByTimeAsync(120_000); // ticks at 05:31 and 05:32 fall inside it
    expect(calls).toHaveLength(1);
    expect(log.lines.filter((line) => line.includes('se omite'))).toEqual([
      'aviso: retornados: se omite el horario de las 2024-05-01 05:31; su ejecución anterior sigue en curso',
      'aviso: retornados: se omite el horario de las 2024-05-01 05:32; su ejecución anterior sigue en curso',
    ]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls.map((call) => call.at)).toEqual(['2024-05-01T11:30:01.000Z', '2024-05-01T11:33:01.000Z']);
  });

  it('retries a transient failure with exponential back-off until it succeeds', async () => {
    const { calls, run } = stubCycle((_request, call) => ({ retornados: call < 3 ? 'transitorio' : 'correcto' }));
    const log = memoryScheduleLog();
    scheduler = new Scheduler(schedule({ retornados: '30 5 * * *' }), log, run);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(calls).toEqual([
      { at: '2024-05-01T11:30:01.000Z', fuentes: 'retornados#1' },
      { at: '2024-05-01T11:31:02.000Z', fuentes: 'retornados#2' }, // +60 s (and the 1 s gathering window)
      { at: '2024-05-01T11:33:03.000Z', fuentes: 'retornados#3' }, // +120 s
    ]);
    expect(log.lines).toContain('aviso: retornados: intento 1 de 4 fallido; se reintenta en 1 min');
    expect(log.lines).toContain('aviso: retornados: intento 2 de 4 fallido; se reintenta en 2 min');
  });

  it('stops retrying after its attempts, and does not retry a permanent failure (data, configuration)', async () => {
    const { calls, run } = stubCycle(() => ({ retornados: 'transitorio', pasaportes: 'permanente' }));
    const log = memoryScheduleLog();
    scheduler = new Scheduler(schedule({ retornados: '30 5 * * *', pasaportes: '30 5 * * *' }, { intentos: 3, espera_inicial_segundos: 60, factor: 2, espera_maxima_segundos: 90 }), log, run);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(calls.map((call) => call.fuentes)).toEqual(['retornados#1 pasaportes#1', 'retornados#2', 'retornados#3']);
    expect(calls[2].at).toBe('2024-05-01T11:32:33.000Z'); // the second wait is capped at 90 s
    expect(log.lines).toContain('error: retornados: se agotaron los 3 intentos; se volverá a intentar en su próximo horario');
    await vi.advanceTimersByTimeAsync(86_400_000);
    // The next day's slot starts over at attempt 1.
    expect(calls.slice(3, 5)).toEqual([
      { at: '2024-05-02T11:30:01.000Z', fuentes: 'retornados#1 pasaportes#1' },
      { at: '2024-05-02T11:31:02.000Z', fuentes: 'retornados#2' },
    ]);
  });

  it('on stop (SIGTERM) schedules nothing more, interrupts the running cycle at its next safe point and waits for it', async () => {
    let signal: AbortSignal | undefined;
    const { calls, run } = stubCycle(async (request) => {
      signal = request.signal;
      // The stub's "safe point": it notices the abort within 5 s, like runEdition between steps.
      while (!request.signal.aborted) await wait(5_000);
      return {};
    });
    scheduler = new Scheduler(schedule({ retornados: '* * * * *' }), memoryScheduleLog(), run);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(31_000);
    const stopped = scheduler.stop(120_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await stopped).toEqual({ abandoned: false });
    expect(signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toHaveLength(1);
  });

  it('abandons a cycle that does not stop within the grace period, and cancels pending retries', async () => {
    const { calls, run } = stubCycle(async (_request, call) => {
      if (call === 3) await wait(3_600_000); // ignores the abort: dbt still building
      return { retornados: call === 1 ? 'transitorio' : 'correcto' };
    });
    scheduler = new Scheduler(schedule({ retornados: '30 5 * * *', flujo: '40 5 * * *' }), memoryScheduleLog(), run);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(31_000); // retornados fails; its retry is due at 05:31:01
    await vi.advanceTimersByTimeAsync(600_000); // 05:40:01: flujo's cycle starts and hangs
    expect(calls.map((call) => call.fuentes)).toEqual(['retornados#1', 'retornados#2', 'flujo#1']);
    const stopped = scheduler.stop(30_000);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await stopped).toEqual({ abandoned: true });
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(calls).toHaveLength(3);
  });
});
