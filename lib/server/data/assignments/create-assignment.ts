import "server-only";
import type { AssignmentGoal } from "@/generated/prisma/client";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";

/**
 * Sets one of this teacher's decks of the class's course as an assignment of this teacher's class.
 * Another teacher's class or deck, a deck of another course and a made-up id are all NOT_FOUND;
 * a deck's names its field, so the form can say so beside the deck it offered.
 */
export async function createAssignment(options: {
  teacherId: string;
  classId: string;
  deckId: string;
  dueDay: string;
  timeZone: string;
  goal: AssignmentGoal;
  goalReviews: number | null;
}): Promise<{ id: string }> {
  const { teacherId, classId, deckId, ...terms } = options;
  const owned = await db().class.findFirst({
    where: { id: classId, teacherId },
    select: { courseId: true },
  });
  if (!owned) throw notFound("Class");
  const deck = await db().customDeck.findFirst({
    where: { id: deckId, teacherId, courseId: owned.courseId },
    select: { id: true },
  });
  if (!deck) throw new AppError("NOT_FOUND", "Deck not found.", "deckId");
  return db().assignment.create({
    data: { classId, deckId: deck.id, ...terms },
    select: { id: true },
  });
}
