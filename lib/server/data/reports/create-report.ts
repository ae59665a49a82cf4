import "server-only";
import { randomUUID } from "node:crypto";
import type { ReportReason } from "@/lib/reports/report-input";
import { db } from "../../db";
import { AppError } from "../../errors";

export interface NewReport {
  authorId: string;
  /** Made by the client; a resubmission with the same id returns the first recording. */
  clientId: string;
  courseId: string;
  questionId: string;
  factIds: readonly string[];
  reason: ReportReason;
  note: string | null;
  prompt: string;
  answer: string;
  questionType: string;
}

/**
 * Records a report once: the unique (author, client id) tells a new report from a resubmission,
 * which returns the first recording (CONFLICT when the id was used for another question). One
 * statement in the usual case, like an answer.
 */
export async function createReport(
  report: NewReport,
): Promise<{ id: string; createdAt: Date; duplicate: boolean }> {
  const [inserted] = await db().$queryRaw<{ id: string; createdAt: Date }[]>`
    INSERT INTO question_reports (id, client_id, author_id, course_id, question_id, fact_ids,
                                  reason, note, prompt, answer, question_type, created_at)
    VALUES (${randomUUID()}, ${report.clientId}, ${report.authorId}, ${report.courseId},
            ${report.questionId}, ${[...report.factIds]}::text[], ${report.reason}::"ReportReason",
            ${report.note}, ${report.prompt}, ${report.answer}, ${report.questionType}, ${new Date()})
    ON CONFLICT (author_id, client_id) DO NOTHING
    RETURNING id, created_at AS "createdAt"`;
  if (inserted) return { ...inserted, duplicate: false };
  const earlier = await db().questionReport.findUniqueOrThrow({
    where: { authorId_clientId: { authorId: report.authorId, clientId: report.clientId } },
    select: { id: true, createdAt: true, courseId: true, questionId: true },
  });
  if (earlier.courseId !== report.courseId || earlier.questionId !== report.questionId) {
    throw new AppError(
      "CONFLICT",
      "clientId: this report id was already used for another question; make a new one.",
      "clientId",
    );
  }
  return { id: earlier.id, createdAt: earlier.createdAt, duplicate: true };
}
