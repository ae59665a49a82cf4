import "server-only";
import type { QuestionReviewRow } from "@/lib/progress";
import { storedCardSchema } from "@/lib/scheduling";
import { db } from "../../db";

/** One question's review log for one student (their card's rows, on the (card_id, reviewed_at) index). */
export async function getQuestionReviews(options: {
  userId: string;
  courseId: string;
  questionId: string;
}): Promise<QuestionReviewRow[]> {
  const rows = await db().review.findMany({
    where: { userId: options.userId, courseId: options.courseId, questionId: options.questionId },
    orderBy: [{ reviewedAt: "asc" }, { seq: "asc" }],
    select: {
      reviewedAt: true,
      mode: true,
      rating: true,
      correct: true,
      answerText: true,
      verdictCode: true,
      responseMs: true,
      stateBefore: true,
      stateAfter: true,
    },
  });
  return rows.map((r) => ({
    ...r,
    stateBefore: storedCardSchema.parse(r.stateBefore),
    stateAfter: storedCardSchema.parse(r.stateAfter),
  }));
}
