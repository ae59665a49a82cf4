import { z } from "zod";
import { idSchema } from "./id-schema";

/** The most classes one exclusion form may name (a teacher's classes of one course). */
export const EXCLUSION_CLASSES_MAX = 200;

/**
 * The classes a teacher takes one question out of: the exact set, so unticking a class puts the
 * question back there. Each id must be one of the teacher's classes of the question's course.
 */
export const exclusionInputSchema = z.object({
  classIds: z
    .array(idSchema, { error: "must be a list of class ids" })
    .max(EXCLUSION_CLASSES_MAX, `lists more than ${EXCLUSION_CLASSES_MAX} classes`)
    .transform((ids) => [...new Set(ids)]),
});
export type ExclusionInput = z.input<typeof exclusionInputSchema>;

/**
 * The questions of a teacher's deck a student does not get: those excluded by every class through
 * which the student has the deck (a student in two classes sharing a deck keeps a question one of
 * them still asks). `classes` lists each such class's excluded question ids; none means none.
 */
export function excludedForStudent(classes: readonly (readonly string[])[]): Set<string> {
  const [first, ...rest] = classes;
  if (!first) return new Set();
  const sets = rest.map((ids) => new Set(ids));
  return new Set(first.filter((id) => sets.every((set) => set.has(id))));
}
