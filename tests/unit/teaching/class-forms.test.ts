import { describe, expect, it } from "vitest";
import { z } from "zod";
import { assignmentStatusLabel } from "@/lib/teaching/assignment-status-label";
import { assignmentFormSchema, classFormSchema, todayIn } from "@/lib/teaching/class-forms";
import { customDeckStudyId, parseCustomDeckStudyId } from "@/lib/teaching/custom-deck-id";

// 23:30 UTC on 9 November: already the 10th in Baku (UTC+4), still the 9th in London.
const now = new Date("2026-11-09T23:30:00Z");
const schema = assignmentFormSchema(now);
const form = (fields: Record<string, string>) => ({
  deckId: "deck-1",
  dueDay: "2026-11-20",
  timeZone: "Europe/London",
  goal: "all_correct",
  goalReviews: "",
  ...fields,
});
const errors = (fields: Record<string, string>) => {
  const result = schema.safeParse(form(fields));
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("classFormSchema", () => {
  it("trims the name and needs 1–80 characters", () => {
    expect(classFormSchema.parse({ name: "  7B History ", courseId: "c" }).name).toBe("7B History");
    expect(classFormSchema.safeParse({ name: "   ", courseId: "c" }).success).toBe(false);
    expect(classFormSchema.safeParse({ name: "x".repeat(81), courseId: "c" }).success).toBe(false);
    expect(classFormSchema.safeParse({ name: "x".repeat(80), courseId: "c" }).success).toBe(true);
    expect(classFormSchema.safeParse({ name: "7B", courseId: "" }).success).toBe(false);
  });
});

describe("assignmentFormSchema", () => {
  it("gives an all-correct goal no number, whatever the form sent", () => {
    expect(schema.parse(form({ goalReviews: "40" }))).toEqual({
      deckId: "deck-1",
      dueDay: "2026-11-20",
      timeZone: "Europe/London",
      goal: "all_correct",
      goalReviews: null,
    });
  });

  it("ignores the hidden number field unless the goal is a number of answers", () => {
    for (const goalReviews of ["0", "many", "2.5", "10001"]) {
      expect(schema.parse(form({ goalReviews })).goalReviews).toBeNull();
    }
    expect(errors({ goal: "everything", goalReviews: "many" })).toEqual({
      goal: ["Choose a goal."],
    });
  });

  it("needs 1–10,000 whole answers for a reviews goal", () => {
    expect(schema.parse(form({ goal: "reviews", goalReviews: "25" })).goalReviews).toBe(25);
    expect(schema.parse(form({ goal: "reviews", goalReviews: "10000" })).goalReviews).toBe(10_000);
    expect(errors({ goal: "reviews", goalReviews: "" }).goalReviews).toBeDefined();
    expect(errors({ goal: "reviews", goalReviews: "0" }).goalReviews).toBeDefined();
    expect(errors({ goal: "reviews", goalReviews: "10001" }).goalReviews).toBeDefined();
    expect(errors({ goal: "reviews", goalReviews: "2.5" }).goalReviews).toBeDefined();
    expect(errors({ goal: "reviews", goalReviews: "many" }).goalReviews).toBeDefined();
    expect(errors({ goal: "everything" }).goal).toBeDefined();
  });

  it("needs a real date, not before today in the teacher's time zone", () => {
    expect(errors({ dueDay: "2026-02-30" }).dueDay).toBeDefined();
    expect(errors({ dueDay: "next week" }).dueDay).toBeDefined();
    expect(errors({ dueDay: "2026-11-09" })).toEqual({});
    expect(errors({ dueDay: "2026-11-08" }).dueDay).toBeDefined();
    expect(errors({ dueDay: "2026-11-09", timeZone: "Asia/Baku" }).dueDay).toBeDefined();
    expect(errors({ dueDay: "2026-11-10", timeZone: "Asia/Baku" })).toEqual({});
  });

  it("needs a time zone the runtime knows", () => {
    expect(errors({ timeZone: "Mars/Olympus" }).timeZone).toBeDefined();
    expect(errors({ timeZone: "" }).timeZone).toBeDefined();
  });

  it("says what today is in a zone", () => {
    expect(todayIn("Asia/Baku", now)).toBe("2026-11-10");
    expect(todayIn("UTC", now)).toBe("2026-11-09");
  });
});

describe("assignmentStatusLabel", () => {
  it("counts the days left, or names the outcome", () => {
    expect(assignmentStatusLabel("not-started", "2026-11-12", "2026-11-09")).toBe("Due in 3 days");
    expect(assignmentStatusLabel("in-progress", "2026-11-10", "2026-11-09")).toBe("Due tomorrow");
    expect(assignmentStatusLabel("in-progress", "2026-11-09", "2026-11-09")).toBe("Due today");
    expect(assignmentStatusLabel("overdue", "2026-11-01", "2026-11-09")).toBe("Overdue");
    expect(assignmentStatusLabel("complete", "2026-11-12", "2026-11-09")).toBe("Complete");
    expect(assignmentStatusLabel("late", "2026-11-01", "2026-11-09")).toBe("Complete (late)");
  });
});

describe("custom deck study ids", () => {
  it("round-trips and leaves built-in ids alone", () => {
    expect(customDeckStudyId("ckabc")).toBe("custom-ckabc");
    expect(parseCustomDeckStudyId("custom-ckabc")).toBe("ckabc");
    expect(parseCustomDeckStudyId("custom-")).toBeNull();
    expect(parseCustomDeckStudyId("all")).toBeNull();
    expect(parseCustomDeckStudyId("theme-energy")).toBeNull();
  });
});
