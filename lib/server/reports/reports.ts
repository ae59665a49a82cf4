import "server-only";
import { z } from "zod";
import { questionView, type ReportedQuestionView, snapshotView } from "@/lib/reports/question-view";
import { reportInputSchema } from "@/lib/reports/report-input";
import { expectedAnswerText, type QuestionRow, questionRows } from "@/lib/teaching/class-analytics";
import { idSchema } from "@/lib/teaching/id-schema";
import { allCourses, getCourse } from "../courses";
import { getClassQuestionStats } from "../data/analytics/get-class-question-stats";
import { listTeacherClasses } from "../data/classes/list-teacher-classes";
import { listClassQuestionStatus } from "../data/exclusions/list-class-question-status";
import { createReport } from "../data/reports/create-report";
import { getVisibleReport } from "../data/reports/get-visible-report";
import { isCourseMaintainer } from "../data/reports/is-course-maintainer";
import { listVisibleOverrides, type OverrideRow } from "../data/reports/list-visible-overrides";
import { listVisibleReports } from "../data/reports/list-visible-reports";
import type { ReportRow, ReportViewer } from "../data/reports/report-scope";
import { courseMaintainers } from "../env";
import { notFound } from "../errors";
import { parseWith } from "../http/validation";
import { requireCourse } from "../study/study-queue";

/** Who is asking, with the maintainers list from the environment. */
export function reportViewer(userId: string): ReportViewer {
  return { userId, maintainers: courseMaintainers() };
}

/**
 * Records a report about a question of a loaded course (an unknown course or question is
 * NOT_FOUND), with a snapshot of the question taken from the bank, not from the client. A
 * resubmission with the same `clientId` returns the first recording.
 */
export async function fileReport(authorId: string, body: unknown) {
  const input = parseWith(reportInputSchema, body);
  const question = requireCourse(input.courseId).questionsById.get(input.questionId);
  if (!question) throw notFound("Question");
  const saved = await createReport({
    authorId,
    clientId: input.clientId,
    courseId: input.courseId,
    questionId: question.id,
    factIds: question.factIds,
    reason: input.reason,
    note: input.note,
    prompt: question.prompt,
    answer: expectedAnswerText(question),
    questionType: question.type,
  });
  return { id: saved.id, createdAt: saved.createdAt.toISOString(), duplicate: saved.duplicate };
}

const reportIdParamSchema = z.object({ reportId: idSchema });

/** One report as the API gives it, to whoever may see it (else NOT_FOUND, like a made-up id). */
export async function readReport(userId: string, reportIdParam: string) {
  const { reportId } = parseWith(reportIdParamSchema, { reportId: reportIdParam });
  const report = await getVisibleReport({ viewer: reportViewer(userId), reportId });
  return {
    id: report.id,
    courseId: report.courseId,
    questionId: report.questionId,
    factIds: report.factIds,
    reason: report.reason,
    note: report.note,
    seen: { prompt: report.prompt, answer: report.answer, type: report.questionType },
    author: { name: report.authorName, role: report.authorRole },
    createdAt: report.createdAt.toISOString(),
  };
}

// ——— Teacher pages ———————————————————————————————————————————————————————————————————————————

/** How one of the viewer's classes stands with a reported question. */
export interface ClassStanding {
  classId: string;
  className: string;
  assigned: boolean;
  excluded: boolean;
  /** Its members' answers, as class analytics counts them; null when nobody answered it. */
  figures: QuestionRow | null;
}

/** A question with its reports and "I was right" overrides, as a report page shows it. */
export interface ReportedQuestion {
  courseId: string;
  courseTitle: string;
  questionId: string;
  view: ReportedQuestionView;
  reports: ReportRow[];
  overrides: OverrideRow[];
  /** The viewer's classes in the course (to read the figures and take the question out). */
  classes: ClassStanding[];
  latestAt: Date;
}

const keyOf = (courseId: string, questionId: string) => `${courseId}\u0000${questionId}`;

/**
 * Groups reports and overrides by question, newest activity first, each with the question (from
 * the bank, or the first report's snapshot when the bank no longer has it) and, per class of the
 * teacher in its course, whether it is assigned or taken out and how the class answered it.
 */
