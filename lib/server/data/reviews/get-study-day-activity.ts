import "server-only";
import { db } from "../../db";

export interface StudyDayActivity {
  reviewsDone: number;
  newIntroduced: number;
  /** Questions answered since the start of the study day (for sibling burying). */
  questionIdsAnswered: string[];
}

/** What the user did in one course since `since` (the start of their study day). */
export async function getStudyDayActivity(options: {
  userId: string;
  courseId: string;
  since: Date;
}): Promise<StudyDayActivity> {
  const { userId, courseId, since } = options;
  const [reviewsDone, newIntroduced, answered] = await Promise.all([
    db().review.count({ where: { userId, courseId, reviewedAt: { gte: since } } }),
    db().card.count({ where: { userId, courseId, createdAt: { gte: since } } }),
    db().review.findMany({
      where: { userId, courseId, reviewedAt: { gte: since } },
      distinct: ["questionId"],
      select: { questionId: true },
    }),
  ]);
  return { reviewsDone, newIntroduced, questionIdsAnswered: answered.map((r) => r.questionId) };
}
