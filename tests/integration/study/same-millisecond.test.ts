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
import { createStudent, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const settings = defaultSchedulerSettings;
const COURSE = "test-course";
const t0 = new Date("2026-03-02T09:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function answer(userId: string, questionId: string, rating: ReviewRating, reviewedAt: Date) {
  return submitReview({
    userId,
    courseId: COURSE,
    questionId,
    answerId: randomUUID(),
    mode: "flashcard",
    rating,
    correct: rating !== "Again",
    response: null,
    answerText: null,
    verdictCode: null,
    responseMs: 1000,
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

/** The card a fold of `reviewCard` over the answers, in the order given, leaves. */
function applied(answers: Array<[ReviewRating, Date]>): StoredCard {
  let card: StoredCard | null = null;
  for (const [rating, time] of answers) card = reviewCard(card, rating, time, settings).after;
  if (!card) throw new Error("no answers");
  return card;
}

/**
 * Review ids are random UUIDs, so two answers in one millisecond sort by id either way round: give
 * the later-arrived answer the smaller id, the draw that broke replay and undo in 4 of 8 cards.
 */
async function unluckyIds(userId: string, earlierAnswerId: string, laterAnswerId: string) {
  await app.prisma.$executeRaw`UPDATE reviews SET id = 'zzzz-' || id
                                WHERE user_id = ${userId} AND answer_id = ${earlierAnswerId}`;
  await app.prisma.$executeRaw`UPDATE reviews SET id = '0000-' || id
                                WHERE user_id = ${userId} AND answer_id = ${laterAnswerId}`;
}

// Failure 3 of issue 13: two tabs answer one card in the same millisecond. The answers are applied
// in arrival order; replay, undo and "latest" must use that order too (reviews.seq), not the id.
describe("two answers with the same answeredAt millisecond", () => {
  it("replay (after a late answer) keeps them in arrival order: the card equals its log", async () => {
    const user = await createStudent(app.prisma);
    await answer(user.id, "q-tie", "Good", at(0));
    const tabA = await answer(user.id, "q-tie", "Again", at(20));
    const tabB = await answer(user.id, "q-tie", "Easy", at(20));
    await unluckyIds(user.id, tabA.answerId, tabB.answerId);
    await answer(user.id, "q-tie", "Hard", at(10)); // sent offline earlier, arrives last: a replay

    const expected = applied([
      ["Good", at(0)],
      ["Hard", at(10)],
      ["Again", at(20)],
      ["Easy", at(20)],
    ]);
    expect(await storedCard(user.id, "q-tie")).toEqual(expected);
    const log = await app.prisma.review.findMany({
      where: { userId: user.id },
      select: { rating: true, reviewedAt: true, seq: true, stateAfter: true },
    });
    expect(replayReviews(log, settings, at(0))).toEqual(expected);
  });

  it("undo of the later one restores the card the earlier one left", async () => {
    const user = await createStudent(app.prisma);
    await answer(user.id, "q-undo", "Good", at(0));
    const tabA = await answer(user.id, "q-undo", "Again", at(20));
    const afterTabA = await storedCard(user.id, "q-undo");
    const tabB = await answer(user.id, "q-undo", "Easy", at(20));
    await unluckyIds(user.id, tabA.answerId, tabB.answerId);

    await undoReview({ userId: user.id, answerId: tabB.answerId });
    expect(await storedCard(user.id, "q-undo")).toEqual(afterTabA);
    // And the earlier one is now the latest, so it can be undone in turn.
    await expect(undoReview({ userId: user.id, answerId: tabA.answerId })).resolves.toMatchObject({
      questionId: "q-undo",
    });
  });

  it("the later one is the latest: it can be re-graded, the earlier one cannot", async () => {
    const user = await createStudent(app.prisma);
    await answer(user.id, "q-grade", "Good", at(0));
    const tabA = await answer(user.id, "q-grade", "Good", at(20));
    const tabB = await answer(user.id, "q-grade", "Good", at(20));
    await unluckyIds(user.id, tabA.answerId, tabB.answerId);

    await changeReviewRating({
      userId: user.id,
      answerId: tabB.answerId,
      rating: "Hard",
    });
    expect(await storedCard(user.id, "q-grade")).toEqual(
      applied([
        ["Good", at(0)],
        ["Good", at(20)],
        ["Hard", at(20)],
      ]),
    );
    await expect(
      changeReviewRating({ userId: user.id, answerId: tabA.answerId, rating: "Hard" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
