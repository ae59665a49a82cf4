import { Rating } from "ts-fsrs";
import { SchedulingValidationError } from "./errors";

/** The four FSRS answers, by name (what the grade buttons and the review log hold). */
export const REVIEW_RATINGS = ["Again", "Hard", "Good", "Easy"] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

type FsrsGrade = Rating.Again | Rating.Hard | Rating.Good | Rating.Easy;

const GRADE_BY_NAME: Record<ReviewRating, FsrsGrade> = {
  Again: Rating.Again,
  Hard: Rating.Hard,
  Good: Rating.Good,
  Easy: Rating.Easy,
};

/** The ts-fsrs grade for a rating name. */
export function toFsrsGrade(rating: ReviewRating): FsrsGrade {
  return GRADE_BY_NAME[rating];
}

/**
 * The FSRS rating for a graded answer: wrong → Again; right → Good unless the
 * student picks another rating (Hard, Easy, or Again when self-grading a flashcard).
 * A wrong answer cannot be upgraded: any override other than Again is rejected.
 */
export function ratingFromGrade({
  correct,
  override,
}: {
  correct: boolean;
  override?: ReviewRating | null;
}): ReviewRating {
  if (!correct) {
    if (override && override !== "Again") {
      throw new SchedulingValidationError(
        "INVALID_GRADE",
        `A wrong answer is rated Again; it cannot be rated ${override}`,
      );
    }
    return "Again";
  }
  return override ?? "Good";
}
