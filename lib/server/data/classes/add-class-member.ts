import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";

/**
 * Adds a student to a class; joining twice changes nothing (`joined: false`). Only student
 * accounts can join: a teacher gets FORBIDDEN.
 */
export async function addClassMember(options: {
  classId: string;
  studentId: string;
}): Promise<{ joined: boolean }> {
  const student = await db().user.findFirst({
    where: { id: options.studentId, role: "student" },
    select: { id: true },
  });
  if (!student) throw new AppError("FORBIDDEN", "Only students can join a class.");
  const { count } = await db().classMember.createMany({
    data: [{ classId: options.classId, studentId: options.studentId }],
    skipDuplicates: true,
  });
  return { joined: count === 1 };
}
