import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** Who asks for reports: their user id and the COURSE_MAINTAINERS list (lower-case emails). */
export interface ReportViewer {
  userId: string;
  maintainers: readonly string[];
}

/**
 * Which reports a query may return, as a condition on `question_reports r`:
 * - `classes`: the viewer's own, and those by students who are members, now, of a class the
 *   viewer teaches in the report's course (membership at read time: a student who leaves takes
 *   their reports with them; one who joins brings earlier ones — the join page says teachers see
 *   earlier answers too);
 * - `course`: every report, when the viewer's email (as stored, not as the session says) is in
 *   COURSE_MAINTAINERS — maintainers of every course served;
 * - `any`: either.
 * Nobody else sees a report: another student, a teacher of another class and a teacher with no
 * classes get nothing, so a report id of theirs reads exactly like a made-up one.
 */
export function reportVisibility(
  viewer: ReportViewer,
  scope: "classes" | "course" | "any",
): Prisma.Sql {
  const own = Prisma.sql`r.author_id = ${viewer.userId}`;
  const taught = Prisma.sql`EXISTS (
    SELECT 1 FROM class_members m JOIN classes c ON c.id = m.class_id
     WHERE m.student_id = r.author_id AND c.teacher_id = ${viewer.userId}
       AND c.course_id = r.course_id)`;
  const maintained = Prisma.sql`EXISTS (
    SELECT 1 FROM users v
     WHERE v.id = ${viewer.userId} AND lower(v.email) = ANY(${[...viewer.maintainers]}::text[]))`;
  if (scope === "classes") return Prisma.sql`(${own} OR ${taught})`;
  if (scope === "course") return Prisma.sql`(${maintained})`;
  return Prisma.sql`(${own} OR ${taught} OR ${maintained})`;
}

/** A report as the data layer returns it, with its author's name and role. */
export interface ReportRow {
  id: string;
  authorId: string;
  authorName: string;
  authorRole: "student" | "teacher";
  courseId: string;
  questionId: string;
  factIds: string[];
  reason: "wrong" | "unclear" | "too_easy" | "other";
  note: string | null;
  prompt: string;
  answer: string;
  questionType: string;
  createdAt: Date;
}

/** The columns of `ReportRow`, from `question_reports r JOIN users a ON a.id = r.author_id`. */
export const REPORT_COLUMNS = Prisma.sql`
  r.id, r.author_id AS "authorId", a.name AS "authorName", a.role::text AS "authorRole",
  r.course_id AS "courseId", r.question_id AS "questionId", r.fact_ids AS "factIds",
  r.reason::text AS reason, r.note, r.prompt, r.answer, r.question_type AS "questionType",
  r.created_at AS "createdAt"`;
