import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkAnswer } from "@/lib/questions";
import type { Question } from "@/lib/questions/types";
import { defaultSchedulerSettings, type SchedulerSettings } from "@/lib/scheduling";
import { getCourse } from "@/lib/server/courses";
import { saveStudySettings } from "@/lib/server/data/study-settings/save-study-settings";
import { answerQuestion } from "@/lib/server/study/answer-question";
import { getNextStudyItem, getStudyQueue } from "@/lib/server/study/study-queue";
import { createStudent, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error(`course ${COURSE} is missing`);
const now = new Date("2026-04-10T08:00:00.000Z");

/** A response that the checker accepts for this question (from the server-side answer key). */
function rightResponse(question: Question): unknown {
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
    case "true-false":
      return question.correctOptionId;
    case "typed":
      return question.answer;
    case "chronology":
      return question.correctOrder;
    case "matching":
      return question.correctPairs;
  }
}

async function answerNext(userId: string, deckId: string, at: Date, right = true) {
  const next = await getNextStudyItem({
    userId,
    courseId: COURSE,
    deckId,
    settings: { ...defaultSchedulerSettings },
    now: at,
  });
  if (!next.question) return null;
  const question = course?.questionsById.get(next.question.id);
  if (!question) throw new Error("queue returned a question outside the bank");
  const body = {
    answerId: randomUUID(),
    courseId: COURSE,
    deckId,
    questionId: question.id,
    mode: "quiz",
    response: right ? rightResponse(question) : wrongResponse(question),
    responseMs: 4000,
    answeredAt: at.toISOString(),
  };
  return { question, feedback: await answerQuestion(userId, body, at) };
}

/** A well-formed response the checker refuses. */
function wrongResponse(question: Question): unknown {
  if ("options" in question)
    return question.options.find((o) => o.id !== question.correctOptionId)?.id;
  if (question.type === "chronology") return [...question.correctOrder].reverse();
  if (question.type === "matching") {
    const rights = Object.values(question.correctPairs);
    return Object.fromEntries(
      Object.keys(question.correctPairs).map((l, i) => [l, rights[(i + 1) % rights.length]]),
    );
  }
  return "definitely not the answer";
}

