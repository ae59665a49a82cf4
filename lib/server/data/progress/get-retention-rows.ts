import "server-only";
import type { QuestionRetentionRow } from "@/lib/progress";
import { db } from "../../db";

interface Row {
  question_id: string;
  all7: number;
  correct7: number;
  mature7: number;
  mature_correct7: number;
  all30: number;
  correct30: number;
  mature30: number;
  mature_correct30: number;
}

/**
 * Answer counts per question over the last 7 and 30 days, all answers and "mature" ones (the card
 * was in Review state before the answer), in one grouped query on the (user_id, reviewed_at) index.
 */
export async function getRetentionRows(options: {
  userId: string;
  courseId: string;
  now: Date;
}): Promise<QuestionRetentionRow[]> {
  const day = 24 * 60 * 60 * 1000;
  const since7 = new Date(options.now.getTime() - 7 * day);
  const since30 = new Date(options.now.getTime() - 30 * day);
  const rows = await db().$queryRaw<Row[]>`
    SELECT question_id,
           count(*) FILTER (WHERE reviewed_at >= ${since7})::int AS all7,
           count(*) FILTER (WHERE reviewed_at >= ${since7} AND correct)::int AS correct7,
           count(*) FILTER (WHERE reviewed_at >= ${since7} AND state_before->>'state' = 'Review')::int AS mature7,
           count(*) FILTER (WHERE reviewed_at >= ${since7} AND correct AND state_before->>'state' = 'Review')::int AS mature_correct7,
           count(*)::int AS all30,
           count(*) FILTER (WHERE correct)::int AS correct30,
           count(*) FILTER (WHERE state_before->>'state' = 'Review')::int AS mature30,
           count(*) FILTER (WHERE correct AND state_before->>'state' = 'Review')::int AS mature_correct30
      FROM reviews
     WHERE user_id = ${options.userId} AND course_id = ${options.courseId} AND reviewed_at >= ${since30}
     GROUP BY question_id`;
  return rows.map((r) => ({
    questionId: r.question_id,
    last7: {
      all: { correct: r.correct7, total: r.all7 },
      mature: { correct: r.mature_correct7, total: r.mature7 },
    },
    last30: {
      all: { correct: r.correct30, total: r.all30 },
      mature: { correct: r.mature_correct30, total: r.mature30 },
    },
  }));
}
