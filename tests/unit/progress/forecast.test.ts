import { describe, expect, it } from "vitest";
import { dueCountsFromCards, dueForecast, ProgressValidationError } from "@/lib/progress";
import { newCard } from "@/lib/scheduling";
import { playLog, UTC_DAY } from "./helpers";

describe("due forecast", () => {
  it("is 30 empty bars for no cards", () => {
    const forecast = dueForecast([], { today: "2026-01-07" });
    expect(forecast.bars).toHaveLength(30);
    expect(forecast.bars[0]).toEqual({ day: "2026-01-07", count: 0, overdue: 0 });
    expect(forecast.bars[29]?.day).toBe("2026-02-05");
    expect(forecast).toMatchObject({ total: 0, maxCount: 0 });
  });

  it("puts overdue cards on today's bar and drops days beyond the window", () => {
    const forecast = dueForecast(
      [
        { day: "2025-10-01", count: 4 }, // months overdue
        { day: "2026-01-06", count: 1 },
        { day: "2026-01-07", count: 2 },
        { day: "2026-01-09", count: 5 },
        { day: "2026-02-06", count: 9 }, // day 31
      ],
      { today: "2026-01-07" },
    );
    expect(forecast.bars[0]).toEqual({ day: "2026-01-07", count: 7, overdue: 5 });
    expect(forecast.bars[1]).toEqual({ day: "2026-01-08", count: 0, overdue: 0 });
    expect(forecast.bars[2]).toEqual({ day: "2026-01-09", count: 5, overdue: 0 });
    expect(forecast).toMatchObject({ total: 12, maxCount: 7 });
  });

  it("groups cards by the study day of their due time, leaving new cards out", () => {
    // One review answered Good at 10:00 on the 5th: a learning step due minutes later, same day.
    const { cards } = playLog([
      { at: "2026-01-05T10:00:00Z", questionId: "q1", rating: "Good" },
      { at: "2026-01-05T10:00:00Z", questionId: "q2", rating: "Easy" },
    ]);
    cards.set("q3", newCard(new Date("2026-01-05T10:00:00Z")));
    const q2 = cards.get("q2");
    expect(q2?.state).toBe("Review");
    const rows = dueCountsFromCards(cards.values(), UTC_DAY);
    const q2Day = q2?.due.toISOString().slice(0, 10);
    expect(rows).toEqual(
      expect.arrayContaining([
        { day: "2026-01-05", count: 1 },
        { day: q2Day, count: 1 },
      ]),
    );
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(2);
  });

  it("respects the day rollover: a card due at 03:00 UTC belongs to the previous study day", () => {
    const card = { due: new Date("2026-01-08T03:00:00Z"), state: "Review" as const };
    expect(dueCountsFromCards([card], UTC_DAY)).toEqual([{ day: "2026-01-07", count: 1 }]);
    expect(dueCountsFromCards([card], { timeZone: "UTC", rolloverHour: 0 })).toEqual([
      { day: "2026-01-08", count: 1 },
    ]);
  });

  it("rejects a bad window", () => {
    expect(() => dueForecast([], { today: "2026-01-07", days: 0 })).toThrow(
      ProgressValidationError,
    );
  });
});
