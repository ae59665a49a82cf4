import { describe, expect, it } from "vitest";
import type { Source, SourceRef } from "@/lib/content/types";
import { generateQuestionBank } from "@/lib/questions";
import { citationsOf } from "@/lib/questions/parts/question-parts";
import { sampleBank } from "@/lib/questions/sample-bank";
import { courseAt, KESSFORD_DIR } from "./helpers/courses";

describe("sampleBank", () => {
  const bank = generateQuestionBank(courseAt(KESSFORD_DIR), { seed: 1 });

  it("draws the same questions for the same seed, different ones for another, never twice", () => {
    const a = sampleBank(bank, 20261204, 30).map((q) => q.id);
    expect(sampleBank(bank, 20261204, 30).map((q) => q.id)).toEqual(a);
    expect(sampleBank([...bank].reverse(), 20261204, 30).map((q) => q.id)).toEqual(a);
    expect(sampleBank(bank, 7, 30).map((q) => q.id)).not.toEqual(a);
    expect(new Set(a).size).toBe(30);
  });
});

describe("citationsOf", () => {
  const source = { id: "chronicle", title: "Chronicle" } as Source;
  const other = { id: "courier", title: "Courier" } as Source;
  const ref = (quote: string, s = source): SourceRef => ({ source: s, quote });

  it("drops a quote repeated, or contained in a longer quote of the same source", () => {
    const cited = citationsOf([
      ref("Toll Act of 1771 allowed it"),
      ref("The Kessford Toll Act of 1771 allowed it to charge fourpence."),
      ref("The Kessford Toll Act of 1771 allowed it to charge fourpence."),
      ref("the Toll Act of 1771", other),
    ]);
    expect(cited.map((c) => `${c.sourceId}: ${c.quote}`)).toEqual([
      "chronicle: The Kessford Toll Act of 1771 allowed it to charge fourpence.",
      "courier: the Toll Act of 1771",
    ]);
  });
});
