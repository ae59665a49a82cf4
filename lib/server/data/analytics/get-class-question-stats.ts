import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { MAX_CONFUSIONS, type QuestionAggregate } from "@/lib/teaching/class-analytics";
import { db } from "../../db";
import { classScope } from "./class-scope";

/**
 * Per question the teacher's class was assigned (and has not taken out), over its members'
 * answers (ever): attempts, correct ones, the wrong typed answers whose student said "I was
 * right", and the most common wrong answer texts. Wrong texts are grouped case- and
 * whitespace-insensitively (lib/teaching `answerKey` merges again), each group in its most common
 * spelling, and only the top `MAX_CONFUSIONS` per question leave the database. `questionIds`
 * narrows it to those questions (a report page asks about one).
 */
export async function getClassQuestionStats(options: {
  teacherId: string;
  classId: string;
  questionIds?: readonly string[];
}): Promise<QuestionAggregate[]> {
  const scope = classScope(options);
  const only =
    options.questionIds === undefined
      ? Prisma.empty
      : Prisma.sql`AND r.question_id = ANY(${[...options.questionIds]}::text[])`;
  const [counts, wrong] = await Promise.all([
    db().$queryRaw<{ question_id: string; attempts: number; correct: number; overrides: number }[]>`
      WITH ${scope}
      SELECT r.question_id, count(*)::int AS attempts,
             count(*) FILTER (WHERE r.correct)::int AS correct,
             count(*) FILTER (WHERE r.overridden_at IS NOT NULL)::int AS overrides
        FROM reviews r
        JOIN members m ON m.student_id = r.user_id AND m.course_id = r.course_id
        JOIN assigned q ON q.class_id = m.class_id AND q.question_id = r.question_id
       WHERE TRUE ${only}
       GROUP BY r.question_id`,
    db().$queryRaw<{ question_id: string; text: string; count: number }[]>`
      WITH ${scope},
      wrong AS (
        SELECT r.question_id,
               lower(btrim(regexp_replace(r.answer_text, '[[:space:]]+', ' ', 'g'))) AS key,
               count(*)::int AS count,
               mode() WITHIN GROUP (ORDER BY btrim(r.answer_text)) AS text
          FROM reviews r
          JOIN members m ON m.student_id = r.user_id AND m.course_id = r.course_id
          JOIN assigned q ON q.class_id = m.class_id AND q.question_id = r.question_id
         WHERE NOT r.correct AND btrim(coalesce(r.answer_text, '')) <> '' ${only}
         GROUP BY r.question_id, key
      )
      SELECT question_id, text, count FROM (
        SELECT question_id, text, count,
               row_number() OVER (PARTITION BY question_id ORDER BY count DESC, key) AS n
          FROM wrong
      ) ranked
      WHERE n <= ${MAX_CONFUSIONS}`,
  ]);
  const wrongByQuestion = new Map<string, { text: string; count: number }[]>();
  for (const row of wrong) {
    const list = wrongByQuestion.get(row.question_id) ?? [];
    list.push({ text: row.text, count: row.count });
    wrongByQuestion.set(row.question_id, list);
  }
  return counts.map((row) => ({
    questionId: row.question_id,
    attempts: row.attempts,
    correct: row.correct,
    wrongAnswers: wrongByQuestion.get(row.question_id) ?? [],
    overrides: row.overrides,
  }));
}
