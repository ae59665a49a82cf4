import { describe, expect, it } from "vitest";
import { checkAnswer, factIdsOf, generateQuestionBank } from "@/lib/questions";
import { correctResponse } from "./helpers/bank-checks";
import { fixtureCourse, syntheticCourse } from "./helpers/courses";

describe("a synthetic course 20× the fixture", () => {
  const base = fixtureCourse();
  const large = syntheticCourse(base, 20);
  const bank = generateQuestionBank(large, { seed: 1 });

  it("renames every copied record", () => {
    expect(large.documents).toHaveLength(base.documents.length * 20);
    expect(large.byId.get(`${base.documents[0]?.id}-c20`)).toBeDefined();
  });

  it("gives a bank roughly proportional to the course, covering every fact", () => {
    const small = generateQuestionBank(base, { seed: 1 }).length;
    expect(bank.length).toBeGreaterThan(small * 15);
    expect(bank.length).toBeLessThan(small * 25);
    const asked = new Set(bank.flatMap((q) => q.factIds));
    expect(factIdsOf(large).filter((id) => !asked.has(id))).toEqual([]);
  });

  it("keeps every question answerable by its own key", () => {
    expect(bank.every((q) => checkAnswer(q, correctResponse(q)).correct)).toBe(true);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
  });
});
