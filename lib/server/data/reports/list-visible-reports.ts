import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../../db";
import {
  REPORT_COLUMNS,
  type ReportRow,
  type ReportViewer,
  reportVisibility,
} from "./report-scope";

/** The most reports one page lists. */
export const REPORTS_LISTED_MAX = 200;

/**
 * The reports the viewer may see in `scope` (see `reportVisibility`), newest first, optionally of
 * one course and one question; at most `REPORTS_LISTED_MAX`.
 */
export async function listVisibleReports(options: {
  viewer: ReportViewer;
  scope: "classes" | "course" | "any";
  courseId?: string;
  questionId?: string;
}): Promise<ReportRow[]> {
  const course =
    options.courseId === undefined
      ? Prisma.empty
      : Prisma.sql`AND r.course_id = ${options.courseId}`;
  const question =
    options.questionId === undefined
      ? Prisma.empty
      : Prisma.sql`AND r.question_id = ${options.questionId}`;
  return db().$queryRaw<ReportRow[]>`
    SELECT ${REPORT_COLUMNS}
      FROM question_reports r JOIN users a ON a.id = r.author_id
     WHERE ${reportVisibility(options.viewer, options.scope)} ${course} ${question}
     ORDER BY r.created_at DESC, r.id
     LIMIT ${REPORTS_LISTED_MAX}`;
}
