import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/progress/day-key";
import { getCourse } from "@/lib/server/courses";
import { getOwnedClass } from "@/lib/server/data/classes/get-owned-class";
import { leaveClass } from "@/lib/server/data/classes/leave-class";
import { listStudentClasses } from "@/lib/server/data/classes/list-student-classes";
import { listTeacherClasses } from "@/lib/server/data/classes/list-teacher-classes";
import { submitReview } from "@/lib/server/data/reviews/submit-review";
import {
  createAssignment,
  createClass,
  deleteAssignment,
  getClassOverview,
  getStudentAssignments,
  joinClass,
  previewClass,
  removeStudent,
  renewJoinCode,
} from "@/lib/server/teaching/classes";
import { assignmentFormSchema, todayIn } from "@/lib/teaching/class-forms";
import { formatJoinCode } from "@/lib/teaching/join-code";
import { createStudent, createTeacher, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error(`course ${COURSE} is missing`);
const bank = course.questions;
// Assignments are stamped by the database clock, so the tests use the real one.
const now = new Date();
const timeZone = "Europe/London";
const today = todayIn(timeZone, now);
const dueDay = addDays(today, 11);

async function createDeck(teacherId: string, questionIds: string[], courseId = COURSE) {
  return app.prisma.customDeck.create({
    data: {
      teacherId,
      courseId,
      title: `Deck ${randomUUID().slice(0, 6)}`,
      filters: {},
      addedIds: [],
      removedIds: [],
      questionIds,
    },
    select: { id: true },
  });
}

/** A teacher with one class, one deck of three questions, and one student in the class. */
async function classroom() {
  const teacher = await createTeacher(app.prisma);
  const student = await createStudent(app.prisma, "Pupil");
  const created = await createClass({
    teacherId: teacher.id,
    input: { name: "9C History", courseId: COURSE },
  });
  await joinClass({ studentId: student.id, code: created.joinCode });
  const questionIds = bank.slice(0, 3).map((q) => q.id);
  const deck = await createDeck(teacher.id, questionIds);
  return { teacher, student, classId: created.id, joinCode: created.joinCode, deck, questionIds };
}

/** An assignment as the form's action passes it on: parsed by `assignmentFormSchema`. */
const assignmentInput = (deckId: string, fields: Record<string, string> = {}) =>
  assignmentFormSchema(now).parse({
    deckId,
    dueDay,
    timeZone,
    goal: "all_correct",
    goalReviews: "",
    ...fields,
  });

/** The error a promise rejects with, for matching its code and field. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as { code?: string; field?: string },
  );

/** Everything a teacher operation could write, to check that a refused one wrote nothing. */
async function snapshot() {
  const [classes, members, assignments] = await Promise.all([
    app.prisma.class.findMany({ orderBy: { id: "asc" } }),
    app.prisma.classMember.findMany({ orderBy: [{ classId: "asc" }, { studentId: "asc" }] }),
    app.prisma.assignment.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { classes, members, assignments };
}

describe("classes", () => {
  it("creates a class with a join code, listed with its counts for its teacher only", async () => {
    const teacher = await createTeacher(app.prisma);
    const other = await createTeacher(app.prisma);
    const created = await createClass({
      teacherId: teacher.id,
      input: { name: "  10A Geography ", courseId: COURSE },
    });
    expect(created.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    const student = await createStudent(app.prisma);
    await joinClass({ studentId: student.id, code: created.joinCode });

    const listed = await listTeacherClasses({ teacherId: teacher.id });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id: created.id,
      name: "10A Geography",
      courseId: COURSE,
      studentCount: 1,
      assignmentCount: 0,
    });
    expect(await listTeacherClasses({ teacherId: other.id })).toEqual([]);
  });

  it("refuses a name out of bounds or a course that is not loaded", async () => {
    const teacher = await createTeacher(app.prisma);
    const before = await snapshot();
    expect(
      await failure(createClass({ teacherId: teacher.id, input: { name: " ", courseId: COURSE } })),
    ).toMatchObject({ code: "INVALID_INPUT", field: "name" });
    expect(
      await failure(
        createClass({ teacherId: teacher.id, input: { name: "x".repeat(81), courseId: COURSE } }),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", field: "name" });
    expect(
      await failure(
        createClass({ teacherId: teacher.id, input: { name: "7B", courseId: "saltmere-isles" } }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });

  it("only a teacher account can own a class", async () => {
    const student = await createStudent(app.prisma);
    const before = await snapshot();
    for (const teacherId of [student.id, "made-up-teacher"]) {
      expect(
        await failure(createClass({ teacherId, input: { name: "Mine", courseId: COURSE } })),
      ).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("draws another join code when one is taken", async () => {
    const teacher = await createTeacher(app.prisma);
    // Every byte 7 → "HHHHHHHH"; then bytes 8 → "JJJJJJJJ".
    const constant = (byte: number) => (count: number) => new Uint8Array(count).fill(byte);
    const first = await createClass({
      teacherId: teacher.id,
      input: { name: "One", courseId: COURSE },
      randomBytes: constant(7),
    });
    expect(first.joinCode).toBe("HHHHHHHH");
    let calls = 0;
    const second = await createClass({
      teacherId: teacher.id,
      input: { name: "Two", courseId: COURSE },
      randomBytes: (count) => new Uint8Array(count).fill(calls++ === 0 ? 7 : 8),
    });
    expect(second.joinCode).toBe("JJJJJJJJ");
  });

  it("a new code replaces the old one", async () => {
    const { teacher, classId, joinCode } = await classroom();
    const { joinCode: fresh } = await renewJoinCode({ teacherId: teacher.id, classId });
    expect(fresh).not.toBe(joinCode);
    const newcomer = await createStudent(app.prisma);
    expect(await failure(joinClass({ studentId: newcomer.id, code: joinCode }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await joinClass({ studentId: newcomer.id, code: fresh })).toEqual({
      classId,
      joined: true,
    });
  });
});

describe("joining and leaving", () => {
  it("previews, joins with a typed code, and joining twice changes nothing", async () => {
    const { classId, joinCode } = await classroom();
    const student = await createStudent(app.prisma, "Newcomer");
    const typed = ` ${formatJoinCode(joinCode).toLowerCase()} `;

    expect(await previewClass({ studentId: student.id, code: typed })).toMatchObject({
      id: classId,
      name: "9C History",
      teacherName: "Teacher",
      courseTitle: course.course.title,
      alreadyMember: false,
      joinCode,
    });
    expect(await joinClass({ studentId: student.id, code: typed })).toEqual({
      classId,
      joined: true,
    });
    expect(await joinClass({ studentId: student.id, code: joinCode })).toEqual({
      classId,
      joined: false,
    });
    expect(await app.prisma.classMember.count({ where: { studentId: student.id } })).toBe(1);
    expect(await previewClass({ studentId: student.id, code: joinCode })).toMatchObject({
      alreadyMember: true,
    });
    expect(await listStudentClasses({ studentId: student.id })).toEqual([
      expect.objectContaining({ id: classId, name: "9C History", teacherName: "Teacher" }),
    ]);
  });

  it("an invalid or unknown code is NOT_FOUND", async () => {
    const student = await createStudent(app.prisma);
    for (const code of ["", "ABCD-EFG0", "ZZZZ-ZZZZ"]) {
      expect(await failure(previewClass({ studentId: student.id, code }))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await failure(joinClass({ studentId: student.id, code }))).toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("a teacher cannot join a class, not even their own", async () => {
    const { teacher, joinCode } = await classroom();
    const otherTeacher = await createTeacher(app.prisma);
    const before = await snapshot();
    for (const id of [teacher.id, otherTeacher.id]) {
      expect(await failure(joinClass({ studentId: id, code: joinCode }))).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a student leaves their own class only", async () => {
    const { classId, student } = await classroom();
    const bystander = await createStudent(app.prisma);
    expect(await failure(leaveClass({ studentId: bystander.id, classId }))).toMatchObject({
      code: "NOT_FOUND",
    });
    await leaveClass({ studentId: student.id, classId });
    expect(await listStudentClasses({ studentId: student.id })).toEqual([]);
    expect(await failure(leaveClass({ studentId: student.id, classId }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a teacher removes a student from the roster", async () => {
    const { teacher, classId, student } = await classroom();
    await removeStudent({ teacherId: teacher.id, classId, studentId: student.id });
    expect((await getOwnedClass({ teacherId: teacher.id, classId })).members).toEqual([]);
    expect(
      await failure(removeStudent({ teacherId: teacher.id, classId, studentId: student.id })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("assignments", () => {
  it("assigns the teacher's own deck of the class's course", async () => {
    const { teacher, classId, deck } = await classroom();
    const created = await createAssignment({
      teacherId: teacher.id,
      classId,
      input: assignmentInput(deck.id, { goal: "reviews", goalReviews: "12" }),
    });
    const row = await app.prisma.assignment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      classId,
      deckId: deck.id,
      dueDay,
      timeZone,
      goal: "reviews",
      goalReviews: 12,
    });
    // Due today is allowed.
    await createAssignment({
      teacherId: teacher.id,
      classId,
      input: assignmentInput(deck.id, { dueDay: today }),
    });
    expect((await getOwnedClass({ teacherId: teacher.id, classId })).assignments).toHaveLength(2);
  });

  it("refuses another teacher's deck, another course's deck and a made-up one on the deck field", async () => {
    const { teacher, classId, questionIds } = await classroom();
    const other = await createTeacher(app.prisma);
    const foreignDeck = await createDeck(other.id, questionIds);
    const otherCourseDeck = await createDeck(teacher.id, ["q-1"], "saltmere-isles");
    const before = await snapshot();
    for (const deckId of [foreignDeck.id, otherCourseDeck.id, "made-up-deck"]) {
      const input = assignmentInput(deckId);
      expect(await failure(createAssignment({ teacherId: teacher.id, classId, input }))).toEqual(
        expect.objectContaining({ code: "NOT_FOUND", field: "deckId" }),
      );
    }
    // The form's own checks (dates, goals, time zones) are tests/unit/teaching/class-forms.test.ts.
    expect(await snapshot()).toEqual(before);
  });

  it("deletes an assignment of the teacher's class", async () => {
    const { teacher, classId, deck } = await classroom();
    const { id } = await createAssignment({
      teacherId: teacher.id,
      classId,
      input: assignmentInput(deck.id),
    });
    await deleteAssignment({ teacherId: teacher.id, classId, assignmentId: id });
    expect(await app.prisma.assignment.count({ where: { id } })).toBe(0);
    expect(await app.prisma.customDeck.count({ where: { id: deck.id } })).toBe(1);
  });
});

describe("who may do what to a class", () => {
  it("another teacher, a student and a made-up id get NOT_FOUND and write nothing", async () => {
    const { teacher, classId, student, deck } = await classroom();
    const { id: assignmentId } = await createAssignment({
      teacherId: teacher.id,
      classId,
      input: assignmentInput(deck.id),
    });
    const otherTeacher = await createTeacher(app.prisma);
    const otherDeck = await createDeck(otherTeacher.id, [deck.id]);
    // Another class of the same teacher: its assignment cannot be deleted through this class.
    const sibling = await createClass({
      teacherId: teacher.id,
      input: { name: "Sibling", courseId: COURSE },
    });

    const operations: Array<[string, (teacherId: string, classId: string) => Promise<unknown>]> = [
      ["getOwnedClass", (teacherId, classId) => getOwnedClass({ teacherId, classId })],
      ["getClassOverview", (teacherId, classId) => getClassOverview({ teacherId, classId, now })],
      ["renewJoinCode", (teacherId, classId) => renewJoinCode({ teacherId, classId })],
      [
        "removeStudent",
        (teacherId, classId) => removeStudent({ teacherId, classId, studentId: student.id }),
      ],
      [
        "createAssignment",
        (teacherId, classId) =>
          createAssignment({ teacherId, classId, input: assignmentInput(otherDeck.id) }),
      ],
      [
        "deleteAssignment",
        (teacherId, classId) => deleteAssignment({ teacherId, classId, assignmentId }),
      ],
    ];
    const callers: Array<[string, string, string]> = [
      ["another teacher", otherTeacher.id, classId],
      ["a student", student.id, classId],
      ["a made-up teacher", "made-up-teacher", classId],
      ["the owner, with a made-up class", teacher.id, "made-up-class"],
    ];
    const before = await snapshot();
    for (const [who, teacherId, target] of callers) {
      for (const [name, run] of operations) {
        expect(await failure(run(teacherId, target)), `${name} by ${who}`).toMatchObject({
          code: "NOT_FOUND",
        });
      }
    }
    expect(
      await failure(deleteAssignment({ teacherId: teacher.id, classId: sibling.id, assignmentId })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await failure(
        removeStudent({ teacherId: teacher.id, classId: sibling.id, studentId: student.id }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("a student's assignments", () => {
  it("lists only their own classes' assignments, with their progress", async () => {
    const mine = await classroom();
    const theirs = await classroom();
    await createAssignment({
      teacherId: mine.teacher.id,
      classId: mine.classId,
      input: assignmentInput(mine.deck.id),
    });
    await createAssignment({
      teacherId: theirs.teacher.id,
      classId: theirs.classId,
      input: assignmentInput(theirs.deck.id),
    });

    const before = await getStudentAssignments({ studentId: mine.student.id, now });
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({
      classId: mine.classId,
      className: "9C History",
      courseId: COURSE,
      deckId: mine.deck.id,
      dueDay,
      progress: { done: 0, target: 3, status: "not-started" },
    });

    const later = new Date(Date.now() + 60_000);
    for (const questionId of mine.questionIds) {
      await submitReview({
        userId: mine.student.id,
        courseId: COURSE,
        questionId,
        answerId: randomUUID(),
        mode: "quiz",
        rating: "Good",
        correct: true,
        response: null,
        answerText: null,
        verdictCode: null,
        responseMs: 1000,
        reviewedAt: later,
      });
    }
    const after = await getStudentAssignments({ studentId: mine.student.id, now: later });
    expect(after[0]?.progress).toMatchObject({ done: 3, target: 3, status: "complete" });

    const overview = await getClassOverview({
      teacherId: mine.teacher.id,
      classId: mine.classId,
      now: later,
    });
    expect(overview.assignments.map((a) => [a.questionCount, a.completeCount])).toEqual([[3, 1]]);

    const outsider = await createStudent(app.prisma);
    expect(await getStudentAssignments({ studentId: outsider.id, now })).toEqual([]);
  });
});
