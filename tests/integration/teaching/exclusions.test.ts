import { beforeAll, describe, expect, it } from "vitest";
import { defaultSchedulerSettings } from "@/lib/scheduling";
import { getCourse } from "@/lib/server/courses";
import { getClassQuestionStats } from "@/lib/server/data/analytics/get-class-question-stats";
import { getNextStudyItem, resolveDeck } from "@/lib/server/study/study-queue";
import { getClassAnalytics } from "@/lib/server/teaching/class-analytics";
import { getClassOverview, getStudentAssignments } from "@/lib/server/teaching/classes";
import { getDeck } from "@/lib/server/teaching/decks";
import {
  getQuestionExclusions,
  putQuestionBack,
  setExclusions,
} from "@/lib/server/teaching/exclusions";
import { expectedAnswerText } from "@/lib/teaching/class-analytics";
import {
  createStudent,
  createTeacher,
  recordAnswer,
  setUpAppDatabase,
} from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error("default course missing");
// Five questions about five different facts, so none is held back as a sibling.
const picked = course.questions
  .filter((q, i, all) => all.findIndex((o) => o.factIds[0] === q.factIds[0]) === i)
  .slice(0, 5);
const excludedQuestion = picked[0];
if (!excludedQuestion || picked.length < 5) throw new Error("bank too small");
const X = excludedQuestion.id;
const now = new Date("2026-11-20T12:00:00Z");

const ids = {} as Record<"teacher" | "other" | "a" | "b" | "both" | "c1" | "c2" | "deck", string>;

