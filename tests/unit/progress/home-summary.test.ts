import { describe, expect, it } from "vitest";
import { homeSummary } from "@/lib/progress";
import { buildStudyQueue, type QueueQuestion, studyDayKey } from "@/lib/scheduling";
import { playLog, reviewsPerDay, SETTINGS, UTC_DAY } from "./helpers";

const QUESTIONS: QueueQuestion[] = ["q1", "q2", "q3"].map((id) => ({
  id,
  type: "multiple-choice",
  siblingKeys: [`fact-${id}`],
  themes: [],
}));

function summaryAt(now: Date, log: Parameters<typeof playLog>[0]) {
  const { rows, cards } = playLog(log);
  const today = studyDayKey(now, UTC_DAY);
  const doneToday = rows.filter((row) => studyDayKey(row.reviewedAt, UTC_DAY) === today);
  const queue = buildStudyQueue({
    now,
    questions: QUESTIONS,
    cards,
    settings: SETTINGS,
    today: {
      reviewsDone: doneToday.length,
      newIntroduced: new Set(
        doneToday.filter((r) => r.stateBefore.state === "New").map((r) => r.questionId),
      ).size,
      siblingKeysSeen: new Set(doneToday.map((row) => `fact-${row.questionId}`)),
    },
  });
  return homeSummary({
    queue,
    reviewsDoneToday: doneToday.length,
    reviewsPerDay: reviewsPerDay(rows),
    today,
  });
}

describe("home summary", () => {
  it("sends a new student to learn", () => {
    const summary = summaryAt(new Date("2026-01-10T12:00:00Z"), []);
    expect(summary).toEqual({
      dueNow: 0,
      newAvailableToday: 3,
      reviewsDoneToday: 0,
      streak: 0,
      studiedToday: false,
      continueAction: { kind: "learn" },
    });
  });

  it("sends a student with due reviews to review, keeping yesterday's streak alive", () => {
    const summary = summaryAt(new Date("2026-01-10T12:00:00Z"), [
      { at: "2026-01-08T10:00:00Z", questionId: "q1", rating: "Easy" },
      { at: "2026-01-09T10:00:00Z", questionId: "q1", rating: "Again" }, // a lapse, due again
    ]);
    expect(summary).toMatchObject({
      dueNow: 1,
      newAvailableToday: 2,
      reviewsDoneToday: 0,
      streak: 2,
      studiedToday: false,
      continueAction: { kind: "review" },
    });
  });

  it("is done when everything is studied, with the time something comes back", () => {
    const at = "2026-01-10T10:00:00Z";
    const summary = summaryAt(new Date("2026-01-10T12:00:00Z"), [
      { at, questionId: "q1", rating: "Easy" },
      { at, questionId: "q2", rating: "Easy" },
      { at, questionId: "q3", rating: "Easy" },
    ]);
    expect(summary).toMatchObject({
      dueNow: 0,
      newAvailableToday: 0,
      reviewsDoneToday: 3,
      streak: 1,
      studiedToday: true,
    });
    expect(summary.continueAction).toEqual({
      kind: "done",
      nextDueAt: new Date("2026-01-18T04:00:00Z"),
    });
  });

  it("loses the streak after a gap of months", () => {
    const summary = summaryAt(new Date("2026-05-10T12:00:00Z"), [
      { at: "2026-01-08T10:00:00Z", questionId: "q1", rating: "Easy" },
      { at: "2026-01-09T10:00:00Z", questionId: "q2", rating: "Easy" },
    ]);
    expect(summary).toMatchObject({ streak: 0, dueNow: 2, continueAction: { kind: "review" } });
  });

  it("trusts the live count of today's reviews over a stale per-day row", () => {
    const summary = homeSummary({
      queue: { items: [], dueCount: 0, newAvailable: 0, newLeftToday: 0, nextDueAt: null },
      reviewsDoneToday: 2,
      reviewsPerDay: [
        { day: "2026-01-09", count: 4 },
        { day: "2026-01-10", count: 0 },
      ],
      today: "2026-01-10",
    });
    expect(summary).toMatchObject({ streak: 2, studiedToday: true });
    expect(summary.continueAction).toEqual({ kind: "done", nextDueAt: null });
  });
});
