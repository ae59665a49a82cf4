import { describe, expect, it } from "vitest";
import {
  type AssignmentActivity,
  type AssignmentTerms,
  assignmentDueAt,
  assignmentProgress,
  assignmentTerms,
  type StoredAssignment,
} from "@/lib/teaching/assignment-progress";

const setAt = new Date("2026-11-01T09:00:00Z");
const dueAt = assignmentDueAt("2026-11-10", "UTC");
const terms = (goal: AssignmentTerms["goal"], deckSize = 4): AssignmentTerms => ({
  goal,
  deckSize,
  setAt,
  dueAt,
});
const activity = (
  firstCorrect: Record<string, string> = {},
  answersSinceSet = 0,
  goalAnswerAt: string | null = null,
): AssignmentActivity => ({
  firstCorrectAt: new Map(Object.entries(firstCorrect).map(([q, t]) => [q, new Date(t)])),
  answersSinceSet,
  goalAnswerAt: goalAnswerAt ? new Date(goalAnswerAt) : null,
});

describe("assignmentDueAt", () => {
  it("is the end of the due day in the time zone", () => {
    expect(dueAt.toISOString()).toBe("2026-11-11T00:00:00.000Z");
    expect(assignmentDueAt("2026-11-10", "Asia/Baku").toISOString()).toBe(
      "2026-11-10T20:00:00.000Z",
    );
    expect(assignmentDueAt("2026-03-29", "Europe/London").toISOString()).toBe(
      "2026-03-29T23:00:00.000Z",
    );
  });
});

describe("assignmentProgress: every question correct once", () => {
  const goal = { kind: "all_correct" } as const;

  it("has not started with no correct answer", () => {
    const p = assignmentProgress(terms(goal), activity(), new Date("2026-11-02T00:00:00Z"));
    expect(p).toMatchObject({ done: 0, target: 4, fraction: 0, status: "not-started" });
    expect(p.band).toBe("not-started");
  });

  it("is complete when the last question is first answered right, before the due time", () => {
    const p = assignmentProgress(
      terms(goal),
      activity({
        a: "2026-11-02T10:00:00Z",
        b: "2026-11-03T10:00:00Z",
        c: "2026-11-05T10:00:00Z",
        d: "2026-11-04T10:00:00Z",
      }),
      new Date("2026-11-20T00:00:00Z"),
    );
    expect(p.status).toBe("complete");
    expect(p.completedAt?.toISOString()).toBe("2026-11-05T10:00:00.000Z");
    expect(p.band).toBe("on-track");
    expect(p.fraction).toBe(1);
  });

  it("is late when completed after the due time", () => {
    const p = assignmentProgress(
      terms(goal, 2),
      activity({ a: "2026-11-02T10:00:00Z", b: "2026-11-11T00:00:01Z" }),
      new Date("2026-11-20T00:00:00Z"),
    );
    expect(p.status).toBe("late");
  });

  it("is overdue and behind when past due and incomplete", () => {
    const p = assignmentProgress(
      terms(goal),
      activity({ a: "2026-11-02T10:00:00Z" }),
      new Date("2026-11-11T00:00:00Z"),
    );
    expect(p).toMatchObject({ status: "overdue", band: "behind", done: 1 });
  });

  it("compares progress with the share of time elapsed", () => {
    const half = new Date((setAt.getTime() + dueAt.getTime()) / 2);
    const one = activity({ a: "2026-11-02T10:00:00Z" });
    const two = activity({ a: "2026-11-02T10:00:00Z", b: "2026-11-02T11:00:00Z" });
    expect(assignmentProgress(terms(goal), one, half).band).toBe("behind");
    expect(assignmentProgress(terms(goal), two, half).band).toBe("on-track");
    expect(assignmentProgress(terms(goal), one, half).status).toBe("in-progress");
  });

  it("counts an empty deck as complete when set", () => {
    const p = assignmentProgress(terms(goal, 0), activity(), new Date("2026-11-02T00:00:00Z"));
    expect(p).toMatchObject({ fraction: 1, status: "complete" });
    expect(p.completedAt).toEqual(setAt);
  });
});

describe("assignmentProgress: a number of reviews", () => {
  const goal = { kind: "reviews", reviews: 30 } as const;

  it("caps the answers at the goal and completes at the goal-th answer", () => {
    const p = assignmentProgress(
      terms(goal),
      activity({}, 45, "2026-11-06T08:00:00Z"),
      new Date("2026-11-07T00:00:00Z"),
    );
    expect(p).toMatchObject({ done: 30, target: 30, fraction: 1, status: "complete" });
    expect(p.completedAt?.toISOString()).toBe("2026-11-06T08:00:00.000Z");
  });

  it("ignores correct answers: only the count matters", () => {
    const p = assignmentProgress(
      terms(goal),
      activity({ a: "2026-11-02T10:00:00Z" }, 3),
      new Date("2026-11-02T12:00:00Z"),
    );
    expect(p).toMatchObject({ done: 3, fraction: 0.1, status: "in-progress", band: "on-track" });
  });
});

describe("assignmentTerms", () => {
  const stored = (fields: Partial<StoredAssignment> = {}): StoredAssignment => ({
    id: "a1",
    goal: "all_correct",
    goalReviews: null,
    dueDay: "2026-11-10",
    timeZone: "UTC",
    createdAt: setAt,
    deck: { questionIds: ["q1", "gone", "q2"] },
    ...fields,
  });
  const bank = new Set(["q1", "q2", "q3"]);

  it("counts only the deck's questions the bank still has", () => {
    expect(assignmentTerms(stored(), bank)).toEqual({
      questionIds: ["q1", "q2"],
      terms: { goal: { kind: "all_correct" }, deckSize: 2, setAt, dueAt },
    });
    expect(assignmentTerms(stored(), undefined).terms.deckSize).toBe(0);
  });

  it("leaves out the questions taken out of the assignment's class", () => {
    expect(assignmentTerms(stored(), bank, new Set(["q2", "q3"]))).toMatchObject({
      questionIds: ["q1"],
      terms: { deckSize: 1 },
    });
  });

  it("takes a reviews goal's number, and refuses a reviews goal without one", () => {
    const reviews = stored({ goal: "reviews", goalReviews: 30 });
    expect(assignmentTerms(reviews, bank).terms.goal).toEqual({ kind: "reviews", reviews: 30 });
    expect(() => assignmentTerms(stored({ goal: "reviews" }), bank)).toThrow(/has no goal/);
  });
});
