import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/** Takes this student out of a class they are in; any other class is NOT_FOUND. */
export async function leaveClass(options: { studentId: string; classId: string }): Promise<void> {
  const { count } = await db().classMember.deleteMany({
    where: { classId: options.classId, studentId: options.studentId },
  });
  if (count === 0) throw notFound("Class");
}
