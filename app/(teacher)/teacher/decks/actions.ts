"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { type FormState, fieldErrorsOf } from "@/lib/auth/forms";
import { AppError } from "@/lib/server/errors";
import { requireRole } from "@/lib/server/session";
import {
  createDeck,
  deckInputSchema,
  deleteDeck,
  duplicateDeck,
  updateDeck,
} from "@/lib/server/teaching/decks";
import { deckFiltersFromParams, listParam } from "@/lib/teaching/deck-filter";

const idSchema = z.string().trim().min(1).max(120);
const targetSchema = z.object({ courseId: idSchema, deckId: idSchema.optional() });

/** Another teacher's deck or a made-up id: the same 404 as a page. */
function rethrowNotFound(error: unknown): never {
  if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
  throw error;
}

/**
 * Saves the deck editor: a new deck when there is no `deckId`. The questions are resolved again on
 * the server from the filters and the hand-made changes; then back to the list with a notice.
 */
export async function saveDeckAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole("teacher", "/teacher/decks");
  const target = targetSchema.safeParse({
    courseId: formData.get("courseId"),
    deckId: formData.get("deckId") || undefined,
  });
  if (!target.success) notFound();
  const parsed = deckInputSchema.safeParse({
    title: formData.get("title") ?? "",
    filters: deckFiltersFromParams(formData),
    addedIds: listParam(formData, "added"),
    removedIds: listParam(formData, "removed"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const { courseId, deckId } = target.data;
  try {
    if (deckId) await updateDeck({ teacherId: user.id, deckId, input: parsed.data });
    else await createDeck({ teacherId: user.id, courseId, input: parsed.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT") {
      return { fieldErrors: { [error.field ?? "form"]: [error.message] } };
    }
    rethrowNotFound(error);
  }
  revalidatePath("/teacher/decks");
  redirect(`/teacher/decks?notice=${deckId ? "deck-saved" : "deck-created"}`);
}

export async function duplicateDeckAction(formData: FormData): Promise<void> {
  const user = await requireRole("teacher", "/teacher/decks");
  const deckId = idSchema.safeParse(formData.get("deckId"));
  if (!deckId.success) notFound();
  await duplicateDeck({ teacherId: user.id, deckId: deckId.data }).catch(rethrowNotFound);
  revalidatePath("/teacher/decks");
  redirect("/teacher/decks?notice=deck-duplicated");
}

/** Deletes a deck, or says why not (an assignment uses it) beside the button. */
export async function deleteDeckAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireRole("teacher", "/teacher/decks");
  const deckId = idSchema.safeParse(formData.get("deckId"));
  if (!deckId.success) notFound();
  try {
    await deleteDeck({ teacherId: user.id, deckId: deckId.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { message: error.message };
    rethrowNotFound(error);
  }
  revalidatePath("/teacher/decks");
  redirect("/teacher/decks?notice=deck-deleted");
}
