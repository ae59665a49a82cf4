import { describe, expect, it } from "vitest";
import { type MasteryQuestion, masteryReport, ProgressValidationError } from "@/lib/progress";
import { retrievabilityAt } from "@/lib/scheduling";
import { playLog } from "./helpers";

const question = (id: string, themes: string[], periods: string[]): MasteryQuestion => ({
  id,
  tags: { themes, periods },
});

const QUESTIONS = [
  question("q1", ["energy"], ["1990s"]),
  question("q2", ["energy", "transport"], ["2000s"]),
  question("q3", ["transport"], ["1990s", "2000s"]),
  question("q4", ["culture"], []),
];

describe("mastery", () => {
  it("is all new for an empty history", () => {
    const report = masteryReport(QUESTIONS, new Map(), { now: new Date("2026-01-07T12:00:00Z") });
    expect(report.overall).toEqual({
      key: "all",
      total: 4,
      mastered: 0,
      new: 4,
      inProgress: 0,
      masteredShare: 0,
      newShare: 1,
    });
    expect(report.byTheme.map((g) => [g.key, g.total])).toEqual([
      ["culture", 1],
      ["energy", 2],
      ["transport", 2],
    ]);
    expect(report.byDecade.map((g) => [g.key, g.total])).toEqual([
      ["1990s", 2],
      ["2000s", 2],
    ]);
  });

  it("counts a question as mastered while its retrievability is ≥ 0.9, then not after a gap", () => {
    const { cards } = playLog([{ at: "2026-01-05T10:00:00Z", questionId: "q1", rating: "Easy" }]);
    const card = cards.get("q1");
    if (!card) throw new Error("no card");
    const soon = new Date("2026-01-06T10:00:00Z");
    const monthsLater = new Date("2026-06-01T10:00:00Z");
    expect(retrievabilityAt(card, soon)).toBeGreaterThanOrEqual(0.9);
    expect(retrievabilityAt(card, monthsLater)).toBeLessThan(0.9);

    const now = masteryReport(QUESTIONS, cards, { now: soon });
    expect(now.overall).toMatchObject({ mastered: 1, new: 3, inProgress: 0, masteredShare: 0.25 });
    expect(now.byDecade.find((g) => g.key === "1990s")).toMatchObject({
      mastered: 1,
      masteredShare: 0.5,
      newShare: 0.5,
    });
    const later = masteryReport(QUESTIONS, cards, { now: monthsLater });
    expect(later.overall).toMatchObject({ mastered: 0, new: 3, inProgress: 1 });
  });

  it("does not count a lapsed card as mastered", () => {
    const { cards } = playLog([
      { at: "2026-01-05T10:00:00Z", questionId: "q2", rating: "Easy" },
      { at: "2026-01-20T10:00:00Z", questionId: "q2", rating: "Again" },
    ]);
    const card = cards.get("q2");
    expect(card?.lapses).toBe(1);
    const report = masteryReport(QUESTIONS, cards, { now: new Date("2026-01-27T10:00:00Z") });
    expect(report.byTheme.find((g) => g.key === "transport")).toMatchObject({
      total: 2,
      mastered: 0,
      inProgress: 1,
      new: 1,
    });
  });

  it("follows the course's theme order and a custom threshold", () => {
    const { cards } = playLog([{ at: "2026-01-05T10:00:00Z", questionId: "q4", rating: "Easy" }]);
    const report = masteryReport(QUESTIONS, cards, {
      now: new Date("2026-01-06T10:00:00Z"),
      themeOrder: ["transport", "energy"],
      threshold: 1,
    });
    expect(report.byTheme.map((g) => g.key)).toEqual(["transport", "energy", "culture"]);
    expect(report.overall).toMatchObject({ mastered: 0, inProgress: 1 });
  });

  it("gives null shares for an empty course, counts repeated questions once", () => {
    expect(masteryReport([], new Map(), { now: new Date(0) }).overall.masteredShare).toBeNull();
    const twice = [QUESTIONS[0], QUESTIONS[0]].filter((q) => q !== undefined);
    expect(masteryReport(twice, new Map(), { now: new Date(0) }).overall.total).toBe(1);
    expect(() => masteryReport(QUESTIONS, new Map(), { now: new Date(0), threshold: 0 })).toThrow(
      ProgressValidationError,
    );
  });
});