describe("a study session", () => {
  it("grades with the checker, records, and offers the next question", async () => {
    const user = await createStudent(app.prisma);
    const result = await answerNext(user.id, "all", now);
    expect(result).not.toBeNull();
    if (!result) return;
    expect(result.feedback.correct).toBe(true);
    expect(result.feedback.recorded).toBe(true);
    expect(result.feedback.rating).toBe("Good");
    expect(result.feedback.citations.length).toBeGreaterThan(0);
    expect(checkAnswer(result.question, rightResponse(result.question)).correct).toBe(true);
    expect(result.feedback.next.question?.id).not.toBe(result.question.id);
    expect(await app.prisma.review.count({ where: { userId: user.id } })).toBe(1);
  });

  it("rates a wrong answer Again and offers no other grade", async () => {
    const user = await createStudent(app.prisma);
    const result = await answerNext(user.id, "all", now, false);
    expect(result?.feedback.correct).toBe(false);
    expect(result?.feedback.rating).toBe("Again");
    expect(result?.feedback.grades).toEqual([]);
  });

  it("introduces at most the daily number of new questions, then is done for today", async () => {
    const user = await createStudent(app.prisma);
    const settings: SchedulerSettings = { ...defaultSchedulerSettings, newPerDay: 3 };
    await saveStudySettings({ userId: user.id, settings });
    const first = await getStudyQueue({
      userId: user.id,
      courseId: COURSE,
      deckId: "all",
      settings,
      now,
    });
    expect(first.queue.items.filter((i) => i.kind === "new")).toHaveLength(3);
    for (let i = 0; i < 3; i += 1) {
      const next = await getNextStudyItem({
        userId: user.id,
        courseId: COURSE,
        deckId: "all",
        settings,
        now,
      });
      const question = next.question && course?.questionsById.get(next.question.id);
      if (!question) throw new Error("expected a question");
      await answerQuestion(
        user.id,
        {
          answerId: randomUUID(),
          courseId: COURSE,
          deckId: "all",
          questionId: question.id,
          mode: "flashcard",
          rating: "Easy",
          responseMs: 1000,
        },
        now,
      );
    }
    const after = await getNextStudyItem({
      userId: user.id,
      courseId: COURSE,
      deckId: "all",
      settings,
      now,
    });
    expect(after.counts.newLeft).toBe(0);
    expect(after.question).toBeNull();
    expect(after.doneForToday).toBe(true);
    expect(after.nextDueAt).not.toBeNull();
  });

  it("buries the other questions of a fact answered today", async () => {
    const user = await createStudent(app.prisma);
    const result = await answerNext(user.id, "all", now);
    if (!result) throw new Error("expected a question");
    const { queue } = await getStudyQueue({
      userId: user.id,
      courseId: COURSE,
      deckId: "all",
      settings: defaultSchedulerSettings,
      now,
    });
    const facts = new Set(result.question.factIds);
    const siblings = queue.items
      .filter((i) => i.questionId !== result.question.id)
      .map((i) => course?.questionsById.get(i.questionId))
      .filter((q) => q?.factIds.some((f) => facts.has(f)));
    expect(siblings).toEqual([]);
  });

  it("refuses malformed answers with a 4xx naming the field, and writes nothing", async () => {
    const user = await createStudent(app.prisma);
    const question = course.questions.find((q) => q.type === "multiple-choice");
    if (!question) throw new Error("no multiple-choice question");
    const valid = {
      answerId: randomUUID(),
      courseId: COURSE,
      deckId: "all",
      questionId: question.id,
      mode: "quiz",
      response: 0,
      responseMs: 10,
    };
    const cases: Array<[unknown, string, string]> = [
      [{ ...valid, answerId: "not-a-uuid" }, "INVALID_INPUT", "answerId"],
      [{ ...valid, responseMs: -1 }, "INVALID_INPUT", "responseMs"],
      [{ ...valid, response: undefined }, "INVALID_INPUT", "response"],
      [{ ...valid, response: { hack: true } }, "INVALID_INPUT", "response"],
      [{ ...valid, mode: "flashcard" }, "INVALID_INPUT", "rating"],
      [{ ...valid, questionId: "made-up" }, "NOT_FOUND", ""],
      [{ ...valid, deckId: "made-up" }, "NOT_FOUND", ""],
      [{ ...valid, courseId: "made-up" }, "NOT_FOUND", ""],
      ["just a string", "INVALID_INPUT", "body"],
    ];
    for (const [body, code, field] of cases) {
      const error = await answerQuestion(user.id, body, now).then(
        () => null,
        (e: unknown) => e as { code: string; field?: string; message: string },
      );
      expect(error, JSON.stringify(body)).toMatchObject({ code });
      if (field) expect(error?.field).toBe(field);
      expect(error?.message.length).toBeGreaterThan(5);
    }
    expect(await app.prisma.review.count({ where: { userId: user.id } })).toBe(0);
  });

  it("practice answers are graded but never touch the schedule", async () => {
    const user = await createStudent(app.prisma);
    const question = course.questions[0];
    if (!question) throw new Error("empty bank");
    const feedback = await answerQuestion(
      user.id,
      {
        answerId: randomUUID(),
        courseId: COURSE,
        deckId: "all",
        questionId: question.id,
        mode: "practice",
        response: rightResponse(question),
        responseMs: 10,
        practiceSeed: 42,
      },
      now,
    );
    expect(feedback.correct).toBe(true);
    expect(feedback.recorded).toBe(false);
    expect(feedback.next.question?.id).not.toBe(question.id);
    expect(await app.prisma.card.count({ where: { userId: user.id } })).toBe(0);
    expect(await app.prisma.review.count({ where: { userId: user.id } })).toBe(0);
  });
});
