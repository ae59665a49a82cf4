import {
  retrievabilityAt,
  type StoredCard,
  type StudyDayOptions,
  studyDayKey,
} from "@/lib/scheduling";
import { type DayKey, daysBetween } from "./day-key";
import { startOfDayKey } from "./day-start";
import { ProgressValidationError } from "./errors";

export interface ExamPlannerOptions {
  now: Date;
  /** The exam's study day, "YYYY-MM-DD" (what a date picker gives). */
  examDay: DayKey;
  day: StudyDayOptions;
  /** Recall to reach by the exam (0.9 by default). */
  target?: number;
  /** Answers it takes to learn a new question: 2 by default (steps 1m, 10m: Good, Good → Review). */
  reviewsPerNewQuestion?: number;
}

export interface ExamDeckCounts {
  deckId: string;
  questions: number;
  /** Never answered: predicted recall 0. */
  newQuestions: number;
  /** Started, with predicted retrievability below the target at the exam. */
  weakQuestions: number;
}

export type ExamPlan =
  | (ExamDeckCounts & {
      status: "planned";
      /** Study days left before the exam day (today included, the exam day not). */
      daysLeft: number;
      /** Mean predicted retrievability at the start of the exam day, new questions as 0; null for an empty deck. */
      predictedRecall: number | null;
      /** weakQuestions + newQuestions × reviewsPerNewQuestion. */
      reviewsNeeded: number;
      /** ⌈reviewsNeeded / daysLeft⌉. */
      reviewsPerDay: number;
      /** Predicted recall already ≥ target without any review. */
      onTrack: boolean;
    })
  | (ExamDeckCounts & {
      status: "today";
      /** Mean retrievability now: too late to plan, only to review what is weak. */
      predictedRecall: number | null;
    })
  | { deckId: string; status: "past" };

/**
 * Exam planner, per deck. Predicted recall = mean over the deck's questions of the FSRS
 * retrievability at the start of the exam's study day if nothing is reviewed before, a new
 * question counting as 0. Reviews needed, a deliberately simple estimate: every started
 * question predicted below the target needs one review before the exam, and every new
 * question `reviewsPerNewQuestion` learning answers; spread evenly over the days left. It is
 * a lower bound: a question reviewed long before the exam may decay below the target again.
 * An exam today gives the recall now and no plan; an exam in the past gives no figures.
 */
export function planExam(
  decks: readonly { id: string; questionIds: readonly string[] }[],
  cards: ReadonlyMap<string, StoredCard>,
  { now, examDay, day, target = 0.9, reviewsPerNewQuestion = 2 }: ExamPlannerOptions,
): ExamPlan[] {
  if (!(target > 0 && target <= 1)) {
    throw new ProgressValidationError("INVALID_OPTIONS", "target must be in (0, 1]");
  }
  if (!Number.isInteger(reviewsPerNewQuestion) || reviewsPerNewQuestion < 0) {
    throw new ProgressValidationError(
      "INVALID_OPTIONS",
      "reviewsPerNewQuestion must be a whole number ≥ 0",
    );
  }
  const daysLeft = daysBetween(studyDayKey(now, day), examDay);
  if (daysLeft < 0) return decks.map((deck) => ({ deckId: deck.id, status: "past" as const }));
  const at = daysLeft === 0 ? now : startOfDayKey(examDay, day);

  return decks.map((deck): ExamPlan => {
    const ids = [...new Set(deck.questionIds)];
    let recallSum = 0;
    let newQuestions = 0;
    let weakQuestions = 0;
    for (const id of ids) {
      const card = cards.get(id);
      if (!card || card.state === "New") {
        newQuestions += 1;
        continue;
      }
      const recall = retrievabilityAt(card, at);
      recallSum += recall;
      if (recall < target) weakQuestions += 1;
    }
    const counts = { deckId: deck.id, questions: ids.length, newQuestions, weakQuestions };
    const predictedRecall = ids.length === 0 ? null : recallSum / ids.length;
    if (daysLeft === 0) return { ...counts, status: "today", predictedRecall };
    const reviewsNeeded = weakQuestions + newQuestions * reviewsPerNewQuestion;
    return {
      ...counts,
      status: "planned",
      daysLeft,
      predictedRecall,
      reviewsNeeded,
      reviewsPerDay: Math.ceil(reviewsNeeded / daysLeft),
      onTrack: predictedRecall !== null && predictedRecall >= target,
    };
  });
}
