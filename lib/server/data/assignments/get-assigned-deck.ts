import "server-only";
import { db } from "../../db";

/**
 * A teacher's deck as this student may study it: only when it is assigned to a class the student
 * is in (else null, the same for a made-up id). Its `questionIds` are as the teacher saved them.
 */
export async function getAssignedDeck(options: {
  studentId: string;
  courseId: string;
  deckId: string;
}) {
  return db().customDeck.findFirst({
    where: {
      id: options.deckId,
      courseId: options.courseId,
      assignments: { some: { class: { members: { some: { studentId: options.studentId } } } } },
    },
    select: { id: true, title: true, questionIds: true },
  });
}
