import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { introductionOrder } from "@/lib/decks/built-in-decks";
import { defaultSchedulerSettings } from "@/lib/scheduling";
import { getCourse } from "@/lib/server/courses";
import { answerQuestion } from "@/lib/server/study/answer-question";
import { getNextPracticeItem, getNextStudyItem, resolveDeck } from "@/lib/server/study/study-queue";
import { createStudent, createTeacher, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error(`course ${COURSE} is missing`);
const flashcard = (questionId: string, deckId: string) => ({
  answerId: randomUUID(),
  courseId: COURSE,
  deckId,
  questionId,
  mode: "flashcard",
  rating: "Good",
  responseMs: 1000,
});

/** A teacher's deck of five bank questions and one id no longer in the bank, set to a class. */
async function assignedDeck(options: { assign: boolean }) {
  const teacher = await createTeacher(app.prisma);
  const member = await createStudent(app.prisma, "Member");
  const outsider = await createStudent(app.prisma, "Outsider");
  // Every tenth question, so the deck mixes types and facts.
  const picked = course?.questions.filter((_, i) => i % 10 === 0).slice(0, 5) ?? [];
  const deck = await app.prisma.customDeck.create({
    data: {
      teacherId: teacher.id,
      courseId: COURSE,
      title: "Pipelines",
      filters: {},
      addedIds: [],
      removedIds: [],
      questionIds: [...picked.map((q) => q.id), "retired-question"],
    },
  });
  const created = await app.prisma.class.create({
    data: {
      teacherId: teacher.id,
      courseId: COURSE,
      name: "11A",
      joinCode: randomUUID().slice(0, 8).toUpperCase(),
      members: { create: { studentId: member.id } },
    },
  });
  if (options.assign) {
    await app.prisma.assignment.create({
      data: {
        classId: created.id,
        deckId: deck.id,
        dueDay: "2026-12-31",
        timeZone: "UTC",
        goal: "all_correct",
      },
    });
  }
  return { member, outsider, deckId: `custom-${deck.id}`, picked };
}

describe("studying a teacher's deck", () => {
  it("a class member studies the assigned deck with the FSRS session and practice", async () => {
    const { member, deckId, picked } = await assignedDeck({ assign: true });
    const { deck } = await resolveDeck({ userId: member.id, courseId: COURSE, deckId });
    expect(deck.title).toBe("Pipelines");
    expect(deck.questionIds).toEqual(introductionOrder(picked).map((q) => q.id));

    const now = new Date();
    const deckQuestions = new Set(deck.questionIds);
    const first = await getNextStudyItem({
      userId: member.id,
      courseId: COURSE,
      deckId,
      settings: defaultSchedulerSettings,
      now,
    });
    expect(first.question && deckQuestions.has(first.question.id)).toBe(true);
    if (!first.question) return;
    const feedback = await answerQuestion(member.id, flashcard(first.question.id, deckId), now);
    expect(feedback.recorded).toBe(true);
    if (feedback.next.question) expect(deckQuestions.has(feedback.next.question.id)).toBe(true);

    const practice = await getNextPracticeItem({
      userId: member.id,
      courseId: COURSE,
      deckId,
      seed: 7,
      seen: new Set(),
    });
    expect(practice.counts.remaining).toBe(deck.questionIds.length);
    expect(practice.question && deckQuestions.has(practice.question.id)).toBe(true);
  });

  it("anyone outside the class, or a deck never assigned, is NOT_FOUND like a made-up id", async () => {
    const assigned = await assignedDeck({ assign: true });
    const unassigned = await assignedDeck({ assign: false });
    const refused: Array<[string, string]> = [
      [assigned.outsider.id, assigned.deckId],
      [unassigned.member.id, unassigned.deckId],
      [assigned.member.id, "custom-made-up"],
      [assigned.member.id, "custom-"],
    ];
    for (const [userId, deckId] of refused) {
      await expect(resolveDeck({ userId, courseId: COURSE, deckId })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        getNextStudyItem({
          userId,
          courseId: COURSE,
          deckId,
          settings: defaultSchedulerSettings,
          now: new Date(),
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        getNextPracticeItem({ userId, courseId: COURSE, deckId, seed: 1, seen: new Set() }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      const questionId = assigned.picked[0]?.id ?? "";
      await expect(
        answerQuestion(userId, flashcard(questionId, deckId), new Date()),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await app.prisma.review.count({ where: { userId: assigned.outsider.id } })).toBe(0);
    // The same deck on another course is not this deck.
    await expect(
      resolveDeck({
        userId: assigned.member.id,
        courseId: "made-up-course",
        deckId: assigned.deckId,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
