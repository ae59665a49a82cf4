import "server-only";
import { db } from "../../db";

/**
 * A teacher's deck as this student may study it: only when it is assigned to a class the student
 * is in (else null, the same for a made-up id). Its `questionIds` are as the teacher saved them;
 * `classExclusions` lists, per class through which the student has the deck, the questions that
 * class's teacher took out (lib/teaching/exclusions.ts `excludedForStudent` combines them).
 */
export async function getAssignedDeck(options: {
  studentId: string;
  courseId: string;
  deckId: string;
}) {
  const inMyClass = { class: { members: { some: { studentId: options.studentId } } } };
  const deck = await db().customDeck.findFirst({
    where: { id: options.deckId, courseId: options.courseId, assignments: { some: inMyClass } },
    select: {
      id: true,
      title: true,
      questionIds: true,
      assignments: {
        where: inMyClass,
        select: { class: { select: { id: true, exclusions: { select: { questionId: true } } } } },
      },
    },
  });
  if (!deck) return null;
  const classes = new Map(
    deck.assignments.map(({ class: c }) => [c.id, c.exclusions.map((e) => e.questionId)]),
  );
  return {
    id: deck.id,
    title: deck.title,
    questionIds: deck.questionIds,
    classExclusions: [...classes.values()],
  };
}
