import { hashToUint32 } from "./hash";

/** A deterministic pseudo-random generator: the same seed always yields the same sequence. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, bound). */
  int(bound: number): number;
}

/** sfc32 (Small Fast Counter, 32-bit): passes PractRand to 2^40 and needs only Math.imul. */
function sfc32(a0: number, b0: number, c0: number, d0: number): () => number {
  let a = a0 >>> 0;
  let b = b0 >>> 0;
  let c = c0 >>> 0;
  let d = d0 >>> 0;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** Creates a generator from a number or a string seed (strings are hashed). */
export function createRng(seed: number | string): Rng {
  const text = typeof seed === "number" ? `n:${seed}` : `s:${seed}`;
  const raw = sfc32(
    hashToUint32(text, 1),
    hashToUint32(text, 2),
    hashToUint32(text, 3),
    hashToUint32(text, 4),
  );
  // Warm up so that similar seeds diverge.
  for (let i = 0; i < 12; i++) raw();
  return {
    next: raw,
    int(bound: number): number {
      if (!Number.isInteger(bound) || bound <= 0) {
        throw new RangeError(`Rng.int: bound must be a positive integer, got ${bound}`);
      }
      return Math.floor(raw() * bound);
    },
  };
}

/** Fisher–Yates shuffle into a new array; every permutation is equally likely. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** Picks `count` distinct items (fewer if the pool is smaller), in random order. */
export function sample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  return shuffle(items, rng).slice(0, Math.max(0, count));
}
