import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/**
 * Replaces the join code of this teacher's class (the old one stops working). A code already
 * taken fails on the unique constraint (Prisma P2002); the caller draws another.
 */
export async function setJoinCode(options: {
  teacherId: string;
  classId: string;
  joinCode: string;
}): Promise<void> {
  const { count } = await db().class.updateMany({
    where: { id: options.classId, teacherId: options.teacherId },
    data: { joinCode: options.joinCode },
  });
  if (count === 0) throw notFound("Class");
}
