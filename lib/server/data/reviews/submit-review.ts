import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import {
  newCard,
  type ReviewRating,
  reviewCard,
  type SchedulerSettings,
  type StoredCard,
} from "@/lib/scheduling";
import { AppError } from "../../errors";
import { cardToJson } from "../cards/card-row";
import { inTransaction, lockCard, readCard, rebuildCard } from "./card-transaction";

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
  settings: SchedulerSettings;
}

export interface RecordedReview {
  answerId: string;
  questionId: string;
  rating: ReviewRating;
  correct: boolean;
  verdictCode: string | null;
  answerText: string | null;
  reviewedAt: Date;
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
 */
export async function submitReview(input: SubmitReviewInput): Promise<RecordedReview> {
  return inTransaction(async (tx) => {
    const placeholder = newCard(input.reviewedAt);
    await tx.$executeRaw`
      INSERT INTO cards (id, user_id, course_id, question_id, due, stability, difficulty,
                         elapsed_days, scheduled_days, learning_steps, reps, lapses, state,
                         last_review, created_at, updated_at)
      VALUES (${randomUUID()}, ${input.userId}, ${input.courseId}, ${input.questionId},
              ${placeholder.due}, 0, 0, 0, 0, 0, 0, 0, 'New', NULL, ${input.reviewedAt}, now())
      ON CONFLICT (user_id, course_id, question_id) DO NOTHING`;
    const { id: cardId } = await tx.card.findUniqueOrThrow({
      where: {
        userId_courseId_questionId: {
          userId: input.userId,
          courseId: input.courseId,
          questionId: input.questionId,
        },
      },
      select: { id: true },
    });
    await lockCard(tx, cardId);

    const earlier = await tx.review.findUnique({
      where: { userId_answerId: { userId: input.userId, answerId: input.answerId } },
    });
    if (earlier) {
      if (earlier.questionId !== input.questionId || earlier.courseId !== input.courseId) {
        throw new AppError(
          "CONFLICT",
          "This answer id was already used for another question; make a new one.",
          "answerId",
        );
      }
      const card = await readCard(tx, earlier.cardId);
      return {
        answerId: earlier.answerId,
        questionId: earlier.questionId,
        rating: earlier.rating,
        correct: earlier.correct,
        verdictCode: earlier.verdictCode,
        answerText: earlier.answerText,
        reviewedAt: earlier.reviewedAt,
        card: card.state,
        before: earlier.stateBefore,
        duplicate: true,
      };
    }

    const card = await readCard(tx, cardId);
    const inOrder = !card.state.lastReview || input.reviewedAt >= card.state.lastReview;
    // In order (the usual case): one FSRS step. Out of order: record, then replay the whole log.
    const outcome = inOrder
      ? reviewCard(card.state, input.rating, input.reviewedAt, input.settings)
      : null;
    await tx.review.create({
      data: {
        answerId: input.answerId,
        userId: input.userId,
        cardId,
        courseId: input.courseId,
        questionId: input.questionId,
        mode: input.mode,
        rating: input.rating,
        correct: input.correct,
        response: input.response ?? Prisma.JsonNull,
        answerText: input.answerText,
        verdictCode: input.verdictCode,
        responseMs: input.responseMs,
        reviewedAt: input.reviewedAt,
        stateBefore: cardToJson(outcome?.before ?? card.state),
        stateAfter: cardToJson(outcome?.after ?? card.state),
      },
    });
    let after: StoredCard;
    let before: Prisma.JsonValue;
    if (outcome) {
      before = cardToJson(outcome.before);
      after = outcome.after;
      await tx.card.update({ where: { id: cardId }, data: { ...after } });
    } else {
      const createdAt = new Date(Math.min(input.reviewedAt.getTime(), card.createdAt.getTime()));
      after = await rebuildCard(tx, {
        cardId,
        settings: input.settings,
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
      card: after,
      before,
      duplicate: false,
    };
  });
}
