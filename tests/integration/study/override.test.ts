import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChoiceQuestion } from "@/lib/questions/types";
import { getCourse } from "@/lib/server/courses";
import { getClassQuestionStats } from "@/lib/server/data/analytics/get-class-question-stats";
import { listVisibleOverrides } from "@/lib/server/data/reports/list-visible-overrides";
import { answerQuestion } from "@/lib/server/study/answer-question";
import { overrideAnswer, regradeAnswer } from "@/lib/server/study/review-actions";
import { getClassAnalytics } from "@/lib/server/teaching/class-analytics";
import { createStudent, createTeacher, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error("default course missing");
const typed = course.questions.filter((q) => q.type === "typed");
const [typedQuestion, otherTyped] = typed;
const choice = course.questions.find((q): q is ChoiceQuestion => q.type === "multiple-choice");
if (!typedQuestion || !otherTyped || !choice) throw new Error("bank lacks typed questions");

const answer = (questionId: string, fields: Record<string, unknown>) => ({
  answerId: randomUUID(),
  courseId: COURSE,
  deckId: "all",
  questionId,
  mode: "quiz",
  responseMs: 3000,
  ...fields,
});

let student = "";
let other = "";
let teacher = "";
let classId = "";
beforeAll(async () => {
  student = (await createStudent(app.prisma, "Leyla")).id;
  other = (await createStudent(app.prisma, "Bek")).id;
  teacher = (await createTeacher(app.prisma)).id;
  const questionIds = [typedQuestion.id, otherTyped.id];
  const deck = await app.prisma.customDeck.create({
    data: {
      teacherId: teacher,
      courseId: COURSE,
      title: "Typed",
      filters: {},
      addedIds: questionIds,
      removedIds: [],
      questionIds,
    },
  });
  const cls = await app.prisma.class.create({
    data: {
      teacherId: teacher,
      courseId: COURSE,
      name: "Typists",
      joinCode: "OVRD0001",
      members: { create: [{ studentId: student }, { studentId: other }] },
      assignments: {
        create: { deckId: deck.id, dueDay: "2026-12-31", timeZone: "UTC", goal: "all_correct" },
      },
    },
  });
  classId = cls.id;
}, 60_000);

describe('"I was right" after a wrong typed answer', () => {
  it("is recorded once on the answer, keeps the verdict and reschedules the card as Good", async () => {
    const now = new Date();
    const wrong = await answerQuestion(
      student,
      answer(typedQuestion.id, { response: "zzz qqq" }),
      now,
    );
    expect(wrong.correct).toBe(false);
    const before = await app.prisma.card.findFirstOrThrow({
      where: { userId: student, questionId: typedQuestion.id },
    });

    const first = await overrideAnswer(student, wrong.answerId, new Date(now.getTime() + 5000));
    expect(first).toMatchObject({ overridden: true, rating: "Good", duplicate: false });
    const again = await overrideAnswer(student, wrong.answerId, new Date(now.getTime() + 9000));
    expect(again).toMatchObject({ duplicate: true, overriddenAt: first.overriddenAt });

    const review = await app.prisma.review.findFirstOrThrow({
      where: { userId: student, answerId: wrong.answerId },
    });
    expect(review).toMatchObject({
      correct: false,
      rating: "Good",
      verdictCode: wrong.verdict?.code,
    });
    expect(review.overriddenAt?.toISOString()).toBe(first.overriddenAt);
    const after = await app.prisma.card.findFirstOrThrow({ where: { id: before.id } });
    expect(after.due.getTime()).toBeGreaterThan(before.due.getTime());

    // The grade may then be changed like a right answer's.
    expect(await regradeAnswer(student, wrong.answerId, { rating: "Easy" })).toMatchObject({
      rating: "Easy",
    });
  });

  it("is counted apart: analytics keep the answer wrong and show the override", async () => {
    const stats = await getClassQuestionStats({ teacherId: teacher, classId });
    expect(stats.find((s) => s.questionId === typedQuestion.id)).toMatchObject({
      attempts: 1,
      correct: 0,
      overrides: 1,
    });
    const analytics = await getClassAnalytics({ teacherId: teacher, classId, now: new Date() });
    expect(analytics.questions[0]).toMatchObject({ correctShare: 0, overrides: 1 });
    const listed = await listVisibleOverrides({
      viewer: { userId: teacher, maintainers: [] },
      scope: "classes",
      courseId: COURSE,
    });
    expect(listed).toMatchObject([
      {
        studentName: "Leyla",
        className: "Typists",
        questionId: typedQuestion.id,
        answerText: "zzz qqq",
      },
    ]);
    const stranger = (await createTeacher(app.prisma, "Stranger")).id;
    for (const scope of ["classes", "course"] as const) {
      expect(
        await listVisibleOverrides({
          viewer: { userId: stranger, maintainers: [] },
          scope,
          courseId: COURSE,
        }),
      ).toEqual([]);
    }
  });

  it("refuses another student's answer (404), a correct, a non-typed or a flashcard answer (409)", async () => {
    const now = new Date();
    const wrong = await answerQuestion(
      other,
      answer(otherTyped.id, { response: "nothing like it" }),
      now,
    );
    await expect(overrideAnswer(student, wrong.answerId, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      overrideAnswer(student, "00000000-0000-4000-8000-00000000dead", now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(overrideAnswer(student, "not-a-uuid", now)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "answerId",
    });

    const right = await answerQuestion(
      other,
      answer(otherTyped.id, { response: otherTyped.type === "typed" ? otherTyped.answer : "" }),
      new Date(now.getTime() + 1000),
    );
    expect(right.correct).toBe(true);
    await expect(overrideAnswer(other, right.answerId, now)).rejects.toMatchObject({
      code: "CONFLICT",
      field: "answerId",
    });
    // The earlier wrong answer is no longer the latest: it cannot be disputed now.
    await expect(overrideAnswer(other, wrong.answerId, now)).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const wrongChoice = choice.options.find((o) => o.id !== choice.correctOptionId);
    const picked = await answerQuestion(
      other,
      answer(choice.id, { response: wrongChoice?.id }),
      now,
    );
    expect(picked.correct).toBe(false);
    await expect(overrideAnswer(other, picked.answerId, now)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/typed/),
    });

    const card = await answerQuestion(
      other,
      answer(typed[2]?.id ?? "", { mode: "flashcard", rating: "Again" }),
      now,
    );
    await expect(overrideAnswer(other, card.answerId, now)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(
      await app.prisma.review.count({ where: { userId: other, NOT: { overriddenAt: null } } }),
    ).toBe(0);
  });
});
