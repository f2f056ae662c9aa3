/**
 * A small deterministic random generator (mulberry32): the same seed always gives the same sequence of
 * floats in [0, 1). Used where output must be reproducible: the intent model's training order, and the
 * generated registers and hostile requests of benchmarks and tests. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
