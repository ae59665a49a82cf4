import "server-only";
import { db } from "../../db";

/**
 * The class a join code opens, with what a student needs to decide to join (its name, course and
 * teacher's name; never the roster), and whether `studentId` is already in it. Null for no class.
 */
export async function findClassByJoinCode(options: { joinCode: string; studentId: string }) {
  const found = await db().class.findUnique({
    where: { joinCode: options.joinCode },
    select: {
      id: true,
      name: true,
      courseId: true,
      teacher: { select: { name: true } },
      members: { where: { studentId: options.studentId }, select: { joinedAt: true } },
    },
  });
  if (!found) return null;
  const { members, teacher, ...rest } = found;
  return { ...rest, teacherName: teacher.name, alreadyMember: members.length > 0 };
}
