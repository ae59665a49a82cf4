import { describe, expect, it } from "vitest";
import { ratingFromGrade, SchedulingValidationError } from "@/lib/scheduling";

describe("ratingFromGrade", () => {
  it("maps a wrong answer to Again", () => {
    expect(ratingFromGrade({ correct: false })).toBe("Again");
    expect(ratingFromGrade({ correct: false, override: "Again" })).toBe("Again");
  });

  it("maps a right answer to Good by default", () => {
    expect(ratingFromGrade({ correct: true })).toBe("Good");
    expect(ratingFromGrade({ correct: true, override: null })).toBe("Good");
  });

  it.each(["Hard", "Easy", "Again", "Good"] as const)(
    "lets the student change a right answer to %s",
    (override) => {
      expect(ratingFromGrade({ correct: true, override })).toBe(override);
    },
  );

  it.each(["Hard", "Good", "Easy"] as const)(
    "refuses to upgrade a wrong answer to %s",
    (override) => {
      expect(() => ratingFromGrade({ correct: false, override })).toThrow(
        SchedulingValidationError,
      );
      try {
        ratingFromGrade({ correct: false, override });
      } catch (error) {
        expect((error as SchedulingValidationError).code).toBe("INVALID_GRADE");
      }
    },
  );
});
