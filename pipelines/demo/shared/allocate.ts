/**
 * Splitting exact totals into parts. The demo is calibrated to printed figures, so every split must
 * preserve its total to the unit (or to the cent, when the units are cents).
 */
import { jitter, shuffleInPlace, type Rng } from './prng.js';

/**
 * Returns whole parts proportional to the weights that add up exactly to total (largest remainder;
 * ties go to the earlier part, so the result is deterministic).
 */
export function splitTotal(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`splitTotal: bad total ${total}`);
  const weightSum = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  if (total === 0) return weights.map(() => 0);
  if (weightSum <= 0) throw new Error(`splitTotal: ${total} cannot go into parts that all weigh 0`);
  const exact = weights.map((w) => (Math.max(0, w) / weightSum) * total);
  const parts = exact.map((x) => Math.floor(x));
  let missing = total - parts.reduce((sum, p) => sum + p, 0);
  const order = exact
    .map((x, index) => ({ index, remainder: x - Math.floor(x), weight: weights[index] ?? 0 }))
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) {
    const entry = order[k];
    if (entry) parts[entry.index] = (parts[entry.index] ?? 0) + 1;
  }
  return parts;
}

/** Returns the weights, each multiplied by its own random factor in [1 - spread, 1 + spread]. */
export function jitterWeights(rng: Rng, weights: readonly number[], spread: number): number[] {
  return weights.map((w) => (w > 0 ? jitter(rng, w, spread) : 0));
}

/** Returns a map from each key to its part of total, split with jittered weights. */
export function splitByKey<K extends string>(rng: Rng, total: number, weights: Readonly<Record<K, number>>, spread = 0): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const parts = splitTotal(
    total,
    jitterWeights(
      rng,
      keys.map((k) => weights[k]),
      spread,
    ),
  );
  const result = {} as Record<K, number>;
  keys.forEach((key, i) => {
    result[key] = parts[i] ?? 0;
  });
  return result;
}

/** Returns a list of labels, each repeated as often as its count, in a random order. */
export function expandCounts<T>(rng: Rng, counts: ReadonlyArray<readonly [T, number]>): T[] {
  const labels: T[] = [];
  for (const [label, count] of counts) for (let i = 0; i < count; i++) labels.push(label);
  return shuffleInPlace(rng, labels);
}
