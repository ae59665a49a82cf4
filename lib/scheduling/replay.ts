import { newCard, type StoredCard } from "./card";
import type { ReviewRating } from "./rating";
import { reviewCard } from "./review";
import type { SchedulerSettings, SettingsAt } from "./settings";

export interface ReplayableReview {
  rating: ReviewRating;
  reviewedAt: Date;
  /**
   * Arrival order (reviews.seq): two answers with the same `reviewedAt` millisecond (two tabs)
   * replay in the order they were applied. Without it, equal times keep their given order.
   */
  seq?: bigint | number;
}

function bySeq(a: ReplayableReview, b: ReplayableReview): number {
  if (a.seq === undefined || b.seq === undefined || a.seq === b.seq) return 0;
  return a.seq < b.seq ? -1 : 1;
}

/** Orders reviews by time, then by arrival (`seq`); equal times without a seq keep their given order. */
export function sortReviewsForReplay<T extends ReplayableReview>(reviews: readonly T[]): T[] {
  return reviews
    .map((review, index) => ({ review, index }))
    .sort(
      (a, b) =>
        a.review.reviewedAt.getTime() - b.review.reviewedAt.getTime() ||
        bySeq(a.review, b.review) ||
        a.index - b.index,
    )
    .map(({ review }) => review);
}

/**
 * The card that results from answering a new card (created at `createdAt`) with `reviews`,
 * taken in time order (ties by arrival, `seq`), each through `reviewCard`.
 * This is how two tabs answering the same card are reconciled, and how undo recomputes
 * the card after removing the last log entry.
 *
 * Deterministic even with fuzz on: ts-fsrs's default fuzz seed is built from the review
 * time, the rep count and difficulty × stability of the card being reviewed, all of which
 * replay reproduces bit for bit. `settings` is one set for every answer, or (`SettingsAt`, from
 * a student's settings history) the settings in force when each answer was given, so a change of
 * settings never rewrites the past.
 */
export function replayReviews(
  reviews: readonly ReplayableReview[],
  settings: SchedulerSettings | SettingsAt,
  createdAt: Date,
): StoredCard {
  const settingsAt: SettingsAt = typeof settings === "function" ? settings : () => settings;
  let card = newCard(createdAt);
  for (const review of sortReviewsForReplay(reviews)) {
    card = reviewCard(card, review.rating, review.reviewedAt, settingsAt(review.reviewedAt)).after;
  }
  return card;
}
