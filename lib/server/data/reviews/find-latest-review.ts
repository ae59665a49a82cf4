import "server-only";
import { AppError, notFound } from "../../errors";
import type { Tx } from "./card-transaction";
import { lockCard } from "./card-transaction";

/**
 * The user's review with `answerId`, with its card locked, checked to be the card's latest review
 * (only the last answer to a question can be re-graded or undone). Another user's id is "not found".
 */
export async function findLatestReview(tx: Tx, options: { userId: string; answerId: string }) {
  const review = await tx.review.findUnique({
    where: { userId_answerId: { userId: options.userId, answerId: options.answerId } },
    select: {
      id: true,
      cardId: true,
      correct: true,
      mode: true,
      rating: true,
      reviewedAt: true,
      questionId: true,
      courseId: true,
      overriddenAt: true,
    },
  });
  if (!review) throw notFound("Answer");
  await lockCard(tx, review.cardId);
  // Latest in replay order: time, then arrival (two tabs in one millisecond).
  const latest = await tx.review.findFirst({
    where: { cardId: review.cardId },
    orderBy: [{ reviewedAt: "desc" }, { seq: "desc" }],
    select: { id: true },
  });
  if (latest?.id !== review.id) {
    throw new AppError(
      "CONFLICT",
      "This question has been answered again since; only the latest answer can be changed.",
      "answerId",
    );
  }
  return review;
}
