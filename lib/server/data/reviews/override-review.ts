import "server-only";
import type { ReviewRating, StoredCard } from "@/lib/scheduling";
import { AppError } from "../../errors";
import { inTransaction, readCard, rebuildCard, settingsAtFor } from "./card-transaction";
import { findLatestReview } from "./find-latest-review";

/** The grade an override gives the card: the student recalled it, as far as they can tell. */
const OVERRIDE_RATING: ReviewRating = "Good";

/**
 * "I was right": the student disputes the grading of their latest, wrong, typed answer. The
 * answer keeps the server's verdict (`correct`, `verdictCode`: analytics and assignment goals count
 * by the checker, and show overrides apart) and gets `overriddenAt`; the card is rescheduled as
 * Good from its log, since a student who was right should not relearn it. Repeating it changes
 * nothing. Another student's answer is NOT_FOUND; a flashcard, a non-typed (`isTyped` false) or a
 * correct answer, or one answered again since, is a CONFLICT.
 */
export async function overrideReview(options: {
  userId: string;
  answerId: string;
  isTyped: (review: { courseId: string; questionId: string }) => boolean;
  now: Date;
}): Promise<{
  questionId: string;
  rating: ReviewRating;
  overriddenAt: Date;
  card: StoredCard;
  duplicate: boolean;
}> {
  return inTransaction(async (tx) => {
    const review = await findLatestReview(tx, options);
    const refuse = (message: string) => new AppError("CONFLICT", message, "answerId");
    if (review.mode !== "quiz" || !options.isTyped(review)) {
      throw refuse("answerId: only a typed answer can be marked as right.");
    }
    if (review.correct) {
      throw refuse("answerId: this answer was graded correct; there is nothing to dispute.");
    }
    if (review.overriddenAt) {
      const { state } = await readCard(tx, review.cardId);
      return {
        questionId: review.questionId,
        rating: review.rating,
        overriddenAt: review.overriddenAt,
        card: state,
        duplicate: true,
      };
    }
    await tx.review.update({
      where: { id: review.id },
      data: { rating: OVERRIDE_RATING, overriddenAt: options.now },
    });
    const { createdAt } = await readCard(tx, review.cardId);
    const card = await rebuildCard(tx, {
      cardId: review.cardId,
      settingsAt: await settingsAtFor(tx, options.userId),
      createdAt,
      changedFrom: review.reviewedAt,
    });
    return {
      questionId: review.questionId,
      rating: OVERRIDE_RATING,
      overriddenAt: options.now,
      card,
      duplicate: false,
    };
  });
}
