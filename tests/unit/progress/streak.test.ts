import { describe, expect, it } from "vitest";
import { currentStreak, longestStreak } from "@/lib/progress";
import { playLog, reviewsPerDay } from "./helpers";

const days = (...keys: string[]) => keys.map((day) => ({ day, count: 1 }));

describe("streaks", () => {
  it("are 0 for an empty history", () => {
    expect(currentStreak([], "2026-01-07")).toBe(0);
    expect(longestStreak([])).toBe(0);
  });

  it("count a single review as a streak of one, today or yesterday", () => {
    const { rows } = playLog([{ at: "2026-01-07T10:00:00Z", questionId: "q1", rating: "Good" }]);
    const perDay = reviewsPerDay(rows);
    expect(currentStreak(perDay, "2026-01-07")).toBe(1);
    expect(currentStreak(perDay, "2026-01-08")).toBe(1); // not lost until the 8th is over
    expect(currentStreak(perDay, "2026-01-09")).toBe(0);
    expect(longestStreak(perDay)).toBe(1);
  });

  it("end today when today has reviews, else yesterday", () => {
    const history = days("2026-01-04", "2026-01-05", "2026-01-06");
    expect(currentStreak(history, "2026-01-06")).toBe(3);
    expect(currentStreak(history, "2026-01-07")).toBe(3);
    expect(currentStreak([...history, ...days("2026-01-07")], "2026-01-07")).toBe(4);
  });

  it("break on a gap of months, while the longest streak remembers", () => {
    const history = [
      ...days("2025-09-01", "2025-09-02", "2025-09-03", "2025-09-04"),
      ...days("2026-01-06", "2026-01-07"),
    ];
    expect(currentStreak(history, "2026-01-07")).toBe(2);
    expect(longestStreak(history)).toBe(4);
  });

  it("ignore days with a zero count and future days", () => {
    const history = [
      { day: "2026-01-05", count: 2 },
      { day: "2026-01-06", count: 0 },
      { day: "2026-01-07", count: 1 },
      { day: "2026-01-08", count: 5 },
    ];
    expect(currentStreak(history, "2026-01-07")).toBe(1);
    expect(longestStreak(history)).toBe(2);
  });

  it("cross month and year boundaries", () => {
    expect(currentStreak(days("2025-12-30", "2025-12-31", "2026-01-01"), "2026-01-01")).toBe(3);
    expect(longestStreak(days("2024-02-28", "2024-02-29", "2024-03-01"))).toBe(3);
  });
});
