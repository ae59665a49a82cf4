import type { DayCount, QuestionRetentionRow, QuestionReviewRow } from "@/lib/progress";
import {
  type ReviewRating,
  reviewCard,
  type SchedulerSettings,
  type StoredCard,
  type StudyDayOptions,
  schedulerSettingsSchema,
  studyDayKey,
} from "@/lib/scheduling";

export const DAY = 86_400_000;
export const UTC_DAY: StudyDayOptions = { timeZone: "UTC", rolloverHour: 4 };
export const SETTINGS: SchedulerSettings = schedulerSettingsSchema.parse({ enableFuzz: false });

/** One hand-written answer: when, to which question, which rating (correct unless Again). */
export interface LoggedAnswer {
  at: string;
  questionId: string;
  rating: ReviewRating;
}

export interface ReviewRow extends QuestionReviewRow {
  questionId: string;
  stateBefore: StoredCard;
  stateAfter: StoredCard;
}

/** Plays a hand-made log through the scheduler: the review rows and the cards they leave. */
export function playLog(log: readonly LoggedAnswer[]): {
  rows: ReviewRow[];
  cards: Map<string, StoredCard>;
} {
  const cards = new Map<string, StoredCard>();
  const rows: ReviewRow[] = [];
  const sorted = [...log].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const answer of sorted) {
    const at = new Date(answer.at);
    const outcome = reviewCard(cards.get(answer.questionId) ?? null, answer.rating, at, SETTINGS);
    cards.set(answer.questionId, outcome.after);
    rows.push({
      questionId: answer.questionId,
      reviewedAt: at,
      mode: "quiz",
      rating: answer.rating,
      correct: answer.rating !== "Again",
      answerText: `answer ${rows.length + 1}`,
      verdictCode: answer.rating === "Again" ? "wrong" : "exact",
      responseMs: 4000,
      stateBefore: outcome.before,
      stateAfter: outcome.after,
    });
  }
  return { rows, cards };
}

/** What SQL's `GROUP BY` study day gives for these rows. */
export function reviewsPerDay(
  rows: readonly { reviewedAt: Date }[],
  day: StudyDayOptions = UTC_DAY,
): DayCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = studyDayKey(row.reviewedAt, day);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ day: key, count }));
}

/** What the per-question retention query gives (windows: the last 7 and 30 × 24 h before now). */
export function retentionRows(rows: readonly ReviewRow[], now: Date): QuestionRetentionRow[] {
  const byQuestion = new Map<string, QuestionRetentionRow>();
  const empty = () => ({ all: { correct: 0, total: 0 }, mature: { correct: 0, total: 0 } });
  for (const row of rows) {
    const age = now.getTime() - row.reviewedAt.getTime();
    if (age < 0 || age > 30 * DAY) continue;
    const entry = byQuestion.get(row.questionId) ?? {
      questionId: row.questionId,
      last7: empty(),
      last30: empty(),
    };
    const windows = age <= 7 * DAY ? [entry.last7, entry.last30] : [entry.last30];
    for (const window of windows) {
      const kinds = row.stateBefore.state === "Review" ? [window.all, window.mature] : [window.all];
      for (const counts of kinds) {
        counts.total += 1;
        if (row.correct) counts.correct += 1;
      }
    }
    byQuestion.set(row.questionId, entry);
  }
  return [...byQuestion.values()];
}
