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
  // One statement on the answer path: today's log is short, so its question ids give the count too.
  const [row] = await db().$queryRaw<Array<{ newIntroduced: number; answered: string[] }>>`
    SELECT (SELECT count(*)::int FROM cards
             WHERE user_id = ${userId} AND course_id = ${courseId} AND created_at >= ${since})
             AS "newIntroduced",
           ARRAY(SELECT question_id FROM reviews
                  WHERE user_id = ${userId} AND course_id = ${courseId} AND reviewed_at >= ${since})
             AS answered`;
  const answered = row?.answered ?? [];
  return {
    reviewsDone: answered.length,
    newIntroduced: row?.newIntroduced ?? 0,
    questionIdsAnswered: [...new Set(answered)],
  };
}
