import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * The authorisation of every class analytics query, as common table expressions to put after
 * `WITH`: `members` (class_id, student_id, course_id) and `assigned` (class_id, question_id) of one
 * class of this teacher, or of all their classes without `classId`. Another teacher's class or a
 * made-up id gives no members and no questions, so a query built on them can only count what
 * members answered to questions their class was assigned and has not taken out (exclusions).
 * Join both on `class_id` as well when the scope may hold several classes.
 */
export function classScope(options: { teacherId: string; classId?: string }): Prisma.Sql {
  const oneClass =
    options.classId === undefined ? Prisma.empty : Prisma.sql`AND id = ${options.classId}`;
  return Prisma.sql`
    owned AS (
      SELECT id, course_id FROM classes WHERE teacher_id = ${options.teacherId} ${oneClass}
    ),
    members AS (
      SELECT o.id AS class_id, m.student_id, o.course_id
        FROM owned o JOIN class_members m ON m.class_id = o.id
    ),
    assigned AS (
      SELECT DISTINCT o.id AS class_id, q.question_id
        FROM owned o
        JOIN assignments a ON a.class_id = o.id
        JOIN custom_decks d ON d.id = a.deck_id
        CROSS JOIN LATERAL unnest(d.question_ids) AS q(question_id)
       WHERE NOT EXISTS (
         SELECT 1 FROM class_question_exclusions x
          WHERE x.class_id = o.id AND x.question_id = q.question_id
       )
    )`;
}
