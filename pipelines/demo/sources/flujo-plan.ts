/**
 * The final (corrected) border flow: people per day, direction, border post and sex. Each
 * direction × sex total per Memoria period matches Tabla 15; the rest (posts, days) is spread
 * plausibly, with the airports carrying a bit under 60 % of the flow.
 */
import { FLUJO_DIRECCION } from '../golden/memoria-2023-2024-servicios.js';
import { jitterWeights, splitTotal } from '../shared/allocate.js';
import { demoMonths } from '../shared/calendar.js';
import type { CsvValue } from '../shared/csv-text.js';
import { splitOverDays } from '../shared/daily-profile.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import type { Rng } from '../shared/prng.js';
import { entryPattern, exitPattern } from '../shared/seasonality.js';

/** Border posts, the way each one is crossed, and its usual share of the flow. */
export const PUESTOS: ReadonlyArray<{ readonly puesto: string; readonly via: string; readonly share: number }> = [
  { puesto: 'aies_soarg', via: 'aerea', share: 0.565 },
  { puesto: 'ilopango', via: 'aerea', share: 0.01 },
  { puesto: 'la_hachadura', via: 'terrestre', share: 0.085 },
  { puesto: 'las_chinamas', via: 'terrestre', share: 0.095 },
  { puesto: 'san_cristobal', via: 'terrestre', share: 0.065 },
  { puesto: 'anguiatu', via: 'terrestre', share: 0.035 },
  { puesto: 'el_poy', via: 'terrestre', share: 0.055 },
  { puesto: 'el_amatillo', via: 'terrestre', share: 0.075 },
  { puesto: 'puerto_acajutla', via: 'maritima', share: 0.009 },
  { puesto: 'puerto_la_union', via: 'maritima', share: 0.006 },
];

export const DIRECCIONES = ['entrada', 'salida'] as const;
export const SEXOS = ['M', 'F'] as const;

/** A row of the flujo contract: fecha, direccion, via, puesto, sexo, cantidad. */
export type FlujoRow = [fecha: string, direccion: string, via: string, puesto: string, sexo: string, cantidad: number];

/** Returns the final flow rows of every demo month, in day order. */
export function planFlujo(rng: Rng): Map<string, FlujoRow[]> {
  const counts = new Map<string, number>(); // key: day|direccion|puesto|sexo
  for (const direccion of DIRECCIONES) {
    for (const sexo of SEXOS) {
      const golden = FLUJO_DIRECCION[direccion];
      const key = sexo === 'M' ? 'm' : 'f';
      const series = calibratedMonthlySeries(rng, { anterior: golden.anterior[key], actual: golden.actual[key] }, direccion === 'entrada' ? entryPattern : exitPattern, 0.03);
      for (const [month, total] of series) {
        const perPuesto = splitTotal(
          total,
          jitterWeights(
            rng,
            PUESTOS.map((p) => p.share),
            0.05,
          ),
        );
        PUESTOS.forEach(({ puesto }, i) => {
          const profile = direccion === 'entrada' ? 'frontera_entrada' : 'frontera_salida';
          for (const [day, count] of splitOverDays(rng, perPuesto[i] ?? 0, month, profile, 0.12)) {
            counts.set(`${day}|${direccion}|${puesto}|${sexo}`, count);
          }
        });
      }
    }
  }
  const plan = new Map<string, FlujoRow[]>();
  for (const month of demoMonths()) plan.set(month, []);
  const keys = [...counts.keys()].sort();
  const via = new Map(PUESTOS.map((p) => [p.puesto, p.via]));
  for (const key of keys) {
    const [day = '', direccion = '', puesto = '', sexo = ''] = key.split('|');
    plan.get(day.slice(0, 7))?.push([day, direccion, via.get(puesto) ?? '', puesto, sexo, counts.get(key) ?? 0]);
  }
  return plan;
}

/** Returns rows as CSV values. */
export function asCsvRows(rows: readonly FlujoRow[]): CsvValue[][] {
  return rows.map((row) => [...row]);
}
