/**
 * Procurement processes (one per id) with their final state. Jun-Dec 2023 and Jan-Mar 2024 hold
 * exactly the contracted processes of Tablas 24 and 27 (count and amount per method) and the states
 * per rubro of Tablas 25 and 28; other months get a plausible mix.
 */
import { COMPRAS_CONTRATADAS, COMPRAS_ESTADOS, type Estado, type Metodo, type Rubro } from '../golden/memoria-2023-2024-finanzas.js';
import { jitterWeights, splitTotal } from '../shared/allocate.js';
import { daysOfMonth, demoMonths, monthRange, weekday } from '../shared/calendar.js';
import { isPublicHoliday } from '../shared/holidays.js';
import { pickWeighted, randomInt, type Rng } from '../shared/prng.js';

export interface Proceso {
  readonly fecha: string;
  readonly metodo: Metodo;
  readonly rubro: Rubro;
  readonly estado: Estado;
  readonly cents: number;
}

const WINDOWS = { '2023-06..2023-12': ['2023-06', '2023-12'], '2024-01..2024-03': ['2024-01', '2024-03'] } as const;

/** How many of each method's contracted processes were goods (the rest were services), per window. */
const BIENES_POR_METODO: Record<keyof typeof WINDOWS, Partial<Record<Metodo, number>>> = {
  '2023-06..2023-12': { licitacion_conjunta: 3, licitacion_publica: 3, mercado_bursatil: 12, compra_rele: 2, comparacion_precios: 20 },
  '2024-01..2024-03': { licitacion_competitiva: 2 },
};

/** Returns a random working day between two months, both included. */
function workingDay(rng: Rng, desde: string, hasta: string): string {
  const days = monthRange(desde, hasta)
    .flatMap(daysOfMonth)
    .filter((d) => weekday(d) % 6 !== 0 && !isPublicHoliday(d));
  return days[Math.floor(rng() * days.length)] as string;
}

/** Returns the processes of one Memoria window, calibrated to its tables. */
function windowProcesses(rng: Rng, window: keyof typeof WINDOWS): Proceso[] {
  const [desde, hasta] = WINDOWS[window];
  const processes: Proceso[] = [];
  for (const { metodo, procesos, cents } of COMPRAS_CONTRATADAS[window]) {
    const amounts = splitTotal(
      cents,
      jitterWeights(
        rng,
        Array.from({ length: procesos }, () => 1),
        0.7,
      ),
    );
    amounts.forEach((amount, i) => {
      const rubro: Rubro = i < (BIENES_POR_METODO[window][metodo] ?? 0) ? 'bienes' : 'servicios';
      processes.push({ fecha: workingDay(rng, desde, hasta), metodo, rubro, estado: 'contratacion', cents: amount });
    });
  }
  for (const [rubro, estados] of Object.entries(COMPRAS_ESTADOS[window] ?? {}) as Array<[Rubro, Partial<Record<Estado, number>>]>) {
    const contracted = processes.filter((p) => p.rubro === rubro).length;
    if (contracted !== (estados.contratacion ?? 0)) throw new Error(`compras: ${window} ${rubro} has ${contracted} contracted`);
    for (const [estado, count] of Object.entries(estados) as Array<[Estado, number]>) {
      if (estado === 'contratacion') continue;
      for (let i = 0; i < count; i++) {
        const metodo: Metodo = window.startsWith('2024') ? 'comparacion_precios' : pickWeighted(rng, ['comparacion_precios', 'licitacion_publica'], [3, 1]);
        // Processes not (yet) contracted carry their estimated amount.
        processes.push({ fecha: workingDay(rng, desde, hasta), metodo, rubro, estado, cents: randomInt(rng, 8_000, 90_000) * 100 });
      }
    }
  }
  return processes;
}

const OTHER_METODOS: Metodo[] = ['comparacion_precios', 'mercado_bursatil', 'licitacion_publica', 'libre_gestion', 'licitacion_conjunta', 'contratacion_directa', 'convenio'];
const OTHER_WEIGHTS = [45, 15, 10, 12, 6, 4, 2];
const TYPICAL_DOLLARS: Partial<Record<Metodo, [number, number]>> = {
  comparacion_precios: [3_000, 40_000],
  mercado_bursatil: [20_000, 90_000],
  licitacion_publica: [15_000, 60_000],
  licitacion_competitiva: [50_000, 250_000],
  licitacion_conjunta: [25_000, 70_000],
};

/** Returns a plausible month of processes outside the Memoria's windows. */
function ordinaryProcesses(rng: Rng, month: string): Proceso[] {
  return Array.from({ length: randomInt(rng, 4, 9) }, (): Proceso => {
    let metodo = pickWeighted(rng, OTHER_METODOS, OTHER_WEIGHTS);
    if (month >= '2024-01' && metodo === 'licitacion_publica') metodo = 'licitacion_competitiva';
    const [low, high] = TYPICAL_DOLLARS[metodo] ?? [2_000, 30_000];
    const recent = month >= '2024-04';
    const estado = pickWeighted<Estado>(rng, ['contratacion', 'desierto', 'evaluacion', 'preparacion'], recent ? [5, 1, 2, 2] : [6, 1, 0, 0]);
    const rubro = pickWeighted<Rubro>(rng, ['bienes', 'servicios', 'obras', 'consultorias'], [55, 38, 4, 3]);
    return { fecha: workingDay(rng, month, month), metodo, rubro, estado, cents: randomInt(rng, low * 100, high * 100) };
  });
}

/** Returns every process of the demo span in date order. */
export function planCompras(rng: Rng): Proceso[] {
  const processes = [...windowProcesses(rng, '2023-06..2023-12'), ...windowProcesses(rng, '2024-01..2024-03')];
  for (const month of demoMonths()) if (month < '2023-06' || month > '2024-03') processes.push(...ordinaryProcesses(rng, month));
  return processes
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.fecha < b.p.fecha ? -1 : a.p.fecha > b.p.fecha ? 1 : a.i - b.i))
    .map(({ p }) => p);
}
