"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { type FormState, fieldErrorsOf } from "@/lib/auth/forms";
import { AppError } from "@/lib/server/errors";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireRole } from "@/lib/server/session";
import {
  createDeck,
  deckInputSchema,
  deleteDeck,
  duplicateDeck,
  updateDeck,
} from "@/lib/server/teaching/decks";
import { deckFiltersFromParams, listParam } from "@/lib/teaching/deck-filter";
import { idSchema } from "@/lib/teaching/id-schema";

const targetSchema = z.object({ courseId: idSchema, deckId: idSchema.optional() });

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
  const save = deckId
    ? updateDeck({ teacherId: user.id, deckId, input: parsed.data })
    : createDeck({ teacherId: user.id, courseId, input: parsed.data });
  // Another teacher's deck or a made-up id is the same 404 as a page; invalid input (e.g. a deck
  // with no questions) is shown in the form.
  const refused = await orNotFound(
    save.then(
      () => null,
      (error: unknown) => {
        if (error instanceof AppError && error.code === "INVALID_INPUT") {
          return { [error.field ?? "form"]: [error.message] };
        }
        throw error;
      },
    ),
  );
  if (refused) return { fieldErrors: refused };
  revalidatePath("/teacher/decks");
  redirect(`/teacher/decks?notice=${deckId ? "deck-saved" : "deck-created"}`);
}

export async function duplicateDeckAction(formData: FormData): Promise<void> {
  const user = await requireRole("teacher", "/teacher/decks");
  const deckId = idSchema.safeParse(formData.get("deckId"));
  if (!deckId.success) notFound();
  await orNotFound(duplicateDeck({ teacherId: user.id, deckId: deckId.data }));
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
  const refusal = await orNotFound(
    deleteDeck({ teacherId: user.id, deckId: deckId.data }).then(
      () => null,
      (error: unknown) => {
        if (error instanceof AppError && error.code === "CONFLICT") return error.message;
        throw error;
      },
    ),
  );
  if (refusal) return { message: refusal };
  revalidatePath("/teacher/decks");
  redirect("/teacher/decks?notice=deck-deleted");
}
