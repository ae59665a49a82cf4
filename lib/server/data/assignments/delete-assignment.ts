import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/** Deletes an assignment of this teacher's class (the deck and the students' answers stay). */
export async function deleteAssignment(options: {
  teacherId: string;
  classId: string;
  assignmentId: string;
}): Promise<void> {
  const { count } = await db().assignment.deleteMany({
    where: {
      id: options.assignmentId,
      classId: options.classId,
      class: { teacherId: options.teacherId },
    },
  });
  if (count === 0) throw notFound("Assignment");
}
