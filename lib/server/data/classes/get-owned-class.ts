import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/**
 * A class of this teacher with its roster, assignments (each with its deck) and the questions taken
 * out of them (exclusions), or NOT_FOUND, the
 * same for another teacher's class as for a made-up id: every teacher page and query about one
 * class starts here, so a teacher only ever reaches their own.
 */
export async function getOwnedClass(options: { teacherId: string; classId: string }) {
  const found = await db().class.findFirst({
    where: { id: options.classId, teacherId: options.teacherId },
    include: {
      members: {
        include: { student: { select: { id: true, name: true, email: true } } },
        orderBy: { joinedAt: "asc" },
      },
      assignments: {
        include: { deck: { select: { id: true, title: true, questionIds: true } } },
        orderBy: [{ dueDay: "asc" }, { createdAt: "asc" }],
      },
      exclusions: {
        select: { questionId: true, createdAt: true },
        orderBy: [{ createdAt: "desc" }, { questionId: "asc" }],
      },
    },
  });
  if (!found) throw notFound("Class");
  return found;
}

export type OwnedClass = Awaited<ReturnType<typeof getOwnedClass>>;
