import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/**
 * A student of this teacher's class, with their address and whether it is confirmed. The class's
 * teacher is in the query's WHERE, so another teacher's student (or class) is NOT_FOUND.
 */
export async function getClassStudentContact(options: {
  teacherId: string;
  classId: string;
  studentId: string;
}): Promise<{ id: string; name: string; email: string; emailVerified: boolean }> {
  const student = await db().user.findFirst({
    where: {
      id: options.studentId,
      memberships: {
        some: { classId: options.classId, class: { teacherId: options.teacherId } },
      },
    },
    select: { id: true, name: true, email: true, emailVerifiedAt: true },
  });
  if (!student) throw notFound("Student");
  const { emailVerifiedAt, ...contact } = student;
  return { ...contact, emailVerified: emailVerifiedAt !== null };
}
