import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getCourse } from "@/lib/server/courses";
import { getVisibleReport } from "@/lib/server/data/reports/get-visible-report";
import { listVisibleReports } from "@/lib/server/data/reports/list-visible-reports";
import type { ReportViewer } from "@/lib/server/data/reports/report-scope";
import { AppError } from "@/lib/server/errors";
import {
  fileReport,
  getClassReports,
  getCourseReports,
  getReportPage,
  readReport,
} from "@/lib/server/reports/reports";
import { expectedAnswerText } from "@/lib/teaching/class-analytics";
import { createStudent, createTeacher, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error("default course missing");
const [q1, q2] = course.questions;
if (!q1 || !q2) throw new Error("bank too small");

const ids = {} as Record<
  | "author"
  | "classmate"
  | "otherStudent"
  | "teacher"
  | "otherTeacher"
  | "lonelyTeacher"
  | "otherCourseTeacher"
  | "maintainer"
  | "cls",
  string
>;
let maintainerEmail = "";

const body = (fields: Record<string, unknown> = {}) => ({
  clientId: randomUUID(),
  courseId: COURSE,
  questionId: q1.id,
  reason: "wrong",
  note: "The source says 1998.",
  ...fields,
});

let joinCodes = 0;
function createClass(teacherId: string, studentIds: string[], courseId = COURSE) {
  joinCodes += 1;
  return app.prisma.class.create({
    data: {
      teacherId,
      courseId,
      name: `Class ${joinCodes}`,
      joinCode: `RPT${String(joinCodes).padStart(5, "0")}`,
      members: { create: studentIds.map((studentId) => ({ studentId })) },
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  const [author, classmate, otherStudent, teacher, otherTeacher, lonely, otherCourse, maintainer] =
    await Promise.all([
      createStudent(app.prisma, "Author"),
      createStudent(app.prisma, "Classmate"),
      createStudent(app.prisma, "Other student"),
      createTeacher(app.prisma, "Teacher"),
      createTeacher(app.prisma, "Other teacher"),
      createTeacher(app.prisma, "Lonely teacher"),
      createTeacher(app.prisma, "Other course teacher"),
      createTeacher(app.prisma, "Maintainer"),
    ]);
  const cls = await createClass(teacher.id, [author.id, classmate.id]);
  await createClass(otherTeacher.id, [otherStudent.id]);
  // The author is in a class of another course too: its teacher does not see this course's reports.
  await createClass(otherCourse.id, [author.id], "another-course");
  Object.assign(ids, {
    author: author.id,
    classmate: classmate.id,
    otherStudent: otherStudent.id,
    teacher: teacher.id,
    otherTeacher: otherTeacher.id,
    lonelyTeacher: lonely.id,
    otherCourseTeacher: otherCourse.id,
    maintainer: maintainer.id,
    cls: cls.id,
  });
  const found = await app.prisma.user.findUniqueOrThrow({ where: { id: maintainer.id } });
  maintainerEmail = found.email;
  process.env.COURSE_MAINTAINERS = `someone@example.org, ${maintainerEmail.toUpperCase()}`;
}, 60_000);

afterEach(() => {
  process.env.COURSE_MAINTAINERS = `someone@example.org, ${maintainerEmail.toUpperCase()}`;
});

const viewer = (userId: string): ReportViewer => ({
  userId,
  maintainers: ["someone@example.org", maintainerEmail],
});

async function notFoundMessage(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("NOT_FOUND");
  return (error as AppError).message;
}

describe("filing a report", () => {
  it("records a double tap once, with a snapshot of the question from the bank", async () => {
    const input = body();
    const first = await fileReport(ids.author, input);
    const again = await fileReport(ids.author, input);
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ ...first, duplicate: true });
    const rows = await app.prisma.questionReport.findMany({
      where: { authorId: ids.author, clientId: input.clientId },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      courseId: COURSE,
      questionId: q1.id,
      factIds: q1.factIds,
      reason: "wrong",
      note: "The source says 1998.",
      prompt: q1.prompt,
      answer: expectedAnswerText(q1),
      questionType: q1.type,
    });
  });

  it("records concurrent resubmissions once", async () => {
    const input = body({ reason: "unclear", note: "" });
    const results = await Promise.all([1, 2, 3, 4].map(() => fileReport(ids.author, input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const row = await app.prisma.questionReport.findFirstOrThrow({
      where: { clientId: input.clientId },
    });
    expect(row.note).toBeNull();
  });

  it("refuses a client id reused for another question, and two users may share one", async () => {
    const input = body();
    await fileReport(ids.author, input);
    await expect(fileReport(ids.author, { ...input, questionId: q2.id })).rejects.toMatchObject({
      code: "CONFLICT",
      field: "clientId",
    });
    const other = await fileReport(ids.classmate, input);
    expect(other.duplicate).toBe(false);
  });

  it("refuses malformed input naming the field, and unknown questions as not found", async () => {
    await expect(fileReport(ids.author, body({ reason: "boring" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "reason",
    });
    await expect(fileReport(ids.author, body({ note: "x".repeat(501) }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "note",
    });
    await expect(fileReport(ids.author, body({ questionId: "made-up" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(fileReport(ids.author, body({ courseId: "made-up" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("who sees a report", () => {
  let reportId = "";
  beforeAll(async () => {
    reportId = (await fileReport(ids.author, body({ questionId: q2.id, reason: "too_easy" }))).id;
  });

  it("its author, the teacher of the author's class and a maintainer", async () => {
    for (const userId of [ids.author, ids.teacher, ids.maintainer]) {
      const report = await getVisibleReport({ viewer: viewer(userId), reportId });
      expect(report).toMatchObject({
        id: reportId,
        authorId: ids.author,
        authorName: "Author",
        authorRole: "student",
        reason: "too_easy",
        questionId: q2.id,
      });
    }
    const api = await readReport(ids.teacher, reportId);
    expect(api).toMatchObject({ reason: "too_easy", seen: { prompt: q2.prompt } });
  });

  it("nobody else: another student, a classmate, a teacher of another class or course, a teacher with no classes", async () => {
    const madeUp = await notFoundMessage(
      getVisibleReport({ viewer: viewer(ids.teacher), reportId: "made-up-report" }),
    );
    for (const userId of [
      ids.otherStudent,
      ids.classmate,
      ids.otherTeacher,
      ids.otherCourseTeacher,
      ids.lonelyTeacher,
    ]) {
      expect(await notFoundMessage(getVisibleReport({ viewer: viewer(userId), reportId }))).toBe(
        madeUp,
      );
      expect(await notFoundMessage(readReport(userId, reportId))).toBe(madeUp);
      const listed = await listVisibleReports({ viewer: viewer(userId), scope: "any" });
      expect(listed.filter((r) => r.authorId === ids.author)).toEqual([]);
    }
  });

  it("a maintainer only while their email is listed", async () => {
    const unlisted = { userId: ids.maintainer, maintainers: ["someone@example.org"] };
    await notFoundMessage(getVisibleReport({ viewer: unlisted, reportId }));
    process.env.COURSE_MAINTAINERS = "";
    await notFoundMessage(readReport(ids.maintainer, reportId));
    await notFoundMessage(getCourseReports({ userId: ids.maintainer, courseId: COURSE }));
  });

  it("lists by scope: the teacher's classes, or the whole course for a maintainer", async () => {
    const classes = await listVisibleReports({ viewer: viewer(ids.teacher), scope: "classes" });
    expect(classes.some((r) => r.id === reportId)).toBe(true);
    const course = await listVisibleReports({
      viewer: viewer(ids.teacher),
      scope: "course",
      courseId: COURSE,
    });
    expect(course).toEqual([]);
    const maintained = await listVisibleReports({
      viewer: viewer(ids.maintainer),
      scope: "course",
      courseId: COURSE,
    });
    expect(maintained.map((r) => r.id)).toContain(reportId);
    expect(await listVisibleReports({ viewer: viewer(ids.maintainer), scope: "classes" })).toEqual(
      [],
    );
    const page = await getCourseReports({ userId: ids.maintainer, courseId: COURSE });
    expect(page.questions.some((q) => q.reports.some((r) => r.id === reportId))).toBe(true);
    await notFoundMessage(getCourseReports({ userId: ids.teacher, courseId: COURSE }));
  });

  it("follows current membership: a student who leaves takes their reports along", async () => {
    const leaver = await createStudent(app.prisma, "Leaver");
    await app.prisma.classMember.create({ data: { classId: ids.cls, studentId: leaver.id } });
    const { id } = await fileReport(leaver.id, body());
    await getVisibleReport({ viewer: viewer(ids.teacher), reportId: id });
    await app.prisma.classMember.delete({
      where: { classId_studentId: { classId: ids.cls, studentId: leaver.id } },
    });
    await notFoundMessage(getVisibleReport({ viewer: viewer(ids.teacher), reportId: id }));
    await getVisibleReport({ viewer: viewer(leaver.id), reportId: id });
  });

  it("a teacher's own report is theirs and the maintainers' only", async () => {
    const { id } = await fileReport(ids.otherTeacher, body({ reason: "other" }));
    await getVisibleReport({ viewer: viewer(ids.otherTeacher), reportId: id });
    await getVisibleReport({ viewer: viewer(ids.maintainer), reportId: id });
    for (const userId of [ids.teacher, ids.otherStudent, ids.lonelyTeacher]) {
      await notFoundMessage(getVisibleReport({ viewer: viewer(userId), reportId: id }));
    }
  });
});

describe("the teacher's report pages", () => {
  it("show the question from the bank with each class's standing", async () => {
    const { id } = await fileReport(ids.author, body({ reason: "wrong", note: "Page test" }));
    const { report, question } = await getReportPage({ teacherId: ids.teacher, reportId: id });
    expect(report.note).toBe("Page test");
    expect(question.view).toMatchObject({ prompt: q1.prompt, inBank: true });
    expect(question.view.citations.length).toBeGreaterThan(0);
    expect(question.reports.map((r) => r.id)).toContain(id);
    expect(question.classes).toEqual([
      expect.objectContaining({
        classId: ids.cls,
        assigned: false,
        excluded: false,
        figures: null,
      }),
    ]);
    const page = await getClassReports({ teacherId: ids.teacher });
    expect(page.questions.some((q) => q.questionId === q1.id)).toBe(true);
    expect(page.maintainedCourses).toEqual([]);
    await expect(
      getReportPage({ teacherId: ids.otherTeacher, reportId: id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stay readable when the question has left the bank, from the report's snapshot", async () => {
    const retired = await app.prisma.questionReport.create({
      data: {
        clientId: randomUUID(),
        authorId: ids.author,
        courseId: COURSE,
        questionId: "retired-question",
        factIds: ["some-fact"],
        reason: "wrong",
        prompt: "When was the retired thing signed?",
        answer: "1997",
        questionType: "typed",
      },
    });
    const { question } = await getReportPage({ teacherId: ids.teacher, reportId: retired.id });
    expect(question.view).toEqual({
      type: "typed",
      prompt: "When was the retired thing signed?",
      optionGroups: [],
      answer: "1997",
      explanation: null,
      citations: [],
      inBank: false,
    });
  });
});
