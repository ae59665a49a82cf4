import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/** Takes a student off this teacher's class roster (their own reviews and cards stay theirs). */
export async function removeClassMember(options: {
  teacherId: string;
  classId: string;
  studentId: string;
}): Promise<void> {
  const { count } = await db().classMember.deleteMany({
    where: {
      classId: options.classId,
      studentId: options.studentId,
      class: { teacherId: options.teacherId },
    },
  });
  if (count === 0) throw notFound("Student");
}
