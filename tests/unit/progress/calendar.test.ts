import { describe, expect, it } from "vitest";
import { heatLevel, ProgressValidationError, reviewHeatmap } from "@/lib/progress";
import { playLog, reviewsPerDay } from "./helpers";

const cells = (heatmap: ReturnType<typeof reviewHeatmap>) =>
  heatmap.weeks.flat().filter((cell) => cell !== null);

describe("review heatmap", () => {
  it("shows an empty history as an all-zero grid ending today", () => {
    // 2026-01-07 is a Wednesday: with Monday rows, today is row 2 of the last week.
    const heatmap = reviewHeatmap([], { today: "2026-01-07", weeks: 2 });
    expect(heatmap.from).toBe("2025-12-29");
    expect(heatmap.to).toBe("2026-01-07");
    expect(heatmap.weeks).toHaveLength(2);
    expect(heatmap.weeks[1]?.slice(3)).toEqual([null, null, null, null]);
    expect(cells(heatmap)).toHaveLength(10);
    expect(cells(heatmap).every((cell) => cell.count === 0 && cell.level === 0)).toBe(true);
    expect(heatmap).toMatchObject({ totalReviews: 0, activeDays: 0, maxCount: 0 });
    // 2026-01-01 falls in the first column; December is left unlabelled (no room before it).
    expect(heatmap.months).toEqual([{ weekIndex: 0, month: "2026-01", label: "Jan" }]);
  });

  it("places a single review on its study day, at full intensity", () => {
    const { rows } = playLog([{ at: "2026-01-06T10:00:00Z", questionId: "q1", rating: "Good" }]);
    const heatmap = reviewHeatmap(reviewsPerDay(rows), { today: "2026-01-07", weeks: 2 });
    const active = cells(heatmap).filter((cell) => cell.count > 0);
    expect(active).toEqual([{ day: "2026-01-06", count: 1, level: 4 }]);
    expect(heatmap.weeks[1]?.[1]?.day).toBe("2026-01-06");
    expect(heatmap).toMatchObject({ totalReviews: 1, activeDays: 1, maxCount: 1 });
  });

  it("grades intensity against the busiest day and ignores days outside the span", () => {
    const heatmap = reviewHeatmap(
      [
        { day: "2026-01-05", count: 8 },
        { day: "2026-01-06", count: 1 },
        { day: "2026-01-07", count: 3 },
        { day: "2025-06-01", count: 100 }, // months ago: outside a 2-week span
        { day: "2026-01-09", count: 50 }, // in the future
      ],
      { today: "2026-01-07", weeks: 2 },
    );
    const levels = Object.fromEntries(cells(heatmap).map((cell) => [cell.day, cell.level]));
    expect(levels["2026-01-05"]).toBe(4);
    expect(levels["2026-01-06"]).toBe(1); // ⌈4·1/8⌉
    expect(levels["2026-01-07"]).toBe(2); // ⌈4·3/8⌉
    expect(heatmap).toMatchObject({ totalReviews: 12, activeDays: 3, maxCount: 8 });
  });

  it("starts weeks on Sunday when asked", () => {
    const heatmap = reviewHeatmap([], { today: "2026-01-07", weeks: 1, weekStartsOn: 0 });
    expect(heatmap.from).toBe("2026-01-04");
    expect(heatmap.weeks[0]?.map((cell) => cell?.day ?? null)).toEqual([
      "2026-01-04",
      "2026-01-05",
      "2026-01-06",
      "2026-01-07",
      null,
      null,
      null,
    ]);
  });

  it("covers about six months by default, with a label per month", () => {
    const heatmap = reviewHeatmap([], { today: "2026-06-30" });
    expect(heatmap.weeks).toHaveLength(26);
    // 2026-06-30 is a Tuesday: its week starts on Monday the 29th, 25 weeks after 2026-01-05;
    // Feb 1 is 27 days after the start (week 3), Mar 1 55 days (week 7), and so on.
    expect(heatmap.from).toBe("2026-01-05");
    expect(heatmap.months.map((m) => m.label)).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "Jun"]);
    expect(heatmap.months.map((m) => m.weekIndex)).toEqual([0, 3, 7, 12, 16, 21]);
  });

  it("counts a review late at night on the previous study day (rollover, time zone)", () => {
    const { rows } = playLog([
      { at: "2026-01-06T02:30:00Z", questionId: "q1", rating: "Good" }, // 06:30 in Baku
      { at: "2026-01-06T23:30:00Z", questionId: "q2", rating: "Good" }, // 03:30 on the 7th in Baku
    ]);
    const baku = reviewsPerDay(rows, { timeZone: "Asia/Baku", rolloverHour: 4 });
    expect(baku).toEqual([{ day: "2026-01-06", count: 2 }]);
    const utc = reviewsPerDay(rows, { timeZone: "UTC", rolloverHour: 4 });
    expect(utc).toEqual([
      { day: "2026-01-05", count: 1 },
      { day: "2026-01-06", count: 1 },
    ]);
    const heatmap = reviewHeatmap(baku, { today: "2026-01-07", weeks: 1 });
    expect(heatmap.weeks[0]?.[1]).toEqual({ day: "2026-01-06", count: 2, level: 4 });
  });

  it("rejects a malformed row or span", () => {
    expect(() =>
      reviewHeatmap([{ day: "2026-01-06", count: -1 }], { today: "2026-01-07" }),
    ).toThrow(ProgressValidationError);
    expect(() => reviewHeatmap([], { today: "2026-01-07", weeks: 0 })).toThrow(
      ProgressValidationError,
    );
  });

  it("heatLevel is 0 for no activity", () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(10, 10)).toBe(4);
    expect(heatLevel(5, 10)).toBe(2);
    expect(heatLevel(6, 10)).toBe(3);
  });
});
