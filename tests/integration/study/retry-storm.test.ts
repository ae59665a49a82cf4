import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { defaultSchedulerSettings, type ReviewRating, replayReviews } from "@/lib/scheduling";
import { submitReview } from "@/lib/server/data/reviews/submit-review";
import { createStudent, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const ANSWERS = 500;
const COPIES = 3;

describe("a retry storm", () => {
  it(`records ${ANSWERS} distinct answers sent ${COPIES} times each, concurrently, exactly once`, async () => {
    const students = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => createStudent(app.prisma, `Storm ${i}`)),
    );
    const start = new Date("2026-05-04T08:00:00.000Z");
    const answers = Array.from({ length: ANSWERS }, (_, i) => ({
      userId: students[i % students.length]?.id ?? "",
      questionId: `storm-q${i % 40}`,
      answerId: randomUUID(),
      rating: (["Again", "Hard", "Good", "Easy"] as ReviewRating[])[i % 4] ?? "Good",
      reviewedAt: new Date(start.getTime() + i * 1000),
    }));
    const submissions = answers.flatMap((a) =>
      Array.from({ length: COPIES }, () =>
        submitReview({
          ...a,
          courseId: "storm",
          mode: "quiz",
          correct: a.rating !== "Again",
          response: null,
          answerText: null,
          verdictCode: null,
          responseMs: 1000,
        }),
      ),
    );
    const results = await Promise.all(submissions);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(ANSWERS);
    expect(await app.prisma.review.count({ where: { courseId: "storm" } })).toBe(ANSWERS);

    // Every card ends as replaying its own answers in time order gives.
    const cards = await app.prisma.card.findMany({ where: { courseId: "storm" } });
    for (const card of cards) {
      const own = answers.filter(
        (a) => a.userId === card.userId && a.questionId === card.questionId,
      );
      const expected = replayReviews(own, defaultSchedulerSettings, own[0]?.reviewedAt ?? start);
      expect({
        due: card.due,
        reps: card.reps,
        lapses: card.lapses,
        state: card.state,
        stability: card.stability,
      }).toEqual({
        due: expected.due,
        reps: expected.reps,
        lapses: expected.lapses,
        state: expected.state,
        stability: expected.stability,
      });
    }
  }, 120_000);
});
