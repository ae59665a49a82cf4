import "server-only";
import { db } from "../../db";

/** The classes this student is in, most recently joined first, with each teacher's name. */
export async function listStudentClasses(options: { studentId: string }) {
  const rows = await db().classMember.findMany({
    where: { studentId: options.studentId },
    select: {
      joinedAt: true,
      class: {
        select: { id: true, name: true, courseId: true, teacher: { select: { name: true } } },
      },
    },
    orderBy: [{ joinedAt: "desc" }, { classId: "asc" }],
  });
  return rows.map(({ joinedAt, class: { teacher, ...rest } }) => ({
    ...rest,
    teacherName: teacher.name,
    joinedAt,
  }));
}
