import {
  type CardState,
  formatInterval,
  type ReviewRating,
  type StudyDayOptions,
  studyDayKey,
} from "@/lib/scheduling";
import type { DayKey } from "./day-key";

/**
 * One review of one question, as the data layer reads it on the (cardId, reviewedAt) index,
 * with `stateBefore`/`stateAfter` parsed (e.g. by `storedCardSchema`); only a few fields are used.
 */
export interface QuestionReviewRow {
  reviewedAt: Date;
  mode: "quiz" | "flashcard";
  rating: ReviewRating;
  correct: boolean;
  answerText: string | null;
  verdictCode: string | null;
  responseMs: number;
  stateBefore: { state: CardState };
  stateAfter: { state: CardState; due: Date };
}

export interface HistoryEntry {
  /** 1 for the first answer. */
  number: number;
  reviewedAt: Date;
  /** The study day of the answer, in the student's time zone. */
  day: DayKey;
  mode: "quiz" | "flashcard";
  answerText: string | null;
  verdictCode: string | null;
  correct: boolean;
  rating: ReviewRating;
  responseMs: number;
  /** A card in Review state answered Again (what `lapses` counts). */
  lapse: boolean;
  stateAfter: CardState;
  nextDue: Date;
  /** stateAfter.due − reviewedAt, in ms (never negative). */
  nextIntervalMs: number;
  /** Same as a grade button shows: "10m", "3d", "2mo". */
  nextIntervalLabel: string;
}

export interface QuestionHistory {
  /** Oldest first. */
  entries: HistoryEntry[];
  reviews: number;
  correct: number;
  lapses: number;
}

/**
 * One question's review log, oldest first (equal times keep the given order), each with the
 * interval FSRS scheduled after it. An empty log gives no entries and zero counts.
 */
export function questionHistory(
  rows: readonly QuestionReviewRow[],
  day: StudyDayOptions,
): QuestionHistory {
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.reviewedAt.getTime() - b.row.reviewedAt.getTime() || a.index - b.index)
    .map(({ row }) => row);
  const entries = sorted.map((row, index): HistoryEntry => {
    const nextIntervalMs = Math.max(0, row.stateAfter.due.getTime() - row.reviewedAt.getTime());
    return {
      number: index + 1,
      reviewedAt: row.reviewedAt,
      day: studyDayKey(row.reviewedAt, day),
      mode: row.mode,
      answerText: row.answerText,
      verdictCode: row.verdictCode,
      correct: row.correct,
      rating: row.rating,
      responseMs: row.responseMs,
      lapse: row.stateBefore.state === "Review" && row.rating === "Again",
      stateAfter: row.stateAfter.state,
      nextDue: row.stateAfter.due,
      nextIntervalMs,
      nextIntervalLabel: formatInterval(nextIntervalMs),
    };
  });
  return {
    entries,
    reviews: entries.length,
    correct: entries.filter((e) => e.correct).length,
    lapses: entries.filter((e) => e.lapse).length,
  };
}
