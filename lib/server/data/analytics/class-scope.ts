import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * The authorisation of every class analytics query, as common table expressions to put after
 * `WITH`: `members` (student_id, course_id) and `assigned` (question_id) of one class of this
 * teacher. Another teacher's class or a made-up id gives no members and no questions, so a query
 * built on them can only count what members answered to questions the class was assigned.
 */
export function classScope(options: { teacherId: string; classId: string }): Prisma.Sql {
  return Prisma.sql`
    owned AS (
      SELECT id, course_id FROM classes
       WHERE id = ${options.classId} AND teacher_id = ${options.teacherId}
    ),
    members AS (
      SELECT m.student_id, o.course_id FROM owned o JOIN class_members m ON m.class_id = o.id
    ),
    assigned AS (
      SELECT DISTINCT unnest(d.question_ids) AS question_id
        FROM owned o
        JOIN assignments a ON a.class_id = o.id
        JOIN custom_decks d ON d.id = a.deck_id
    )`;
}
