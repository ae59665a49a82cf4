import type { ReviewLog } from "ts-fsrs";
import {
  type CardState,
  fromFsrsCard,
  fromFsrsState,
  newCard,
  type StoredCard,
  toFsrsCard,
} from "./card";
import { SchedulingValidationError } from "./errors";
import { formatInterval } from "./interval-label";
import { schedulerFor } from "./parameters";
import { REVIEW_RATINGS, type ReviewRating, toFsrsGrade } from "./rating";
import type { SchedulerSettings } from "./settings";

/** What ts-fsrs records about one review, in camelCase; `state`, `stability`, `difficulty` are from before it. */
export interface FsrsReviewLog {
  rating: ReviewRating;
  state: CardState;
  /** Last review time before this one (or the card's due if it had none). */
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

export interface ReviewOutcome {
  before: StoredCard;
  after: StoredCard;
  log: FsrsReviewLog;
}

function fromFsrsLog(log: ReviewLog, rating: ReviewRating): FsrsReviewLog {
  return {
    rating,
    state: fromFsrsState(log.state),
    due: new Date(log.due.getTime()),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: new Date(log.review.getTime()),
  };
}

function assertReviewTime(card: StoredCard, now: Date): void {
  if (Number.isNaN(now.getTime())) {
    throw new SchedulingValidationError("INVALID_TIME", "Review time is not a valid date");
  }
  if (card.lastReview && now.getTime() < card.lastReview.getTime()) {
    throw new SchedulingValidationError(
      "REVIEW_BEFORE_LAST_REVIEW",
      `Review at ${now.toISOString()} is before the card's last review at ${card.lastReview.toISOString()}; replay the log in time order instead`,
    );
  }
}

/**
 * Applies one rating at `now`: exactly `fsrs(params).next(card, now, grade)`.
 * A null card is a question never seen before (a new card created at `now`).
 * With fuzz on, the result is still a pure function of (card, rating, now, settings):
 * ts-fsrs seeds its fuzz from the review time, reps and the card's difficulty × stability.
 */
export function reviewCard(
  card: StoredCard | null,
  rating: ReviewRating,
  now: Date,
  settings: SchedulerSettings,
): ReviewOutcome {
  const before = card ?? newCard(now);
  assertReviewTime(before, now);
  const result = schedulerFor(settings).next(toFsrsCard(before), now, toFsrsGrade(rating));
  return { before, after: fromFsrsCard(result.card), log: fromFsrsLog(result.log, rating) };
}

export interface IntervalPreview {
  rating: ReviewRating;
  due: Date;
  /** Milliseconds from `now` to `due`. */
  intervalMs: number;
  /** Short label for the button, e.g. "10m", "2d", "3mo". */
  label: string;
}

/** For each rating, when the card would next be due if answered so at `now` (for "Hard · 2d" buttons). */
export function previewIntervals(
  card: StoredCard | null,
  now: Date,
  settings: SchedulerSettings,
): Record<ReviewRating, IntervalPreview> {
  const current = card ?? newCard(now);
  assertReviewTime(current, now);
  const preview = schedulerFor(settings).repeat(toFsrsCard(current), now);
  const entries = REVIEW_RATINGS.map((rating): [ReviewRating, IntervalPreview] => {
    const due = new Date(preview[toFsrsGrade(rating)].card.due.getTime());
    const intervalMs = due.getTime() - now.getTime();
    return [rating, { rating, due, intervalMs, label: formatInterval(intervalMs) }];
  });
  return Object.fromEntries(entries) as Record<ReviewRating, IntervalPreview>;
}
