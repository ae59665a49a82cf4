import "server-only";
import { db } from "../../db";

export interface RetiredQuestionRow {
  questionId: string;
  type: string;
  prompt: string;
  /** The correct answer on one line. */
  answer: string;
  retiredAt: Date;
}

/**
 * The snapshots of retired questions among `questionIds` (what a student's old cards are on):
 * course content, the same for everyone, so no owner to scope by.
 */
export async function getRetiredQuestions(options: {
  courseId: string;
  questionIds: readonly string[];
}): Promise<RetiredQuestionRow[]> {
  if (options.questionIds.length === 0) return [];
  return db().retiredQuestion.findMany({
    where: { courseId: options.courseId, questionId: { in: [...options.questionIds] } },
    orderBy: { questionId: "asc" },
    select: { questionId: true, type: true, prompt: true, answer: true, retiredAt: true },
  });
}
