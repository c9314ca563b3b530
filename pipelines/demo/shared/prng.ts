/**
 * Seeded pseudo-random numbers for the demo data: every source draws from its own stream so that
 * changing one generator never shifts the numbers of another, and the same call writes the same bytes.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** Returns a mulberry32 generator (small, fast, good enough for synthetic data) for a 32-bit seed. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns the 32-bit FNV-1a hash of a text, used to derive a seed from a stream's name. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Returns the generator of a named stream (for example `pasaportes` or `flujo/correccion`). */
export function createRng(stream: string): Rng {
  return mulberry32(hashText(`memoria-demo/${stream}`));
}

/** Returns a whole number between min and max, both included. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Returns value multiplied by a random factor in [1 - spread, 1 + spread]. */
export function jitter(rng: Rng, value: number, spread: number): number {
  return value * (1 + spread * (2 * rng() - 1));
}

/** Returns one of the items, chosen with probability proportional to its weight. */
export function pickWeighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let target = rng() * total;
  for (let i = 0; i < items.length; i++) {
    target -= weights[i] ?? 0;
    if (target < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/** Returns the same array, shuffled in place (Fisher-Yates). */
export function shuffleInPlace<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = items[i] as T;
    items[i] = items[j] as T;
    items[j] = swap;
  }
  return items;
}
