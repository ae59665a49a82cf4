import "server-only";
import { z } from "zod";
import { exclusionInputSchema } from "@/lib/teaching/exclusions";
import { idSchema } from "@/lib/teaching/id-schema";
import { deleteClassExclusion } from "../data/exclusions/delete-class-exclusion";
import { listClassQuestionStatus } from "../data/exclusions/list-class-question-status";
import { setQuestionExclusions } from "../data/exclusions/set-question-exclusions";
import { notFound } from "../errors";
import { parseWith } from "../http/validation";
import { requireCourse } from "../study/study-queue";

const questionParamsSchema = z.object({ courseId: idSchema, questionId: idSchema });

/** A question of a loaded course, from route parameters; anything else is NOT_FOUND. */
function bankQuestion(params: { courseId: string; questionId: string }) {
  const { courseId, questionId } = parseWith(questionParamsSchema, params);
  if (!requireCourse(courseId).questionsById.has(questionId)) throw notFound("Question");
  return { courseId, questionId };
}

/** The teacher's classes in the question's course, each saying whether it has taken it out. */
export async function getQuestionExclusions(options: {
  teacherId: string;
  courseId: string;
  questionId: string;
}) {
  const { courseId, questionId } = bankQuestion(options);
  const classes = await listClassQuestionStatus({
    teacherId: options.teacherId,
    courseId,
    questionIds: [questionId],
  });
  return {
    courseId,
    questionId,
    classes: classes.map((c) => ({
      classId: c.classId,
      className: c.className,
      assigned: c.assigned.has(questionId),
      excluded: c.excluded.has(questionId),
    })),
  };
}

/**
 * Takes the question out of exactly the classes in `body.classIds` (of this teacher's classes in
 * its course) and puts it back in their others. Another teacher's class is NOT_FOUND.
 */
export async function setExclusions(options: {
  teacherId: string;
  courseId: string;
  questionId: string;
  body: unknown;
}) {
  const { courseId, questionId } = bankQuestion(options);
  const { classIds } = parseWith(exclusionInputSchema, options.body);
  await setQuestionExclusions({ teacherId: options.teacherId, courseId, questionId, classIds });
  return getQuestionExclusions({ teacherId: options.teacherId, courseId, questionId });
}

/** Puts a question back into one of the teacher's classes (the class page's undo). */
export async function putQuestionBack(options: {
  teacherId: string;
  classId: string;
  questionId: string;
}): Promise<void> {
  await deleteClassExclusion(options);
}
