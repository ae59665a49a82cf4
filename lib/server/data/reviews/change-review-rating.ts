import "server-only";
import type { ReviewRating, StoredCard } from "@/lib/scheduling";
import { AppError } from "../../errors";
import { inTransaction, readCard, rebuildCard, settingsAtFor } from "./card-transaction";
import { findLatestReview } from "./find-latest-review";

/**
 * Changes the rating of the user's latest answer to a question (Good → Hard or Easy after a right
 * answer; any grade for a self-graded flashcard) and reschedules the card from its log.
 * A wrong quiz answer stays Again, unless its student said "I was right" (`overrideReview`).
 */
export async function changeReviewRating(options: {
  userId: string;
  answerId: string;
  rating: ReviewRating;
}): Promise<{ questionId: string; rating: ReviewRating; card: StoredCard }> {
  return inTransaction(async (tx) => {
    const review = await findLatestReview(tx, options);
    if (
      review.mode === "quiz" &&
      !review.correct &&
      review.overriddenAt === null &&
      options.rating !== "Again"
    ) {
      throw new AppError(
        "INVALID_INPUT",
        "rating: a wrong answer is always rated Again; only a right answer can be Hard or Easy.",
        "rating",
      );
    }
    const correct = review.mode === "quiz" ? review.correct : options.rating !== "Again";
    await tx.review.update({ where: { id: review.id }, data: { rating: options.rating, correct } });
    const { createdAt } = await readCard(tx, review.cardId);
    const card = await rebuildCard(tx, {
      cardId: review.cardId,
      settingsAt: await settingsAtFor(tx, options.userId),
      createdAt,
      changedFrom: review.reviewedAt,
    });
    return { questionId: review.questionId, rating: options.rating, card };
  });
}
