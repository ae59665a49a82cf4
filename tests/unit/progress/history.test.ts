import { describe, expect, it } from "vitest";
import { questionHistory } from "@/lib/progress";
import { playLog, UTC_DAY } from "./helpers";

describe("question history", () => {
  it("is empty for a question never answered", () => {
    expect(questionHistory([], UTC_DAY)).toEqual({
      entries: [],
      reviews: 0,
      correct: 0,
      lapses: 0,
    });
  });

  it("shows a single review with the interval it scheduled", () => {
    const { rows } = playLog([{ at: "2026-01-05T10:00:00Z", questionId: "q1", rating: "Easy" }]);
    const history = questionHistory(rows, UTC_DAY);
    expect(history.entries).toHaveLength(1);
    const [entry] = history.entries;
    expect(entry).toMatchObject({
      number: 1,
      day: "2026-01-05",
      rating: "Easy",
      correct: true,
      answerText: "answer 1",
      lapse: false,
      stateAfter: "Review",
    });
    // Easy on a new card: stability ≈ 8.3 days, so due 8 days later.
    expect(entry?.nextIntervalMs).toBe(8 * 86_400_000);
    expect(entry?.nextIntervalLabel).toBe("8d");
  });

  it("orders the log, marks a lapse and its short relearning interval, across a gap of months", () => {
    const { rows } = playLog([
      { at: "2026-01-05T10:00:00Z", questionId: "q1", rating: "Easy" },
      { at: "2026-05-05T10:00:00Z", questionId: "q1", rating: "Again" },
      { at: "2026-05-05T10:10:00Z", questionId: "q1", rating: "Good" },
    ]);
    const history = questionHistory([...rows].reverse(), UTC_DAY);
    expect(history.entries.map((e) => [e.number, e.rating, e.lapse, e.stateAfter])).toEqual([
      [1, "Easy", false, "Review"],
      [2, "Again", true, "Relearning"],
      [3, "Good", false, "Review"],
    ]);
    expect(history.entries[1]?.nextIntervalLabel).toBe("10m");
    expect(history).toMatchObject({ reviews: 3, correct: 2, lapses: 1 });
  });

  it("dates each answer by the student's study day", () => {
    const { rows } = playLog([{ at: "2026-01-05T22:30:00Z", questionId: "q1", rating: "Good" }]);
    expect(questionHistory(rows, UTC_DAY).entries[0]?.day).toBe("2026-01-05");
    const almaty = { timeZone: "Asia/Almaty", rolloverHour: 0 }; // 03:30 on the 6th there
    expect(questionHistory(rows, almaty).entries[0]?.day).toBe("2026-01-06");
  });

  it("keeps the given order for equal times and never shows a negative interval", () => {
    const { rows } = playLog([{ at: "2026-01-05T10:00:00Z", questionId: "q1", rating: "Good" }]);
    const [row] = rows;
    if (!row) throw new Error("no row");
    const stale = {
      ...row,
      rating: "Hard" as const,
      stateAfter: { ...row.stateAfter, due: new Date(0) },
    };
    const history = questionHistory([row, stale], UTC_DAY);
    expect(history.entries.map((e) => e.rating)).toEqual(["Good", "Hard"]);
    expect(history.entries[1]?.nextIntervalMs).toBe(0);
  });
});
