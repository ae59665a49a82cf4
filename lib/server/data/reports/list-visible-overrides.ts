import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../../db";
import { classScope } from "../analytics/class-scope";
import type { ReportViewer } from "./report-scope";

/** One wrong typed answer whose student said "I was right". */
export interface OverrideRow {
  answerId: string;
  studentName: string;
  /** The viewer's class the student is in (`classes` scope); null for a maintainer's view. */
  className: string | null;
  courseId: string;
  questionId: string;
  answerText: string | null;
  reviewedAt: Date;
  overriddenAt: Date;
}

const LISTED_MAX = 200;

/**
 * "I was right" overrides the viewer may see, newest first, of one course:
 * - `classes`: by members of the viewer's classes on questions the class was assigned and has not
 *   taken out — what class analytics counts (`classScope` over all the teacher's classes);
 * - `course`: every override in the course, when the viewer is in COURSE_MAINTAINERS.
 */
export async function listVisibleOverrides(options: {
  viewer: ReportViewer;
  scope: "classes" | "course";
  courseId: string;
  questionId?: string;
}): Promise<OverrideRow[]> {
  const { viewer, courseId } = options;
  const question =
    options.questionId === undefined
      ? Prisma.empty
      : Prisma.sql`AND r.question_id = ${options.questionId}`;
  if (options.scope === "classes") {
    return db().$queryRaw<OverrideRow[]>`
      WITH ${classScope({ teacherId: viewer.userId })}
      SELECT DISTINCT ON (r.overridden_at, r.id)
             r.answer_id AS "answerId", s.name AS "studentName", c.name AS "className",
             r.course_id AS "courseId", r.question_id AS "questionId",
             r.answer_text AS "answerText", r.reviewed_at AS "reviewedAt",
             r.overridden_at AS "overriddenAt"
        FROM reviews r
        JOIN members m ON m.student_id = r.user_id AND m.course_id = r.course_id
        JOIN assigned q ON q.class_id = m.class_id AND q.question_id = r.question_id
        JOIN classes c ON c.id = m.class_id
        JOIN users s ON s.id = r.user_id
       WHERE r.overridden_at IS NOT NULL AND r.course_id = ${courseId} ${question}
       ORDER BY r.overridden_at DESC, r.id, c.name
       LIMIT ${LISTED_MAX}`;
  }
  return db().$queryRaw<OverrideRow[]>`
    SELECT r.answer_id AS "answerId", s.name AS "studentName", NULL AS "className",
           r.course_id AS "courseId", r.question_id AS "questionId",
           r.answer_text AS "answerText", r.reviewed_at AS "reviewedAt",
           r.overridden_at AS "overriddenAt"
      FROM reviews r JOIN users s ON s.id = r.user_id
     WHERE r.overridden_at IS NOT NULL AND r.course_id = ${courseId} ${question}
       AND EXISTS (SELECT 1 FROM users v WHERE v.id = ${viewer.userId}
                     AND lower(v.email) = ANY(${[...viewer.maintainers]}::text[]))
     ORDER BY r.overridden_at DESC, r.id
     LIMIT ${LISTED_MAX}`;
}
