import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { checkAnswer, questionResponseSchema } from "@/lib/questions";
import type { Citation, Question } from "@/lib/questions/types";
import {
  previewIntervals,
  REVIEW_RATINGS,
  type ReviewRating,
  ratingFromGrade,
  type SchedulerSettings,
  type StoredCard,
  storedCardSchema,
} from "@/lib/scheduling";
import { submitReview } from "../data/reviews/submit-review";
import { getStudySettings } from "../data/study-settings/get-study-settings";
import { AppError, notFound } from "../errors";
import { parseWith } from "../http/validation";
import { describeResponse } from "./describe-response";
import {
  getNextPracticeItem,
  getNextStudyItem,
  type NextStudyItem,
  requireCourse,
  resolveDeck,
} from "./study-queue";

const idSchema = z.string().trim().min(1, "is required").max(120, "is too long");

export const answerInputSchema = z.object({
  answerId: z.uuid({ error: "must be a UUID made by the client for this answer" }),
  courseId: idSchema,
  deckId: idSchema,
  questionId: idSchema,
  mode: z.enum(["quiz", "flashcard", "practice"], {
    error: 'must be "quiz", "flashcard" or "practice"',
  }),
  /** What the student gave; its shape depends on the question type (checked below). */
  response: z.unknown().optional(),
  /** The self-grade of a flashcard. */
  rating: z.enum(REVIEW_RATINGS, { error: "must be Again, Hard, Good or Easy" }).optional(),
  responseMs: z
    .number({ error: "must be a number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(0, "cannot be negative")
    .max(86_400_000, "must be under a day"),
  /** When the student answered, by the client's clock (an answer resent after a drop is older). */
  answeredAt: z.iso.datetime({ error: "must be an ISO date-time" }).optional(),
  /** Practice only: the seed of the practice order and the questions already seen. */
  practiceSeed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
  seen: z.array(idSchema).max(2000, "lists too many questions").optional(),
});
export type AnswerInput = z.infer<typeof answerInputSchema>;

/** How far back a resent answer may be dated; older clocks are taken as "now". */
const MAX_ANSWER_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** The client's answer time, trusted only within the last week and never in the future. */
export function clampAnsweredAt(answeredAt: string | undefined, now: Date): Date {
  if (!answeredAt) return now;
  const time = new Date(answeredAt).getTime();
  if (Number.isNaN(time) || time > now.getTime() || time < now.getTime() - MAX_ANSWER_AGE_MS) {
    return now;
  }
  return new Date(time);
}

export interface AnswerFeedback {
  answerId: string;
  /** True when this answer had already been recorded (a retry): nothing new was written. */
  duplicate: boolean;
  recorded: boolean;
  correct: boolean;
  verdict: { code: string; reason: string; spellingWarning: boolean } | null;
  answerText: string | null;
  expected: string | string[];
  explanation: string;
  citations: Citation[];
  rating: ReviewRating | null;
  /** When the question comes back (ISO), after a recorded answer. */
  due: string | null;
  /** Other grades the student may pick instead, with the interval each gives. */
  grades: Array<{ rating: ReviewRating; interval: string }>;
  next: NextStudyItem;
}

function gradeChoices(before: StoredCard, at: Date, settings: SchedulerSettings) {
  const previews = previewIntervals(before, at, settings);
  return REVIEW_RATINGS.map((rating) => ({ rating, interval: previews[rating].label }));
}

function questionIn(courseId: string, questionId: string): Question {
  const question = requireCourse(courseId).questionsById.get(questionId);
  if (!question) throw notFound("Question");
  return question;
}

/**
 * Grades an answer (or takes a flashcard's self-grade), records it with the card update unless it
 * is practice, and returns the feedback with the next question of the session.
 */
export async function answerQuestion(
  userId: string,
  body: unknown,
  now: Date,
): Promise<AnswerFeedback> {
  const input = parseWith(answerInputSchema, body);
  await resolveDeck({ userId, courseId: input.courseId, deckId: input.deckId });
  const question = questionIn(input.courseId, input.questionId);
  const settings = await getStudySettings({ userId });

  let correct: boolean;
  let verdict: AnswerFeedback["verdict"] = null;
  let response: unknown = null;
  let rating: ReviewRating;
  if (input.mode === "flashcard") {
    if (!input.rating) {
      throw new AppError(
        "INVALID_INPUT",
        "rating: a flashcard needs a self-grade (Again, Hard, Good or Easy).",
        "rating",
      );
    }
    rating = input.rating;
    correct = rating !== "Again";
  } else {
    if (input.response === undefined) {
      throw new AppError("INVALID_INPUT", "response: give an answer to the question.", "response");
    }
    response = parseWith(z.object({ response: questionResponseSchema(question) }), {
      response: input.response,
    }).response;
    const checked = checkAnswer(question, response);
    // An unknown option id or a malformed order is a bad request; unreadable typed text is just wrong.
    if (checked.code === "invalid" && question.type !== "typed") {
      throw new AppError("INVALID_INPUT", `response: ${checked.reason}`, "response");
    }
    correct = checked.correct;
    verdict = {
      code: checked.code,
      reason: checked.reason,
      spellingWarning: !!checked.spellingWarning,
    };
    rating = ratingFromGrade({ correct });
  }
  const answerText = response === null ? null : describeResponse(question, response);
  const base = {
    answerId: input.answerId,
    expected: question.answer,
    explanation: question.explanation,
    citations: question.citations,
    answerText,
  };

  if (input.mode === "practice") {
    const seen = new Set([...(input.seen ?? []), question.id]);
    return {
      ...base,
      duplicate: false,
      recorded: false,
      correct,
      verdict,
      rating: null,
      due: null,
      grades: [],
      next: await getNextPracticeItem({
        userId,
        courseId: input.courseId,
        deckId: input.deckId,
        seed: input.practiceSeed ?? 0,
        seen,
      }),
    };
  }

  const recorded = await submitReview({
    userId,
    courseId: input.courseId,
    questionId: question.id,
    answerId: input.answerId,
    mode: input.mode,
    rating,
    correct,
    response: response as Prisma.InputJsonValue | null,
    answerText,
    verdictCode: verdict?.code ?? null,
    responseMs: input.responseMs,
    reviewedAt: clampAnsweredAt(input.answeredAt, now),
  });
  const next = await getNextStudyItem({
    userId,
    courseId: input.courseId,
    deckId: input.deckId,
    settings,
    now,
  });
  const before = storedCardSchema.parse(recorded.before);
  return {
    ...base,
    duplicate: recorded.duplicate,
    recorded: true,
    correct: recorded.correct,
    verdict: recorded.duplicate && verdict ? { ...verdict } : verdict,
    rating: recorded.rating,
    due: recorded.card.due.toISOString(),
    grades:
      recorded.correct || input.mode === "flashcard"
        ? gradeChoices(before, recorded.reviewedAt, recorded.settings)
        : [],
    next,
  };
}
