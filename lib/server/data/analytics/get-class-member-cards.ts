import "server-only";
import type { StoredCard } from "@/lib/scheduling";
import { db } from "../../db";
import { toStoredCard } from "../cards/card-row";
import { classScope } from "./class-scope";

/** A card's FSRS columns, aliased to the names `CARD_STATE_SELECT` gives them, with its owner. */
type Row = Parameters<typeof toStoredCard>[0] & { userId: string; questionId: string };

/**
 * The FSRS cards of the teacher's class members for the questions the class was assigned (for
 * the exam prediction): member → question → card. At most members × assigned questions rows.
 */
export async function getClassMemberCards(options: {
  teacherId: string;
  classId: string;
}): Promise<Map<string, Map<string, StoredCard>>> {
  const rows = await db().$queryRaw<Row[]>`
    WITH ${classScope(options)}
    SELECT c.user_id AS "userId", c.question_id AS "questionId", c.due, c.stability,
           c.difficulty, c.elapsed_days AS "elapsedDays", c.scheduled_days AS "scheduledDays",
           c.learning_steps AS "learningSteps", c.reps, c.lapses, c.state::text AS state,
           c.last_review AS "lastReview"
      FROM cards c
      JOIN members m ON m.student_id = c.user_id AND m.course_id = c.course_id
      JOIN assigned q ON q.class_id = m.class_id AND q.question_id = c.question_id`;
  const cards = new Map<string, Map<string, StoredCard>>();
  for (const row of rows) {
    let own = cards.get(row.userId);
    if (!own) {
      own = new Map();
      cards.set(row.userId, own);
    }
    own.set(row.questionId, toStoredCard(row));
  }
  return cards;
}
