import "server-only";
import { z } from "zod";
import { toFlashcard, toPublicQuestion } from "@/lib/questions";
import { REVIEW_RATINGS } from "@/lib/scheduling";
import { changeReviewRating } from "../data/reviews/change-review-rating";
import { overrideReview } from "../data/reviews/override-review";
import { undoReview } from "../data/reviews/undo-review";
import { notFound } from "../errors";
import { parseWith } from "../http/validation";
import { requireCourse } from "./study-queue";

const answerIdSchema = z.uuid({ error: "must be the UUID of one of your answers" });

export const regradeInputSchema = z.object({
  rating: z.enum(REVIEW_RATINGS, { error: "must be Again, Hard, Good or Easy" }),
});

/** Re-grades the user's latest answer to a question (Good → Hard/Easy) and reschedules it. */
export async function regradeAnswer(userId: string, answerIdParam: string, body: unknown) {
  const answerId = parseWith(z.object({ answerId: answerIdSchema }), {
    answerId: answerIdParam,
  }).answerId;
  const { rating } = parseWith(regradeInputSchema, body);
  const result = await changeReviewRating({ userId, answerId, rating });
  return { answerId, rating: result.rating, due: result.card.due.toISOString() };
}

/**
 * "I was right" after a wrong typed answer: recorded on the answer (its verdict stays), the card
 * rescheduled as Good. Only the student's own latest answer, typed and graded wrong (else 404/409).
 */
export async function overrideAnswer(userId: string, answerIdParam: string, now: Date) {
  const answerId = parseWith(z.object({ answerId: answerIdSchema }), {
    answerId: answerIdParam,
  }).answerId;
  const result = await overrideReview({
    userId,
    answerId,
    now,
    isTyped: ({ courseId, questionId }) =>
      requireCourse(courseId).questionsById.get(questionId)?.type === "typed",
  });
  return {
    answerId,
    overridden: true,
    overriddenAt: result.overriddenAt.toISOString(),
    rating: result.rating,
    due: result.card.due.toISOString(),
    duplicate: result.duplicate,
  };
}

/** Removes the user's latest answer to a question; returns the question to ask again. */
export async function undoAnswer(userId: string, answerIdParam: string) {
  const answerId = parseWith(z.object({ answerId: answerIdSchema }), {
    answerId: answerIdParam,
  }).answerId;
  const { questionId, courseId } = await undoReview({ userId, answerId });
  const question = requireCourse(courseId).questionsById.get(questionId);
  return { answerId, undone: true, question: question ? toPublicQuestion(question) : null };
}

export const revealQuerySchema = z.object({
  course: z.string().min(1, "is required").max(120),
  question: z.string().min(1, "is required").max(120),
});

/** The back of a question's flashcard: answer, explanation and sources (records nothing). */
export function revealFlashcard(query: unknown) {
  const { course: courseId, question: questionId } = parseWith(revealQuerySchema, query);
  const question = requireCourse(courseId).questionsById.get(questionId);
  if (!question) throw notFound("Question");
  const card = toFlashcard(question);
  return {
    questionId,
    front: card.front,
    back: card.back,
    expected: question.answer,
    explanation: question.explanation,
    citations: question.citations,
  };
}
