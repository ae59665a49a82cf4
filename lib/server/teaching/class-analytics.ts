import "server-only";
import { z } from "zod";
import { dayNumber } from "@/lib/progress/day-key";
import { studyDayKey } from "@/lib/scheduling";
import { assignmentTerms } from "@/lib/teaching/assignment-progress";
import {
  type AnalyticsAssignment,
  expectedAnswerText,
  predictClassRecall,
  questionRows,
  questionTable,
  sortStudentRows,
  studentRows,
  studentTable,
} from "@/lib/teaching/class-analytics";
import { csvContentDisposition, toCsv } from "@/lib/teaching/csv";
import { getClassMemberActivity } from "../data/analytics/get-class-member-activity";
import { getClassMemberCards } from "../data/analytics/get-class-member-cards";
import { getClassQuestionStats } from "../data/analytics/get-class-question-stats";
import { getAssignmentActivity } from "../data/assignments/get-assignment-activity";
import { getOwnedClass, type OwnedClass } from "../data/classes/get-owned-class";
import { parseWith } from "../http/validation";
import { requireCourse } from "../study/study-queue";

/** An exam date from a date input ("YYYY-MM-DD", a real calendar date). */
export const examDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((day) => {
    try {
      dayNumber(day);
      return true;
    } catch {
      return false;
    }
  }, "is not a real date");

export const CLASS_EXPORT_TABLES = ["students", "questions"] as const;
export type ClassExportTable = (typeof CLASS_EXPORT_TABLES)[number];

type OwnedAssignment = OwnedClass["assignments"][number];

/**
 * The class's time zone for calendar dates (the exam day, "today"): that of its latest
 * assignment, which the teacher set from their own browser; UTC before the first one.
 */
function classTimeZone(owned: OwnedClass): string {
  const latest = owned.assignments.reduce<OwnedAssignment | null>(
    (found, a) => (found === null || a.createdAt > found.createdAt ? a : found),
    null,
  );
  return latest?.timeZone ?? "UTC";
}

/**
 * Everything the class analytics page shows, for the teacher's own class only (another
 * teacher's class or a made-up id is NOT_FOUND): a row per student, a row per answered assigned
 * question, and with `examDay` the class's predicted recall on that day. Aggregate queries
 * only, each scoped to the class's members and its assigned questions.
 */
export async function getClassAnalytics(options: {
  teacherId: string;
  classId: string;
  now: Date;
  examDay?: string;
}) {
  const { teacherId, classId, now } = options;
  const owned = await getOwnedClass({ teacherId, classId });
  const loaded = requireCourse(owned.courseId);
  const examDay =
    options.examDay === undefined ? undefined : parseWith(examDaySchema, options.examDay);
  const timeZone = classTimeZone(owned);

  const studentIds = owned.members.map((m) => m.studentId);
  // Measured as the class page and the students' home measure them (questions the bank still has,
  // less those taken out of the class).
  const excluded = new Set(owned.exclusions.map((e) => e.questionId));
  const measured = owned.assignments.map((a) => ({
    assignment: a,
    ...assignmentTerms(a, loaded.questionsById, excluded),
  }));
  const assignments: AnalyticsAssignment[] = measured.map(({ assignment: a, terms }) => ({
    id: a.id,
    title: a.deck.title,
    dueDay: a.dueDay,
    terms,
  }));
  const assignedIds = new Set(measured.flatMap((m) => m.questionIds));
  // Bank order.
  const questions = loaded.questions.filter((q) => assignedIds.has(q.id));

  const [activity, aggregates, questionStats, cards] = await Promise.all([
    Promise.all(
      measured.map(
        async ({ assignment, questionIds, terms }) =>
          [
            assignment.id,
            await getAssignmentActivity({
              studentIds,
              courseId: owned.courseId,
              questionIds,
              setAt: terms.setAt,
              goal: terms.goal,
            }),
          ] as const,
      ),
    ),
    getClassMemberActivity({ teacherId, classId, now }),
    getClassQuestionStats({ teacherId, classId }),
    examDay === undefined ? null : getClassMemberCards({ teacherId, classId }),
  ]);

  const students = studentRows({
    members: owned.members.map((m) => ({ studentId: m.studentId, name: m.student.name })),
    assignments,
    activity: new Map(activity),
    aggregates,
    now,
  });
  const answered = questionRows(
    questions.map((q) => ({ id: q.id, prompt: q.prompt, correctAnswer: expectedAnswerText(q) })),
    questionStats,
  );
  return {
    class: {
      id: owned.id,
      name: owned.name,
      courseId: owned.courseId,
      courseTitle: loaded.course.title,
    },
    timeZone,
    today: studyDayKey(now, { timeZone, rolloverHour: 0 }),
    assignments,
    students,
    assignedQuestions: questions.length,
    questions: answered,
    exam:
      examDay === undefined || cards === null
        ? null
        : predictClassRecall(
            studentIds,
            questions.map((q) => q.id),
            cards,
            { now, examDay, timeZone },
          ),
  };
}

export type ClassAnalytics = Awaited<ReturnType<typeof getClassAnalytics>>;

/** One analytics table of the teacher's own class as a CSV download (students sorted by name). */
export async function exportClassTable(options: {
  teacherId: string;
  classId: string;
  table: ClassExportTable;
  now: Date;
}): Promise<{ csv: string; contentDisposition: string }> {
  const analytics = await getClassAnalytics(options);
  const rows =
    options.table === "students"
      ? studentTable(sortStudentRows(analytics.students, "name", "asc"), analytics.assignments)
      : questionTable(analytics.questions);
  return {
    csv: toCsv(rows),
    contentDisposition: csvContentDisposition(analytics.class.name, options.table),
  };
}
