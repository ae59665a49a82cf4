import { CARD_STATES, type CardState, REVIEW_RATINGS, type ReviewRating } from "@/lib/scheduling";
import { type CsvCell, csvCell } from "@/lib/teaching/csv";

/** One answer as the export reads it from the review log. */
export interface ExportedReview {
  cardId: string;
  reviewedAt: Date;
  rating: ReviewRating;
  /** The card's state before this answer (null if the stored snapshot has none). */
  stateBefore: CardState | null;
  responseMs: number;
}

/** One card as the export reads it. */
export interface ExportedCard {
  id: string;
  courseId: string;
  questionId: string;
  state: CardState;
  due: Date;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

/**
 * The FSRS optimizer's review-log columns (open-spaced-repetition/fsrs-optimizer, "Review Logs
 * Schema"): card_id, review_time (epoch ms, UTC), review_rating (1 Again … 4 Easy), review_state
 * (0 New, 1 Learning, 2 Review, 3 Relearning: the card's state when answered), review_duration (ms).
 */
export const REVLOG_COLUMNS = [
  "card_id",
  "review_time",
  "review_rating",
  "review_state",
  "review_duration",
] as const;

export const CARD_COLUMNS = [
  "card_id",
  "course_id",
  "question_id",
  "state",
  "due",
  "stability",
  "difficulty",
  "reps",
  "lapses",
  "last_review",
] as const;

/** FSRS's numbers: ratings 1–4, states 0–3 (ts-fsrs and the optimizer agree). */
export const ratingNumber = (rating: ReviewRating): number => REVIEW_RATINGS.indexOf(rating) + 1;
export const stateNumber = (state: CardState): number => CARD_STATES.indexOf(state);

/**
 * Plain CSV for tools rather than spreadsheets: no byte order mark (pandas and the optimizer would
 * read it into the first column's name), CRLF line ends, cells quoted and formula-guarded as in
 * the class exports.
 */
export function toToolCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}

/** The answers as the FSRS optimizer's revlog.csv, oldest first as given. */
export function reviewLogCsv(reviews: readonly ExportedReview[]): string {
  return toToolCsv(
    REVLOG_COLUMNS,
    reviews.map((r) => [
      r.cardId,
      r.reviewedAt.getTime(),
      ratingNumber(r.rating),
      r.stateBefore === null ? null : stateNumber(r.stateBefore),
      Math.max(0, Math.round(r.responseMs)),
    ]),
  );
}

/** The cards with their FSRS memory state; times in epoch ms, like the review log. */
export function cardsCsv(cards: readonly ExportedCard[]): string {
  return toToolCsv(
    CARD_COLUMNS,
    cards.map((c) => [
      c.id,
      c.courseId,
      c.questionId,
      stateNumber(c.state),
      c.due.getTime(),
      c.stability,
      c.difficulty,
      c.reps,
      c.lapses,
      c.lastReview?.getTime() ?? null,
    ]),
  );
}
