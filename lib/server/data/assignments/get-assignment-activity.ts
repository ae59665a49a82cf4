import "server-only";
import type { AssignmentActivity, AssignmentGoal } from "@/lib/teaching/assignment-progress";
import { db } from "../../db";

interface QuestionRow {
  user_id: string;
  question_id: string;
  first_correct: Date | null;
  since_set: number;
}

/**
 * Each student's answers to one assignment's deck, aggregated for `assignmentProgress`: the first
 * correct answer per question (ever: progress is kept when a deck is assigned or edited), the
 * answers since the assignment was set and, for a reviews goal, when the goal-th of them was given.
 * Two grouped queries whatever the class size; students with no answers get an empty activity.
 */
export async function getAssignmentActivity(options: {
  studentIds: readonly string[];
  courseId: string;
  questionIds: readonly string[];
  setAt: Date;
  goal: AssignmentGoal;
}): Promise<Map<string, AssignmentActivity>> {
  const { courseId, setAt } = options;
  const studentIds = [...options.studentIds];
  const questionIds = [...options.questionIds];
  const activity = new Map(
    studentIds.map((id) => [
      id,
      {
        firstCorrectAt: new Map<string, Date>(),
        answersSinceSet: 0,
        goalAnswerAt: null as Date | null,
      },
    ]),
  );
  if (studentIds.length === 0 || questionIds.length === 0) return activity;

  const rows = await db().$queryRaw<QuestionRow[]>`
    SELECT user_id, question_id,
           min(reviewed_at) FILTER (WHERE correct) AS first_correct,
           count(*) FILTER (WHERE reviewed_at >= ${setAt})::int AS since_set
      FROM reviews
     WHERE user_id = ANY(${studentIds}::text[]) AND course_id = ${courseId}
       AND question_id = ANY(${questionIds}::text[])
     GROUP BY user_id, question_id`;
  for (const row of rows) {
    const entry = activity.get(row.user_id);
    if (!entry) continue;
    if (row.first_correct) entry.firstCorrectAt.set(row.question_id, row.first_correct);
    entry.answersSinceSet += row.since_set;
  }

  if (options.goal.kind === "reviews") {
    const goalRows = await db().$queryRaw<{ user_id: string; reviewed_at: Date }[]>`
      SELECT user_id, reviewed_at FROM (
        SELECT user_id, reviewed_at,
               row_number() OVER (PARTITION BY user_id ORDER BY reviewed_at, seq) AS n
          FROM reviews
         WHERE user_id = ANY(${studentIds}::text[]) AND course_id = ${courseId}
           AND question_id = ANY(${questionIds}::text[]) AND reviewed_at >= ${setAt}
      ) numbered
      WHERE n = ${options.goal.reviews}`;
    for (const row of goalRows) {
      const entry = activity.get(row.user_id);
      if (entry) entry.goalAnswerAt = row.reviewed_at;
    }
  }
  return activity;
}
