"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/forms";
import { deleteDeckAction } from "./actions";

/** Deletes a deck; a refusal (an assignment uses it) is shown beside the button. */
export function DeleteDeckButton({ deckId, title }: { deckId: string; title: string }) {
  const [state, action, pending] = useActionState(deleteDeckAction, {} as FormState);
  const errorId = `delete-${deckId}-error`;
  return (
    <form action={action} className="deck-delete">
      <input type="hidden" name="deckId" value={deckId} />
      <button
        type="submit"
        className="button"
        disabled={pending}
        aria-label={`Delete ${title}`}
        aria-describedby={state.message ? errorId : undefined}
      >
        {pending ? "Deleting…" : "Delete"}
      </button>
      {state.message && (
        <p id={errorId} role="alert" className="field-error">
          {state.message}
        </p>
      )}
    </form>
  );
}
