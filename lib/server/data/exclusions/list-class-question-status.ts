import "server-only";
import { db } from "../../db";

/** One of a teacher's classes, and what it does with some questions. */
export interface ClassQuestionStatus {
  classId: string;
  className: string;
  /** Of the questions asked about: those some assignment of the class has (taken out or not). */
  assigned: Set<string>;
  /** Of the questions asked about: those the teacher took out of the class's assignments. */
  excluded: Set<string>;
}

/**
 * Every class of this teacher in the course, by name, saying which of `questionIds` its
 * assignments have and which it has taken out. Only this teacher's classes: the query is scoped
 * by the teacher.
 */
export async function listClassQuestionStatus(options: {
  teacherId: string;
  courseId: string;
  questionIds: readonly string[];
}): Promise<ClassQuestionStatus[]> {
  const asked = new Set(options.questionIds);
  const classes = await db().class.findMany({
    where: { teacherId: options.teacherId, courseId: options.courseId },
    select: {
      id: true,
      name: true,
      exclusions: {
        where: { questionId: { in: [...asked] } },
        select: { questionId: true },
      },
      assignments: { select: { deck: { select: { questionIds: true } } } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return classes.map((c) => ({
    classId: c.id,
    className: c.name,
    assigned: new Set(
      c.assignments.flatMap((a) => a.deck.questionIds.filter((id) => asked.has(id))),
    ),
    excluded: new Set(c.exclusions.map((e) => e.questionId)),
  }));
}
