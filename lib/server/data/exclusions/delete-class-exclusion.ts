import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/**
 * Puts a question back into one class's assignments. Harmless when it was not taken out; another
 * teacher's class or a made-up id is NOT_FOUND.
 */
export async function deleteClassExclusion(options: {
  teacherId: string;
  classId: string;
  questionId: string;
}): Promise<void> {
  const { teacherId, classId, questionId } = options;
  const { count } = await db().classQuestionExclusion.deleteMany({
    where: { classId, questionId, class: { teacherId } },
  });
  if (count === 0 && (await db().class.count({ where: { id: classId, teacherId } })) === 0) {
    throw notFound("Class");
  }
}