async function reportedQuestions(
  teacherId: string,
  reports: readonly ReportRow[],
  overrides: readonly OverrideRow[],
): Promise<ReportedQuestion[]> {
  const groups = new Map<string, ReportedQuestion>();
  const group = (courseId: string, questionId: string, at: Date, snapshot?: ReportRow) => {
    const key = keyOf(courseId, questionId);
    let found = groups.get(key);
    if (!found) {
      const loaded = getCourse(courseId);
      const question = loaded?.questionsById.get(questionId);
      const view = question ? questionView(question) : snapshot ? snapshotView(snapshot) : null;
      if (!view) return null;
      found = {
        courseId,
        courseTitle: loaded?.course.title ?? courseId,
        questionId,
        view,
        reports: [],
        overrides: [],
        classes: [],
        latestAt: at,
      };
      groups.set(key, found);
    }
    if (at > found.latestAt) found.latestAt = at;
    return found;
  };
  for (const r of reports) group(r.courseId, r.questionId, r.createdAt, r)?.reports.push(r);
  for (const o of overrides) group(o.courseId, o.questionId, o.overriddenAt)?.overrides.push(o);

  const byCourse = new Map<string, ReportedQuestion[]>();
  for (const g of groups.values())
    byCourse.set(g.courseId, [...(byCourse.get(g.courseId) ?? []), g]);
  await Promise.all(
    [...byCourse].map(async ([courseId, items]) => {
      const questionIds = items.map((g) => g.questionId);
      const classes = await listClassQuestionStatus({ teacherId, courseId, questionIds });
      const figures = await Promise.all(
        classes.map(async (c) => {
          const stats = await getClassQuestionStats({ teacherId, classId: c.classId, questionIds });
          const rows = questionRows(
            items.flatMap((g) => {
              const q = getCourse(courseId)?.questionsById.get(g.questionId);
              return q
                ? [{ id: q.id, prompt: q.prompt, correctAnswer: expectedAnswerText(q) }]
                : [];
            }),
            stats,
          );
          return new Map(rows.map((row) => [row.questionId, row]));
        }),
      );
      for (const g of items) {
        g.classes = classes.map((c, i) => ({
          classId: c.classId,
          className: c.className,
          assigned: c.assigned.has(g.questionId),
          excluded: c.excluded.has(g.questionId),
          figures: figures[i]?.get(g.questionId) ?? null,
        }));
      }
    }),
  );
  return [...groups.values()].sort((a, b) => b.latestAt.getTime() - a.latestAt.getTime());
}

/**
 * The teacher's reports page: reports by students of their classes (current members) and their
 * own, and the overrides of their classes, grouped by question; and the courses they maintain.
 */
export async function getClassReports(options: { teacherId: string }) {
  const viewer = reportViewer(options.teacherId);
  const courseIds = [...new Set((await listTeacherClasses(options)).map((c) => c.courseId))].filter(
    (id) => getCourse(id),
  );
  const [reports, overrides, maintainer] = await Promise.all([
    listVisibleReports({ viewer, scope: "classes" }),
    Promise.all(
      courseIds.map((courseId) => listVisibleOverrides({ viewer, scope: "classes", courseId })),
    ),
    isCourseMaintainer(viewer),
  ]);
  return {
    questions: await reportedQuestions(options.teacherId, reports, overrides.flat()),
    maintainedCourses: maintainer
      ? [...allCourses().values()].map(({ course }) => ({ id: course.id, title: course.title }))
      : [],
  };
}

/** A maintainer's page: every report and override of the course. Anyone else: NOT_FOUND. */
export async function getCourseReports(options: { userId: string; courseId: string }) {
  const loaded = requireCourse(parseWith(idSchema, options.courseId));
  const viewer = reportViewer(options.userId);
  if (!(await isCourseMaintainer(viewer))) throw notFound("Course");
  const courseId = loaded.course.id;
  const [reports, overrides] = await Promise.all([
    listVisibleReports({ viewer, scope: "course", courseId }),
    listVisibleOverrides({ viewer, scope: "course", courseId }),
  ]);
  return {
    course: { id: courseId, title: loaded.course.title },
    questions: await reportedQuestions(options.userId, reports, overrides),
  };
}

/**
 * One report's page: its question with every report about it the viewer may see, the overrides
 * of the viewer's classes, and the viewer's classes. Someone else's report is NOT_FOUND.
 */
export async function getReportPage(options: { teacherId: string; reportId: string }) {
  const { reportId } = parseWith(reportIdParamSchema, { reportId: options.reportId });
  const viewer = reportViewer(options.teacherId);
  const report = await getVisibleReport({ viewer, reportId });
  const [reports, overrides] = await Promise.all([
    listVisibleReports({
      viewer,
      scope: "any",
      courseId: report.courseId,
      questionId: report.questionId,
    }),
    listVisibleOverrides({
      viewer,
      scope: "classes",
      courseId: report.courseId,
      questionId: report.questionId,
    }),
  ]);
  const [question] = await reportedQuestions(options.teacherId, reports, overrides);
  if (!question) throw notFound("Report");
  return { report, question };
}
