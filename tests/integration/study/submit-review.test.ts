import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  defaultSchedulerSettings,
  type ReviewRating,
  replayReviews,
  reviewCard,
  type StoredCard,
} from "@/lib/scheduling";
import { toStoredCard } from "@/lib/server/data/cards/card-row";
import { changeReviewRating } from "@/lib/server/data/reviews/change-review-rating";
import { submitReview } from "@/lib/server/data/reviews/submit-review";
import { undoReview } from "@/lib/server/data/reviews/undo-review";
import { AppError } from "@/lib/server/errors";
import { createStudent, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const settings = defaultSchedulerSettings;
const COURSE = "test-course";
const t0 = new Date("2026-03-02T09:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function answer(
  userId: string,
  questionId: string,
  rating: ReviewRating,
  reviewedAt: Date,
  answerId = randomUUID(),
) {
  return submitReview({
    userId,
    courseId: COURSE,
    questionId,
    answerId,
    mode: "quiz",
    rating,
    correct: rating !== "Again",
    response: "x",
    answerText: "x",
    verdictCode: rating === "Again" ? "wrong" : "exact",
    responseMs: 1234,
    reviewedAt,
  });
}

async function storedCard(userId: string, questionId: string): Promise<StoredCard> {
  return toStoredCard(
    await app.prisma.card.findUniqueOrThrow({
      where: { userId_courseId_questionId: { userId, courseId: COURSE, questionId } },
    }),
  );
}

describe("submitReview", () => {
  it("leaves the card exactly as ts-fsrs applied directly with the same times", async () => {
    const user = await createStudent(app.prisma);
    const sequence: Array<[ReviewRating, Date]> = [
      ["Good", at(0)],
      ["Good", at(11)],
      ["Again", at(60 * 24 * 3)],
      ["Hard", at(60 * 24 * 3 + 12)],
      ["Easy", at(60 * 24 * 9)],
    ];
    let expected: StoredCard | null = null;
    for (const [rating, time] of sequence) {
      await answer(user.id, "q-seq", rating, time);
      expected = reviewCard(expected, rating, time, settings).after;
    }
    expect(await storedCard(user.id, "q-seq")).toEqual(expected);
    const log = await app.prisma.review.findMany({
      where: { userId: user.id },
      orderBy: { reviewedAt: "asc" },
    });
    expect(log.map((r) => r.rating)).toEqual(sequence.map(([r]) => r));
    expect(log[2]?.stateBefore).toMatchObject({ state: "Review" });
    expect(log[2]?.stateAfter).toMatchObject({ state: "Relearning", lapses: 1 });
  });

  it("records a resubmitted answer once and returns the first recording", async () => {
    const user = await createStudent(app.prisma);
    const id = randomUUID();
    const first = await answer(user.id, "q-dup", "Good", at(0), id);
    const again = await answer(user.id, "q-dup", "Good", at(1), id);
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(again.reviewedAt).toEqual(first.reviewedAt);
    expect(again.card).toEqual(first.card);
    expect(await app.prisma.review.count({ where: { userId: user.id } })).toBe(1);
  });

  it("records concurrent duplicates of one answer once", async () => {
    const user = await createStudent(app.prisma);
    const id = randomUUID();
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => answer(user.id, "q-race", "Good", at(0), id)),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await app.prisma.review.count({ where: { userId: user.id } })).toBe(1);
    expect(await app.prisma.card.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses an answer id reused for another question", async () => {
    const user = await createStudent(app.prisma);
    const id = randomUUID();
    await answer(user.id, "q-a", "Good", at(0), id);
    await expect(answer(user.id, "q-b", "Good", at(1), id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("logs both answers of two tabs and leaves the card as replaying the log gives", async () => {
    const user = await createStudent(app.prisma);
    await answer(user.id, "q-tabs", "Good", at(0));
    await Promise.all([
      answer(user.id, "q-tabs", "Again", at(20)),
      answer(user.id, "q-tabs", "Easy", at(21)),
    ]);
    const log = await app.prisma.review.findMany({
      where: { userId: user.id },
      orderBy: [{ reviewedAt: "asc" }, { seq: "asc" }],
    });
    expect(log).toHaveLength(3);
    expect(await storedCard(user.id, "q-tabs")).toEqual(replayReviews(log, settings, at(0)));
  });

  it("merges an answer older than the card's last review (an offline resend) by replay", async () => {
    const user = await createStudent(app.prisma);
    await answer(user.id, "q-late", "Good", at(0));
    await answer(user.id, "q-late", "Good", at(30));
    await answer(user.id, "q-late", "Again", at(15)); // answered at 15 min, arrived last
    const log = await app.prisma.review.findMany({ where: { userId: user.id } });
    const replayed = replayReviews(
      log.map((r) => ({ rating: r.rating, reviewedAt: r.reviewedAt })),
      settings,
      at(0),
    );
    expect(await storedCard(user.id, "q-late")).toEqual(replayed);
    const last = log.find((r) => r.reviewedAt.getTime() === at(30).getTime());
    expect(last?.stateAfter).toMatchObject({ reps: 3 });
  });
});

describe("undoReview", () => {
  it("returns the card to its state before the last answer and removes the log entry", async () => {
    const user = await createStudent(app.prisma);
    await answer(user.id, "q-undo", "Good", at(0));
    const before = await storedCard(user.id, "q-undo");
    const last = await answer(user.id, "q-undo", "Again", at(11));
    await undoReview({ userId: user.id, answerId: last.answerId });
    expect(await storedCard(user.id, "q-undo")).toEqual(before);
    expect(await app.prisma.review.count({ where: { userId: user.id } })).toBe(1);
  });

  it("makes a question new again when its only answer is undone", async () => {
    const user = await createStudent(app.prisma);
    const only = await answer(user.id, "q-undo-new", "Good", at(0));
    await undoReview({ userId: user.id, answerId: only.answerId });
    expect(await app.prisma.card.count({ where: { userId: user.id } })).toBe(0);
  });

  it("only undoes the latest answer to a question", async () => {
    const user = await createStudent(app.prisma);
    const first = await answer(user.id, "q-undo-old", "Good", at(0));
    await answer(user.id, "q-undo-old", "Good", at(11));
    await expect(undoReview({ userId: user.id, answerId: first.answerId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("changeReviewRating", () => {
  it("re-grades a right answer and reschedules as if it had been given that grade", async () => {
    const user = await createStudent(app.prisma);
    await answer(user.id, "q-grade", "Good", at(0));
    const second = await answer(user.id, "q-grade", "Good", at(11));
    await changeReviewRating({
      userId: user.id,
      answerId: second.answerId,
      rating: "Easy",
    });
    const expected = replayReviews(
      [
        { rating: "Good", reviewedAt: at(0) },
        { rating: "Easy", reviewedAt: at(11) },
      ],
      settings,
      at(0),
    );
    expect(await storedCard(user.id, "q-grade")).toEqual(expected);
  });

  it("keeps a wrong answer at Again", async () => {
    const user = await createStudent(app.prisma);
    const wrong = await answer(user.id, "q-wrong", "Again", at(0));
    await expect(
      changeReviewRating({ userId: user.id, answerId: wrong.answerId, rating: "Easy" }),
    ).rejects.toBeInstanceOf(AppError);
  });
});

describe("scoping", () => {
  it("answers 'not found' for another student's answer id", async () => {
    const owner = await createStudent(app.prisma, "Owner");
    const other = await createStudent(app.prisma, "Other");
    const mine = await answer(owner.id, "q-scope", "Good", at(0));
    await expect(undoReview({ userId: other.id, answerId: mine.answerId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      changeReviewRating({ userId: other.id, answerId: mine.answerId, rating: "Easy" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(undoReview({ userId: other.id, answerId: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await app.prisma.review.count({ where: { userId: owner.id } })).toBe(1);
  });
});
