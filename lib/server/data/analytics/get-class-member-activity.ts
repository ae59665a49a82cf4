import "server-only";
import type { StudentAggregate } from "@/lib/teaching/class-analytics";
import { db } from "../../db";
import { classScope } from "./class-scope";

interface Row {
  user_id: string;
  reviews7: number;
  mature30: number;
  mature_correct30: number;
  last_reviewed: Date | null;
}

const DAY_MS = 86_400_000;

/**
 * Per member of the teacher's class, over the questions the class was assigned only: answers in
 * the last 7 days, "mature" answers (card in Review state before) and correct ones in the last
 * 30 days (true retention, as on the student's statistics page), and the latest answer. One
 * grouped query; members with no answers are absent.
 */
export async function getClassMemberActivity(options: {
  teacherId: string;
  classId: string;
  now: Date;
}): Promise<Map<string, StudentAggregate>> {
  const since7 = new Date(options.now.getTime() - 7 * DAY_MS);
  const since30 = new Date(options.now.getTime() - 30 * DAY_MS);
  const rows = await db().$queryRaw<Row[]>`
    WITH ${classScope(options)}
    SELECT r.user_id,
           count(*) FILTER (WHERE r.reviewed_at >= ${since7})::int AS reviews7,
           count(*) FILTER (WHERE r.reviewed_at >= ${since30}
                              AND r.state_before->>'state' = 'Review')::int AS mature30,
           count(*) FILTER (WHERE r.reviewed_at >= ${since30} AND r.correct
                              AND r.state_before->>'state' = 'Review')::int AS mature_correct30,
           max(r.reviewed_at) AS last_reviewed
      FROM reviews r
      JOIN members m ON m.student_id = r.user_id AND m.course_id = r.course_id
      JOIN assigned q ON q.class_id = m.class_id AND q.question_id = r.question_id
     GROUP BY r.user_id`;
  return new Map(
    rows.map((r) => [
      r.user_id,
      {
        reviews7: r.reviews7,
        mature30: { correct: r.mature_correct30, total: r.mature30 },
        lastReviewedAt: r.last_reviewed,
      },
    ]),
  );
}
