import { describe, expect, it } from "vitest";
import { ProgressValidationError, retentionByDeck, retentionRate } from "@/lib/progress";
import { playLog, retentionRows } from "./helpers";

const NOW = new Date("2026-03-01T12:00:00Z");
const decks = [
  { id: "all", questionIds: ["q1", "q2", "q3"] },
  { id: "first", questionIds: ["q1"] },
  { id: "unstudied", questionIds: ["q9"] },
];

describe("retention", () => {
  it("is null (no data), not 0%, for an empty history", () => {
    const { overall, decks: perDeck } = retentionByDeck([], decks);
    expect(overall.last7.all).toEqual({ correct: 0, total: 0, rate: null });
    expect(overall.last30.mature.rate).toBeNull();
    expect(perDeck.map((d) => d.last30.all.rate)).toEqual([null, null, null]);
  });

  it("counts a single first answer in `all` but not in true retention", () => {
    const { rows } = playLog([{ at: "2026-02-28T10:00:00Z", questionId: "q1", rating: "Good" }]);
    const { overall } = retentionByDeck(retentionRows(rows, NOW), decks);
    expect(overall.last7.all).toEqual({ correct: 1, total: 1, rate: 1 });
    expect(overall.last7.mature).toEqual({ correct: 0, total: 0, rate: null });
  });

  it("counts a lapse against true retention", () => {
    // q1: learnt with Easy (straight to Review), then forgotten 10 days later, then recalled.
    const { rows } = playLog([
      { at: "2026-02-10T10:00:00Z", questionId: "q1", rating: "Easy" },
      { at: "2026-02-20T10:00:00Z", questionId: "q1", rating: "Again" },
      { at: "2026-02-27T10:00:00Z", questionId: "q2", rating: "Easy" },
      { at: "2026-02-28T10:00:00Z", questionId: "q2", rating: "Good" },
    ]);
    expect(rows.map((r) => r.stateBefore.state)).toEqual(["New", "Review", "New", "Review"]);
    const { overall, decks: perDeck } = retentionByDeck(retentionRows(rows, NOW), decks);
    expect(overall.last30.all).toEqual({ correct: 3, total: 4, rate: 0.75 });
    expect(overall.last30.mature).toEqual({ correct: 1, total: 2, rate: 0.5 });
    expect(overall.last7.all).toEqual({ correct: 2, total: 2, rate: 1 });
    expect(overall.last7.mature).toEqual({ correct: 1, total: 1, rate: 1 });
    const first = perDeck.find((d) => d.deckId === "first");
    expect(first?.last30.mature).toEqual({ correct: 0, total: 1, rate: 0 });
    expect(first?.last7.all.rate).toBeNull();
    expect(perDeck.find((d) => d.deckId === "unstudied")?.last30.all.rate).toBeNull();
  });

  it("leaves out reviews older than the window after a gap of months", () => {
    const { rows } = playLog([
      { at: "2025-09-01T10:00:00Z", questionId: "q1", rating: "Easy" },
      { at: "2026-02-25T10:00:00Z", questionId: "q1", rating: "Again" },
    ]);
    const { overall } = retentionByDeck(retentionRows(rows, NOW), decks);
    expect(overall.last30.all).toEqual({ correct: 0, total: 1, rate: 0 });
    expect(overall.last30.mature).toEqual({ correct: 0, total: 1, rate: 0 });
  });

  it("sums repeated rows and counts a question in every deck that lists it", () => {
    const row = {
      questionId: "q1",
      last7: { all: { correct: 1, total: 2 }, mature: { correct: 1, total: 1 } },
      last30: { all: { correct: 2, total: 4 }, mature: { correct: 1, total: 2 } },
    };
    const { overall, decks: perDeck } = retentionByDeck([row, row], decks);
    expect(overall.last30.all).toEqual({ correct: 4, total: 8, rate: 0.5 });
    expect(perDeck[0]?.last30.all).toEqual(perDeck[1]?.last30.all);
  });

  it("rejects impossible counts", () => {
    expect(() => retentionRate({ correct: 3, total: 2 })).toThrow(ProgressValidationError);
    expect(() => retentionRate({ correct: -1, total: 2 })).toThrow(ProgressValidationError);
    expect(() => retentionRate({ correct: 0.5, total: 2 })).toThrow(ProgressValidationError);
  });
});
