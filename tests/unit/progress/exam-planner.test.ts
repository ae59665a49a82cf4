import { describe, expect, it } from "vitest";
import { type ExamPlan, ProgressValidationError, planExam, startOfDayKey } from "@/lib/progress";
import { retrievabilityAt, type StoredCard } from "@/lib/scheduling";
import { playLog, UTC_DAY } from "./helpers";

const NOW = new Date("2026-01-10T12:00:00Z"); // study day 2026-01-10 (UTC, rollover 04:00)
const DECK = { id: "deck", questionIds: ["q1", "q2", "q3", "q4"] };
const options = (examDay: string) => ({ now: NOW, examDay, day: UTC_DAY });

function cardOf(cards: ReadonlyMap<string, StoredCard>, id: string): StoredCard {
  const card = cards.get(id);
  if (!card) throw new Error(`no card for ${id}`);
  return card;
}

function planned(plan: ExamPlan | undefined) {
  if (plan?.status !== "planned") throw new Error(`expected a plan, got ${plan?.status}`);
  return plan;
}

describe("exam planner", () => {
  it("with no history: recall 0, every question to learn", () => {
    const plan = planned(planExam([DECK], new Map(), options("2026-01-14"))[0]);
    expect(plan).toEqual({
      deckId: "deck",
      status: "planned",
      questions: 4,
      newQuestions: 4,
      weakQuestions: 0,
      daysLeft: 4,
      predictedRecall: 0,
      reviewsNeeded: 8,
      reviewsPerDay: 2,
      onTrack: false,
    });
  });

  it("predicts recall at the start of the exam day, new questions as 0", () => {
    const { cards } = playLog([
      { at: "2026-01-09T10:00:00Z", questionId: "q1", rating: "Easy" },
      { at: "2026-01-09T10:00:00Z", questionId: "q2", rating: "Easy" },
    ]);
    const examAt = startOfDayKey("2026-01-13", UTC_DAY);
    expect(examAt.toISOString()).toBe("2026-01-13T04:00:00.000Z");
    const r1 = retrievabilityAt(cardOf(cards, "q1"), examAt);
    expect(r1).toBeGreaterThan(0.9);
    const plan = planned(planExam([DECK], cards, options("2026-01-13"))[0]);
    expect(plan.predictedRecall).toBeCloseTo((2 * r1) / 4, 12);
    expect(plan).toMatchObject({ newQuestions: 2, weakQuestions: 0, daysLeft: 3 });
    expect(plan.reviewsNeeded).toBe(4);
    expect(plan.reviewsPerDay).toBe(2); // ⌈4 / 3⌉
  });

  it("counts a lapsed card and one forgotten over a gap of months as weak", () => {
    const { cards } = playLog([
      { at: "2025-06-01T10:00:00Z", questionId: "q1", rating: "Easy" },
      { at: "2026-01-09T10:00:00Z", questionId: "q2", rating: "Easy" },
      { at: "2026-01-10T10:00:00Z", questionId: "q2", rating: "Again" },
      { at: "2026-01-10T10:00:00Z", questionId: "q3", rating: "Easy" },
      { at: "2026-01-10T10:00:00Z", questionId: "q4", rating: "Easy" },
    ]);
    // q3 and q4 (Easy today, stability ≈ 8 days) stay above 0.9 for three days, not for ten.
    const plan = planned(planExam([DECK], cards, options("2026-01-13"))[0]);
    expect(plan).toMatchObject({ newQuestions: 0, weakQuestions: 2, daysLeft: 3 });
    expect(plan.reviewsNeeded).toBe(2);
    expect(plan.reviewsPerDay).toBe(1);
    expect(plan.onTrack).toBe(false);
    const tenDays = planned(planExam([DECK], cards, options("2026-01-20"))[0]);
    expect(tenDays).toMatchObject({ weakQuestions: 4, reviewsNeeded: 4, reviewsPerDay: 1 });
  });

  it("is on track when every question is strong on the day", () => {
    const { cards } = playLog(
      DECK.questionIds.map((questionId) => ({
        at: "2026-01-10T10:00:00Z",
        questionId,
        rating: "Easy" as const,
      })),
    );
    const plan = planned(planExam([DECK], cards, options("2026-01-11"))[0]);
    expect(plan).toMatchObject({ daysLeft: 1, reviewsNeeded: 0, reviewsPerDay: 0, onTrack: true });
    expect(plan.predictedRecall).toBeGreaterThan(0.9);
  });

  it("gives the recall now for an exam today, and nothing for a past exam", () => {
    const { cards } = playLog([{ at: "2026-01-10T10:00:00Z", questionId: "q1", rating: "Easy" }]);
    const [today] = planExam([DECK], cards, options("2026-01-10"));
    expect(today?.status).toBe("today");
    if (today?.status === "today") {
      const r = retrievabilityAt(cardOf(cards, "q1"), NOW);
      expect(today.predictedRecall).toBeCloseTo(r / 4, 12);
      expect(today.newQuestions).toBe(3);
    }
    expect(planExam([DECK], cards, options("2026-01-09"))).toEqual([
      { deckId: "deck", status: "past" },
    ]);
  });

  it("counts the days in the student's time zone", () => {
    // 21:00 UTC on the 10th is already the 11th in Almaty (UTC+5): one day fewer to go.
    const now = new Date("2026-01-10T21:00:00Z");
    const almaty = { timeZone: "Asia/Almaty", rolloverHour: 0 };
    const plan = planned(
      planExam([DECK], new Map(), { now, examDay: "2026-01-14", day: almaty })[0],
    );
    expect(plan.daysLeft).toBe(3);
    const utc = planned(
      planExam([DECK], new Map(), { now, examDay: "2026-01-14", day: UTC_DAY })[0],
    );
    expect(utc.daysLeft).toBe(4);
  });

  it("handles an empty deck and rejects bad options", () => {
    const plan = planned(
      planExam([{ id: "empty", questionIds: [] }], new Map(), options("2026-02-01"))[0],
    );
    expect(plan).toMatchObject({ predictedRecall: null, reviewsNeeded: 0, onTrack: false });
    expect(() => planExam([DECK], new Map(), { ...options("2026-02-01"), target: 1.5 })).toThrow(
      ProgressValidationError,
    );
    expect(() => planExam([DECK], new Map(), options("next week"))).toThrow(
      ProgressValidationError,
    );
  });
});