let codes = 0;
async function createClass(teacherId: string, name: string, studentIds: string[]) {
  codes += 1;
  return app.prisma.class.create({
    data: {
      teacherId,
      courseId: COURSE,
      name,
      joinCode: `EXC${String(codes).padStart(5, "0")}`,
      members: { create: studentIds.map((studentId) => ({ studentId })) },
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  const [teacher, other, a, b, both] = await Promise.all([
    createTeacher(app.prisma, "Teacher"),
    createTeacher(app.prisma, "Other teacher"),
    createStudent(app.prisma, "Only in 1"),
    createStudent(app.prisma, "Only in 2"),
    createStudent(app.prisma, "In both"),
  ]);
  const c1 = await createClass(teacher.id, "Class 1", [a.id, both.id]);
  const c2 = await createClass(teacher.id, "Class 2", [b.id, both.id]);
  const questionIds = picked.map((q) => q.id);
  const deck = await app.prisma.customDeck.create({
    data: {
      teacherId: teacher.id,
      courseId: COURSE,
      title: "Shared deck",
      filters: {},
      addedIds: questionIds,
      removedIds: [],
      questionIds,
    },
  });
  for (const classId of [c1.id, c2.id]) {
    await app.prisma.assignment.create({
      data: {
        classId,
        deckId: deck.id,
        dueDay: "2026-11-30",
        timeZone: "UTC",
        goal: "all_correct",
        createdAt: new Date("2026-11-10T00:00:00Z"),
      },
    });
  }
  Object.assign(ids, {
    teacher: teacher.id,
    other: other.id,
    a: a.id,
    b: b.id,
    both: both.id,
    c1: c1.id,
    c2: c2.id,
    deck: deck.id,
  });
  // Both single-class students answered the question (wrong): class analytics counts it.
  await recordAnswer(a.id, X, "Again", "2026-11-15T10:00:00Z", "nope");
  await recordAnswer(b.id, X, "Again", "2026-11-15T10:00:00Z", "nope");
}, 60_000);

const deckIds = async (userId: string, deckId = `custom-${ids.deck}`) =>
  (await resolveDeck({ userId, courseId: COURSE, deckId })).deck.questionIds;

describe("taking a question out of one class", () => {
  beforeAll(async () => {
    const result = await setExclusions({
      teacherId: ids.teacher,
      courseId: COURSE,
      questionId: X,
      body: { classIds: [ids.c1] },
    });
    expect(result.classes).toEqual([
      { classId: ids.c1, className: "Class 1", assigned: true, excluded: true },
      { classId: ids.c2, className: "Class 2", assigned: true, excluded: false },
    ]);
  });

  it("removes it from that class's assignment sessions only", async () => {
    expect(await deckIds(ids.a)).not.toContain(X);
    expect(await deckIds(ids.a)).toHaveLength(4);
    expect(await deckIds(ids.b)).toContain(X);
    // A student in both classes still has it: the other class still asks it.
    expect(await deckIds(ids.both)).toContain(X);
    // The first new question of the session is never the excluded one.
    const next = await getNextStudyItem({
      userId: ids.a,
      courseId: COURSE,
      deckId: `custom-${ids.deck}`,
      settings: defaultSchedulerSettings,
      now,
    });
    expect(next.question?.id).not.toBe(X);
    expect(next.counts.remaining).toBeLessThanOrEqual(4);
  });

  it("keeps it in the teacher's deck and in every built-in deck", async () => {
    expect((await getDeck({ teacherId: ids.teacher, deckId: ids.deck })).questionIds).toContain(X);
    expect(await deckIds(ids.a, "all")).toContain(X);
  });

  it("no longer counts it in that class's progress goal and analytics", async () => {
    const one = await getClassOverview({ teacherId: ids.teacher, classId: ids.c1, now });
    const two = await getClassOverview({ teacherId: ids.teacher, classId: ids.c2, now });
    expect(one.assignments[0]?.questionCount).toBe(4);
    expect(two.assignments[0]?.questionCount).toBe(5);

    const [aHome] = await getStudentAssignments({ studentId: ids.a, now });
    const [bHome] = await getStudentAssignments({ studentId: ids.b, now });
    expect(aHome?.progress.target).toBe(4);
    expect(bHome?.progress.target).toBe(5);

    const analytics1 = await getClassAnalytics({ teacherId: ids.teacher, classId: ids.c1, now });
    const analytics2 = await getClassAnalytics({ teacherId: ids.teacher, classId: ids.c2, now });
    expect(analytics1.assignedQuestions).toBe(4);
    expect(analytics1.questions.map((q) => q.questionId)).not.toContain(X);
    expect(analytics2.questions.find((q) => q.questionId === X)).toMatchObject({
      attempts: 1,
      correct: 0,
      correctAnswer: expectedAnswerText(excludedQuestion),
    });
    // The student of class 1 answered it: that answer no longer counts there.
    const activity = analytics1.students.find((s) => s.studentId === ids.a);
    expect(activity?.lastActive).toBeNull();
    expect(
      await getClassQuestionStats({ teacherId: ids.teacher, classId: ids.c1, questionIds: [X] }),
    ).toEqual([]);
  });

  it("another teacher can neither read nor change it, and nothing changes", async () => {
    await expect(
      setExclusions({
        teacherId: ids.other,
        courseId: COURSE,
        questionId: X,
        body: { classIds: [ids.c2] },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", field: "classIds" });
    await expect(
      setExclusions({
        teacherId: ids.teacher,
        courseId: COURSE,
        questionId: X,
        body: { classIds: [ids.c1, "made-up"] },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", field: "classIds" });
    await expect(
      putQuestionBack({ teacherId: ids.other, classId: ids.c1, questionId: X }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const theirs = await getQuestionExclusions({
      teacherId: ids.other,
      courseId: COURSE,
      questionId: X,
    });
    expect(theirs.classes).toEqual([]);
    const mine = await getQuestionExclusions({
      teacherId: ids.teacher,
      courseId: COURSE,
      questionId: X,
    });
    expect(mine.classes.map((c) => c.excluded)).toEqual([true, false]);
  });

  it("refuses malformed input and unknown questions precisely", async () => {
    const call = (fields: { questionId?: string; body?: unknown }) =>
      setExclusions({
        teacherId: ids.teacher,
        courseId: COURSE,
        questionId: fields.questionId ?? X,
        body: fields.body ?? { classIds: [] },
      });
    await expect(call({ body: { classIds: "c1" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "classIds",
    });
    await expect(call({ questionId: "made-up" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("putting it back", () => {
  it("with an empty list, or from the class page, returns it everywhere", async () => {
    await setExclusions({
      teacherId: ids.teacher,
      courseId: COURSE,
      questionId: X,
      body: { classIds: [] },
    });
    expect(await deckIds(ids.a)).toContain(X);
    await setExclusions({
      teacherId: ids.teacher,
      courseId: COURSE,
      questionId: X,
      body: { classIds: [ids.c1, ids.c2] },
    });
    expect(await deckIds(ids.both)).not.toContain(X);
    await putQuestionBack({ teacherId: ids.teacher, classId: ids.c2, questionId: X });
    // Harmless twice.
    await putQuestionBack({ teacherId: ids.teacher, classId: ids.c2, questionId: X });
    expect(await deckIds(ids.both)).toContain(X);
    expect(await deckIds(ids.b)).toContain(X);
    expect(await deckIds(ids.a)).not.toContain(X);
  });
});
