import { describe, expect, it } from "vitest";
import {
  EXCLUSION_CLASSES_MAX,
  excludedForStudent,
  exclusionInputSchema,
} from "@/lib/teaching/exclusions";

describe("excludedForStudent", () => {
  it("is nothing without classes, and one class's exclusions with one", () => {
    expect(excludedForStudent([])).toEqual(new Set());
    expect(excludedForStudent([["q1", "q2"]])).toEqual(new Set(["q1", "q2"]));
  });

  it("keeps a question that another class of the student still asks", () => {
    expect(excludedForStudent([["q1", "q2"], ["q2"], ["q2", "q3"]])).toEqual(new Set(["q2"]));
    expect(excludedForStudent([["q1"], []])).toEqual(new Set());
  });
});

describe("exclusionInputSchema", () => {
  it("takes a list of class ids, once each", () => {
    expect(exclusionInputSchema.parse({ classIds: ["a", "b", "a"] })).toEqual({
      classIds: ["a", "b"],
    });
    expect(exclusionInputSchema.parse({ classIds: [] })).toEqual({ classIds: [] });
  });

  it("refuses anything else, naming the field", () => {
    for (const body of [{}, { classIds: "a" }, { classIds: [""] }, { classIds: [42] }]) {
      const result = exclusionInputSchema.safeParse(body);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path[0]).toBe("classIds");
    }
    const many = Array.from({ length: EXCLUSION_CLASSES_MAX + 1 }, (_, i) => `c${i}`);
    expect(exclusionInputSchema.safeParse({ classIds: many }).success).toBe(false);
  });
});
