import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/**
 * A new class for this teacher (a teacher account, else NOT_FOUND). A join code already taken
 * fails on the unique constraint (Prisma P2002); the caller draws another.
 */
export async function createClass(options: {
  teacherId: string;
  courseId: string;
  name: string;
  joinCode: string;
}): Promise<{ id: string; joinCode: string }> {
  const { teacherId, courseId, name, joinCode } = options;
  const teacher = await db().user.findFirst({
    where: { id: teacherId, role: "teacher" },
    select: { id: true },
  });
  if (!teacher) throw notFound("Teacher");
  return db().class.create({
    data: { teacherId, courseId, name, joinCode },
    select: { id: true, joinCode: true },
  });
}
