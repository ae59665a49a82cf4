import "server-only";
import type { CardState, StoredCard } from "@/lib/scheduling";
import { db } from "../../db";
import { classScope } from "./class-scope";

interface Row {
  user_id: string;
  question_id: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardState;
  last_review: Date | null;
}

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
    SELECT c.user_id, c.question_id, c.due, c.stability, c.difficulty, c.elapsed_days,
           c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.state::text AS state,
           c.last_review
      FROM cards c
      JOIN members m ON m.student_id = c.user_id AND m.course_id = c.course_id
      JOIN assigned q ON q.question_id = c.question_id`;
  const cards = new Map<string, Map<string, StoredCard>>();
  for (const row of rows) {
    let own = cards.get(row.user_id);
    if (!own) {
      own = new Map();
      cards.set(row.user_id, own);
    }
    own.set(row.question_id, {
      due: row.due,
      stability: row.stability,
      difficulty: row.difficulty,
      elapsedDays: row.elapsed_days,
      scheduledDays: row.scheduled_days,
      learningSteps: row.learning_steps,
      reps: row.reps,
      lapses: row.lapses,
      state: row.state,
      lastReview: row.last_review,
    });
  }
  return cards;
}
