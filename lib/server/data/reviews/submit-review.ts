import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import {
  type ReviewRating,
  reviewCard,
  type SchedulerSettings,
  type SettingsAt,
  type StoredCard,
} from "@/lib/scheduling";
import { AppError } from "../../errors";
import { cardToJson } from "../cards/card-row";
import {
  inTransaction,
  lockOrCreateCard,
  rebuildCard,
  settingsAtFor,
  type Tx,
} from "./card-transaction";

export interface SubmitReviewInput {
  userId: string;
  courseId: string;
  questionId: string;
  /** Made by the client; a resubmission with the same id returns the first recording. */
  answerId: string;
  mode: "quiz" | "flashcard";
  rating: ReviewRating;
  correct: boolean;
  response: Prisma.InputJsonValue | null;
  answerText: string | null;
  verdictCode: string | null;
  responseMs: number;
  reviewedAt: Date;
}

export interface RecordedReview {
  answerId: string;
  questionId: string;
  rating: ReviewRating;
  correct: boolean;
  verdictCode: string | null;
  answerText: string | null;
  reviewedAt: Date;
  /** The settings in force at `reviewedAt`, that scheduled this answer. */
  settings: SchedulerSettings;
  /** The card after this answer (after a replay when answers arrived out of order). */
  card: StoredCard;
  /** The card as it was before this answer (the log's snapshot, as JSON). */
  before: Prisma.JsonValue;
  /** True when this answer had been recorded before (a retry); nothing was written. */
  duplicate: boolean;
}

/**
 * Records one answer and updates the card, in one transaction: the card row is locked, a repeated
 * `answerId` returns the first recording, and an answer older than the card's last review (a second
 * tab, an offline resend) is merged by replaying the card's whole log in time order.
 * Each answer is scheduled with the settings in force when it was given (the student's settings
 * history), so a late resend after a settings change never reschedules the past under new ones.
 * The usual case is six statements (begin, lock or create the card, read the settings history,
 * insert the answer unless its id is taken, update the card, commit), raw where Prisma's model queries cost several times more.
 */
export async function submitReview(input: SubmitReviewInput): Promise<RecordedReview> {
  return inTransaction(async (tx) => {
    const card = await lockOrCreateCard(tx, input);
    const cardId = card.id;
    // The settings in force when the answer was given, not today's (it may be a late resend).
    const settingsAt = await settingsAtFor(tx, input.userId);
    const settings = settingsAt(input.reviewedAt);
    const inOrder = !card.state.lastReview || input.reviewedAt >= card.state.lastReview;
    // In order (the usual case): one FSRS step. Out of order: record, then replay the whole log.
    const outcome = inOrder
      ? reviewCard(card.state, input.rating, input.reviewedAt, settings)
      : null;
    // The unique (user, answer id) tells a new answer from a retry, under the card's lock.
    const inserted = await tx.$executeRaw`
      INSERT INTO reviews (id, answer_id, user_id, card_id, course_id, question_id, mode, rating,
                           correct, response, answer_text, verdict_code, response_ms, reviewed_at,
                           state_before, state_after, created_at)
      VALUES (${randomUUID()}, ${input.answerId}, ${input.userId}, ${cardId}, ${input.courseId},
              ${input.questionId}, ${input.mode}::"AnswerMode", ${input.rating}::"Rating",
              ${input.correct},
              ${input.response === null ? null : JSON.stringify(input.response)}::jsonb,
              ${input.answerText}, ${input.verdictCode}, ${input.responseMs}, ${input.reviewedAt},
              ${JSON.stringify(cardToJson(outcome?.before ?? card.state))}::jsonb,
              ${JSON.stringify(cardToJson(outcome?.after ?? card.state))}::jsonb, ${new Date()})
      ON CONFLICT (user_id, answer_id) DO NOTHING`;
    if (inserted === 0) return earlierRecording(tx, input, card.state, settingsAt);

    let after: StoredCard;
    let before: Prisma.JsonValue;
    if (outcome) {
      before = cardToJson(outcome.before);
      after = outcome.after;
      await tx.card.updateMany({ where: { id: cardId }, data: { ...after } });
    } else {
      const createdAt = new Date(Math.min(input.reviewedAt.getTime(), card.createdAt.getTime()));
      after = await rebuildCard(tx, {
        cardId,
        settingsAt,
        createdAt,
        changedFrom: input.reviewedAt,
      });
      // The replay rewrote this answer's snapshot: read it back.
      const recorded = await tx.review.findUniqueOrThrow({
        where: { userId_answerId: { userId: input.userId, answerId: input.answerId } },
        select: { stateBefore: true },
      });
      before = recorded.stateBefore;
    }
    return {
      answerId: input.answerId,
      questionId: input.questionId,
      rating: input.rating,
      correct: input.correct,
      verdictCode: input.verdictCode,
      answerText: input.answerText,
      reviewedAt: input.reviewedAt,
      settings,
      card: after,
      before,
      duplicate: false,
    };
  });
}

/**
 * A retry: the first recording of this answer id, with the (locked, unchanged) card. Rolls back, by
 * throwing, when the id was used for another question.
 */
async function earlierRecording(
  tx: Tx,
  input: SubmitReviewInput,
  card: StoredCard,
  settingsAt: SettingsAt,
): Promise<RecordedReview> {
  const earlier = await tx.review.findUniqueOrThrow({
    where: { userId_answerId: { userId: input.userId, answerId: input.answerId } },
  });
  if (earlier.questionId !== input.questionId || earlier.courseId !== input.courseId) {
    throw new AppError(
      "CONFLICT",
      "This answer id was already used for another question; make a new one.",
      "answerId",
    );
  }
  return {
    answerId: earlier.answerId,
    questionId: earlier.questionId,
    rating: earlier.rating,
    correct: earlier.correct,
    verdictCode: earlier.verdictCode,
    answerText: earlier.answerText,
    reviewedAt: earlier.reviewedAt,
    settings: settingsAt(earlier.reviewedAt),
    card,
    before: earlier.stateBefore,
    duplicate: true,
  };
}
