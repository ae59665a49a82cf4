import "server-only";
import { AppError } from "../../errors";
import { inTransaction } from "../reviews/card-transaction";

/**
 * Makes exactly `classIds` (of this teacher's classes in the course) exclude the question: the
 * others of their classes in the course include it again. An id that is not one of them (another
 * teacher's class, another course's, a made-up one) is NOT_FOUND on `classIds`, and nothing changes.
 */
export async function setQuestionExclusions(options: {
  teacherId: string;
  courseId: string;
  questionId: string;
  classIds: readonly string[];
}): Promise<void> {
  const { teacherId, courseId, questionId } = options;
  const classIds = [...new Set(options.classIds)];
  await inTransaction(async (tx) => {
    const mine = { teacherId, courseId };
    const owned = await tx.class.count({ where: { id: { in: classIds }, ...mine } });
    if (owned !== classIds.length) {
      throw new AppError("NOT_FOUND", "classIds: a class was not found.", "classIds");
    }
    await tx.classQuestionExclusion.deleteMany({
      where: { questionId, classId: { notIn: classIds }, class: mine },
    });
    await tx.classQuestionExclusion.createMany({
      data: classIds.map((classId) => ({ classId, questionId })),
      skipDuplicates: true,
    });
  });
}
