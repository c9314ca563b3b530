/**
 * How many passports each office issues each month, by sex, calibrated to Tabla 9; and how many of
 * the sucursales' renewals came through the online app (PEL, from December 2023), calibrated to Tabla 6.
 */
import { PASAPORTES_CONSULADOS, PASAPORTES_EN_LINEA, PASAPORTES_SUCURSALES, type BySexAndPeriod } from '../golden/memoria-2023-2024-servicios.js';
import { jitterWeights, splitTotal } from '../shared/allocate.js';
import { demoMonths, monthRange } from '../shared/calendar.js';
import { calibratedMonthlySeries } from '../shared/monthly-series.js';
import type { Rng } from '../shared/prng.js';
import { passportPattern } from '../shared/seasonality.js';

export type Sexo = 'M' | 'F';

export interface PassportCell {
  readonly oficinaTipo: 'sucursal' | 'consulado';
  readonly oficina: string;
  readonly sexo: Sexo;
  readonly count: number;
  /** Renewals requested online (always sucursal, only from 2023-12). */
  readonly enLinea: number;
}

/** Share of the consulates' passports by consulate (the Salvadoran diaspora's main cities). */
export const CONSULADO_SHARES: Readonly<Record<string, number>> = {
  los_angeles: 0.19,
  washington: 0.15,
  houston: 0.12,
  nueva_york: 0.1,
  san_francisco: 0.07,
  dallas: 0.07,
  boston: 0.06,
  miami: 0.04,
  charlotte: 0.04,
  las_vegas: 0.03,
  toronto: 0.03,
  montreal: 0.015,
  madrid: 0.025,
  milan: 0.02,
  ciudad_de_mexico: 0.02,
};

/** First month of online renewals and the pattern of their uptake (Dec-23 … May-24). */
const EN_LINEA_MONTHS = monthRange('2023-12', '2024-05');
const EN_LINEA_RAMP = [0.6, 0.9, 1.1, 1.3, 1.4, 1.5];
const EN_LINEA_CALIBRATED = 4; // Dec-23 … Mar-24 carry Tabla 6's total; Apr and May continue the ramp.

/** Returns online renewals per month for one sex: exact over Dec-23..Mar-24, continuing after. */
function onlineRenewals(rng: Rng, total: number): Map<string, number> {
  const weights = jitterWeights(rng, EN_LINEA_RAMP, 0.05);
  const calibrated = splitTotal(total, weights.slice(0, EN_LINEA_CALIBRATED));
  const rate = total / weights.slice(0, EN_LINEA_CALIBRATED).reduce((s, w) => s + w, 0);
  return new Map(EN_LINEA_MONTHS.map((m, i) => [m, i < EN_LINEA_CALIBRATED ? (calibrated[i] ?? 0) : Math.round(rate * (weights[i] ?? 0))]));
}

/** Returns each sex's monthly series for a category's golden totals. */
function seriesBySex(rng: Rng, golden: BySexAndPeriod): Record<Sexo, Map<string, number>> {
  return {
    M: calibratedMonthlySeries(rng, { anterior: golden.anterior.m, actual: golden.actual.m }, passportPattern),
    F: calibratedMonthlySeries(rng, { anterior: golden.anterior.f, actual: golden.actual.f }, passportPattern),
  };
}

/** Returns, for every demo month, the passports per office and sex (and how many were online). */
export function planPassports(rng: Rng): Map<string, PassportCell[]> {
  const sucursales = Object.entries(PASAPORTES_SUCURSALES).map(([oficina, golden]) => ({ oficina, ...seriesBySex(rng, golden) }));
  const consulados = seriesBySex(rng, PASAPORTES_CONSULADOS);
  const online = { M: onlineRenewals(rng, PASAPORTES_EN_LINEA.m), F: onlineRenewals(rng, PASAPORTES_EN_LINEA.f) };
  const consulateCodes = Object.keys(CONSULADO_SHARES);
  const plan = new Map<string, PassportCell[]>();
  for (const month of demoMonths()) {
    const cells: PassportCell[] = [];
    for (const sexo of ['M', 'F'] as const) {
      const counts = sucursales.map((s) => s[sexo].get(month) ?? 0);
      const onlineShares = splitTotal(online[sexo].get(month) ?? 0, counts);
      sucursales.forEach((s, i) => {
        cells.push({ oficinaTipo: 'sucursal', oficina: s.oficina, sexo, count: counts[i] ?? 0, enLinea: onlineShares[i] ?? 0 });
      });
      const perConsulate = splitTotal(
        consulados[sexo].get(month) ?? 0,
        jitterWeights(
          rng,
          consulateCodes.map((c) => CONSULADO_SHARES[c] ?? 0),
          0.1,
        ),
      );
      consulateCodes.forEach((oficina, i) => {
        cells.push({ oficinaTipo: 'consulado', oficina, sexo, count: perConsulate[i] ?? 0, enLinea: 0 });
      });
    }
    plan.set(month, cells);
  }
  return plan;
}
