import "server-only";
import { db } from "../../db";

/**
 * Every assignment of the classes this student is in, soonest due first, with its deck and its
 * class (with the questions the class's teacher took out of its assignments).
 */
export async function listStudentAssignments(options: { studentId: string }) {
  return db().assignment.findMany({
    where: { class: { members: { some: { studentId: options.studentId } } } },
    select: {
      id: true,
      dueDay: true,
      timeZone: true,
      goal: true,
      goalReviews: true,
      createdAt: true,
      class: {
        select: {
          id: true,
          name: true,
          courseId: true,
          exclusions: { select: { questionId: true } },
        },
      },
      deck: { select: { id: true, title: true, questionIds: true } },
    },
    orderBy: [{ dueDay: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
}

export type StudentAssignmentRow = Awaited<ReturnType<typeof listStudentAssignments>>[number];
