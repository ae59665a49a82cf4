import "server-only";
import { db } from "../../db";

/** This teacher's classes, newest first, with how many students and assignments each has. */
export async function listTeacherClasses(options: { teacherId: string }) {
  const rows = await db().class.findMany({
    where: { teacherId: options.teacherId },
    select: {
      id: true,
      name: true,
      courseId: true,
      joinCode: true,
      createdAt: true,
      _count: { select: { members: true, assignments: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({
    ...row,
    studentCount: _count.members,
    assignmentCount: _count.assignments,
  }));
}
