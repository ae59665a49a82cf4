import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  currentStreak,
  dayNumber,
  dueForecast,
  longestStreak,
  masteryReport,
  retentionRate,
  reviewHeatmap,
  startOfDayKey,
} from "@/lib/progress";
import { type StoredCard, studyDayKey } from "@/lib/scheduling";

const RUNS = { seed: 20260105, numRuns: 200 };
const TODAY = "2026-01-07";

/** Rows on days within ±400 days of TODAY, counts 0–20. */
const dayRows = fc.array(
  fc.record({
    day: fc.integer({ min: -400, max: 400 }).map((offset) => addDays(TODAY, offset)),
    count: fc.integer({ min: 0, max: 20 }),
  }),
  { maxLength: 60 },
);

describe("invariants", () => {
  it("heatmap cells cover the span exactly once, in order, and add up", () => {
    fc.assert(
      fc.property(
        dayRows,
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(0 as const, 1 as const),
        (rows, weeks, weekStartsOn) => {
          const heatmap = reviewHeatmap(rows, { today: TODAY, weeks, weekStartsOn });
          const cells = heatmap.weeks.flat().filter((cell) => cell !== null);
          const first = dayNumber(heatmap.from);
          expect(cells.map((cell) => dayNumber(cell.day) - first)).toEqual(
            cells.map((_, index) => index),
          );
          expect(cells.at(-1)?.day).toBe(TODAY);
          expect(heatmap.weeks.every((week) => week.length === 7)).toBe(true);
          const inSpan = rows.filter((row) => row.day >= heatmap.from && row.day <= TODAY);
          const total = inSpan.reduce((sum, row) => sum + row.count, 0);
          expect(heatmap.totalReviews).toBe(total);
          expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(total);
          for (const cell of cells) {
            expect(cell.level >= 0 && cell.level <= 4).toBe(true);
            expect(cell.level === 0).toBe(cell.count === 0);
            if (cell.count === heatmap.maxCount && cell.count > 0) expect(cell.level).toBe(4);
          }
        },
      ),
      RUNS,
    );
  });

  it("the current streak never exceeds the longest", () => {
    fc.assert(
      fc.property(dayRows, (rows) => {
        const past = rows.filter((row) => row.day <= TODAY);
        expect(currentStreak(past, TODAY)).toBeLessThanOrEqual(longestStreak(past));
      }),
      RUNS,
    );
  });

  it("the forecast keeps every card due before its window ends", () => {
    fc.assert(
      fc.property(dayRows, fc.integer({ min: 1, max: 60 }), (rows, days) => {
        const forecast = dueForecast(rows, { today: TODAY, days });
        const last = addDays(TODAY, days - 1);
        const expected = rows
          .filter((row) => row.day <= last)
          .reduce((sum, row) => sum + row.count, 0);
        expect(forecast.bars).toHaveLength(days);
        expect(forecast.total).toBe(expected);
      }),
      RUNS,
    );
  });

  it("mastery shares are within [0, 1] and the three counts add up", () => {
    const now = new Date("2026-01-07T12:00:00Z");
    const card = fc.record({
      state: fc.constantFrom("New", "Learning", "Review", "Relearning" as const),
      stability: fc.double({ min: 0.01, max: 400, noNaN: true }),
      daysAgo: fc.double({ min: 0, max: 400, noNaN: true }),
    });
    const question = fc.record({
      id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      tags: fc.record({
        themes: fc.subarray(["t1", "t2", "t3"]),
        periods: fc.subarray(["1990s", "2000s"]),
      }),
      card: fc.option(card, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(question, { maxLength: 12 }), (questions) => {
        const cards = new Map<string, StoredCard>();
        for (const q of questions) {
          if (!q.card || cards.has(q.id)) continue;
          const lastReview = new Date(now.getTime() - q.card.daysAgo * 86_400_000);
          cards.set(q.id, {
            due: now,
            stability: q.card.stability,
            difficulty: 5,
            elapsedDays: 0,
            scheduledDays: 0,
            learningSteps: 0,
            reps: 1,
            lapses: 0,
            state: q.card.state,
            lastReview: q.card.state === "New" ? null : lastReview,
          });
        }
        const report = masteryReport(questions, cards, { now });
        for (const group of [report.overall, ...report.byTheme, ...report.byDecade]) {
          expect(group.mastered + group.new + group.inProgress).toBe(group.total);
          expect(group.inProgress).toBeGreaterThanOrEqual(0);
          for (const share of [group.masteredShare, group.newShare]) {
            if (group.total === 0) expect(share).toBeNull();
            else expect(share !== null && share >= 0 && share <= 1).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("retention rates are within [0, 1], null only without answers", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const { rate } = retentionRate({ correct: Math.min(a, b), total: Math.max(a, b) });
        if (Math.max(a, b) === 0) expect(rate).toBeNull();
        else expect(rate !== null && rate >= 0 && rate <= 1).toBe(true);
      }),
      RUNS,
    );
  });

  it("startOfDayKey is the first instant of that study day in any zone", () => {
    const zones = [
      "UTC",
      "Asia/Baku",
      "Asia/Almaty",
      "America/Los_Angeles",
      "Pacific/Kiritimati",
      "Pacific/Pago_Pago",
      "Europe/Paris",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: -800, max: 800 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        (offset, timeZone, rolloverHour) => {
          const day = addDays(TODAY, offset);
          const options = { timeZone, rolloverHour };
          const start = startOfDayKey(day, options);
          expect(studyDayKey(start, options)).toBe(day);
          expect(studyDayKey(new Date(start.getTime() - 1), options)).toBe(addDays(day, -1));
        },
      ),
      { seed: 20260105, numRuns: 150 },
    );
  });
});
