import { describe, expect, it } from "vitest";
import { createRng, sample, shuffle } from "@/lib/questions/random";

describe("createRng", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    expect(seqA).toEqual(seqB);
  });

  it("gives different sequences for different seeds", () => {
    const a = createRng(1);
    const b = createRng(2);
    expect(a.next()).not.toBe(b.next());
  });

  it("stays in [0, 1) and int stays in range", () => {
    const rng = createRng("range");
    for (let i = 0; i < 1000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(7);
      expect(Number.isInteger(n) && n >= 0 && n < 7).toBe(true);
    }
  });

  it("rejects a non-positive bound", () => {
    expect(() => createRng(1).int(0)).toThrow(RangeError);
  });
});

describe("shuffle", () => {
  it("is a permutation and does not mutate its input", () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffle(input, createRng(7));
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...out].sort()).toEqual(input);
  });

  it("puts the first element in each position about equally often (chi-square)", () => {
    const rng = createRng(2024);
    const counts = [0, 0, 0, 0];
    const trials = 8000;
    for (let i = 0; i < trials; i++) {
      const pos = shuffle(["a", "b", "c", "d"], rng).indexOf("a");
      counts[pos] = (counts[pos] ?? 0) + 1;
    }
    const expected = trials / 4;
    const chi = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 3 degrees of freedom: p = 0.001 at 16.27.
    expect(chi).toBeLessThan(16.27);
  });
});

describe("sample", () => {
  it("returns distinct items, at most the pool size", () => {
    const rng = createRng(3);
    expect(new Set(sample([1, 2, 3, 4, 5], 3, rng)).size).toBe(3);
    expect(sample([1, 2], 5, rng)).toHaveLength(2);
  });
});
