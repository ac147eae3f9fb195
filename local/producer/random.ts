/** A deterministic pseudo-random source: the same seed always gives the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * mulberry32: a tiny, fast 32-bit generator. Not for secrets; for reproducible demo traffic and
 * test data (same seed, same orders, on every machine).
 *
 * @example const random = seededRandom(42); random.int(1, 6) // always the same roll for seed 42
 */
export function seededRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick needs a non-empty list");
      return item;
    },
  };
}
