"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { type FormState, fieldErrorsOf } from "@/lib/auth/forms";
import { AppError } from "@/lib/server/errors";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireRole } from "@/lib/server/session";
import {
  createAssignment,
  createClass,
  deleteAssignment,
  removeStudent,
  renewJoinCode,
} from "@/lib/server/teaching/classes";
import { putQuestionBack } from "@/lib/server/teaching/exclusions";
import { assignmentFormSchema, classFormSchema } from "@/lib/teaching/class-forms";
import { idSchema } from "@/lib/teaching/id-schema";

const classPath = (classId: string) => `/teacher/classes/${classId}`;

/** Ids bound into a form's action come from the page, but arrive like any other input. */
function parseIds<T extends Record<string, unknown>>(ids: T): { [K in keyof T]: string } {
  const parsed = z.record(z.string(), idSchema).safeParse(ids);
  if (!parsed.success) notFound();
  return parsed.data as { [K in keyof T]: string };
}

const formValues = (formData: FormData) =>
  Object.fromEntries([...formData.entries()].map(([k, v]) => [k, String(v)]));

export async function createClassAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireRole("teacher", "/teacher");
  const values = formValues(formData);
  const parsed = classFormSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  let classId: string;
  try {
    ({ id: classId } = await createClass({ teacherId: user.id, input: parsed.data }));
  } catch (error) {
    // The select offers the loaded courses; any other id is the one lookup that can miss here.
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return { fieldErrors: { courseId: ["Choose one of the courses."] }, values };
    }
    throw error;
  }
  revalidatePath("/teacher");
  redirect(classPath(classId));
}

export async function renewJoinCodeAction(classId: string): Promise<void> {
  const user = await requireRole("teacher", "/teacher");
  const ids = parseIds({ classId });
  await orNotFound(renewJoinCode({ teacherId: user.id, classId: ids.classId }));
  revalidatePath(classPath(ids.classId));
}

export async function removeStudentAction(classId: string, studentId: string): Promise<void> {
  const user = await requireRole("teacher", "/teacher");
  const ids = parseIds({ classId, studentId });
  await orNotFound(removeStudent({ teacherId: user.id, ...ids }));
  revalidatePath(classPath(ids.classId));
}

export async function createAssignmentAction(
  classId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireRole("teacher", "/teacher");
  const ids = parseIds({ classId });
  const values = formValues(formData);
  const parsed = assignmentFormSchema(new Date()).safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const refused = await orNotFound(
    createAssignment({ teacherId: user.id, classId: ids.classId, input: parsed.data }).then(
      () => null,
      assignmentFieldErrors,
    ),
  );
  if (refused) return { fieldErrors: refused, values };
  revalidatePath(classPath(ids.classId));
  return { ok: true, message: "Assignment set." };
}

/**
 * A refusal the assignment form shows beside its field, keeping what was typed: a deck deleted (or
 * never this teacher's) since the page offered it, or invalid input. Anything else is rethrown,
 * so a missing class is still the page's 404.
 */
function assignmentFieldErrors(error: unknown): Record<string, string[]> {
  if (error instanceof AppError && error.code === "NOT_FOUND" && error.field === "deckId") {
    return { deckId: ["That deck no longer exists. Choose another."] };
  }
  if (error instanceof AppError && error.code === "INVALID_INPUT") {
    return { [error.field ?? "form"]: [error.message] };
  }
  throw error;
}

export async function deleteAssignmentAction(classId: string, assignmentId: string): Promise<void> {
  const user = await requireRole("teacher", "/teacher");
  const ids = parseIds({ classId, assignmentId });
  await orNotFound(deleteAssignment({ teacherId: user.id, ...ids }));
  revalidatePath(classPath(ids.classId));
}

/** Puts a question taken out of the class back into its assignments (the class page's undo). */
export async function putQuestionBackAction(classId: string, questionId: string): Promise<void> {
  const user = await requireRole("teacher", "/teacher");
  const ids = parseIds({ classId, questionId });
  await orNotFound(putQuestionBack({ teacherId: user.id, ...ids }));
  revalidatePath(classPath(ids.classId));
  revalidatePath("/teacher/reports");
}
