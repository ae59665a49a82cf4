import "server-only";
import { db } from "../../db";

export interface TeacherDeckRow {
  id: string;
  courseId: string;
  title: string;
  questionCount: number;
  assignmentCount: number;
  updatedAt: Date;
}

/** This teacher's decks, most recently edited first, with their size and how many assignments use them. */
export async function listTeacherDecks(options: { teacherId: string }): Promise<TeacherDeckRow[]> {
  const decks = await db().customDeck.findMany({
    where: { teacherId: options.teacherId },
    select: {
      id: true,
      courseId: true,
      title: true,
      questionIds: true,
      updatedAt: true,
      _count: { select: { assignments: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  return decks.map(({ questionIds, _count, ...deck }) => ({
    ...deck,
    questionCount: questionIds.length,
    assignmentCount: _count.assignments,
  }));
}
