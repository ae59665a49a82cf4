import "server-only";
import { inTransaction, readCard, rebuildCard, settingsAtFor } from "./card-transaction";
import { findLatestReview } from "./find-latest-review";

/**
 * Removes the user's latest answer to a question from the log and returns the card to the state its
 * remaining log gives (the state before that answer); with no answer left, the card is new again.
 */
export async function undoReview(options: {
  userId: string;
  answerId: string;
}): Promise<{ questionId: string; courseId: string }> {
  return inTransaction(async (tx) => {
    const review = await findLatestReview(tx, options);
    await tx.review.delete({ where: { id: review.id } });
    const remaining = await tx.review.count({ where: { cardId: review.cardId } });
    if (remaining === 0) {
      await tx.card.delete({ where: { id: review.cardId } });
    } else {
      const { createdAt } = await readCard(tx, review.cardId);
      await rebuildCard(tx, {
        cardId: review.cardId,
        settingsAt: await settingsAtFor(tx, options.userId),
        createdAt,
        changedFrom: review.reviewedAt,
      });
    }
    return { questionId: review.questionId, courseId: review.courseId };
  });
}
