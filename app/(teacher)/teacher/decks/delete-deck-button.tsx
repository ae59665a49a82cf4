"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/forms";
import { deleteDeckAction } from "./actions";

/**
 * Deletes a deck after a confirming second press (the `confirm` disclosure the other destructive
 * actions use); a refusal (an assignment uses it) is shown beside the button.
 */
export function DeleteDeckButton({ deckId, title }: { deckId: string; title: string }) {
  const [state, action, pending] = useActionState(deleteDeckAction, {} as FormState);
  const errorId = `delete-${deckId}-error`;
  return (
    <details className="confirm">
      <summary className="button">
        Delete<span className="visually-hidden"> {title}</span>
      </summary>
      <p>The deck is gone for good. Students keep their answers.</p>
      <form action={action}>
        <input type="hidden" name="deckId" value={deckId} />
        <button
          type="submit"
          className="button button-danger"
          disabled={pending}
          aria-describedby={state.message ? errorId : undefined}
        >
          {pending ? "Deleting…" : `Delete ${title}`}
        </button>
      </form>
      {state.message && (
        <p id={errorId} role="alert" className="field-error">
          {state.message}
        </p>
      )}
    </details>
  );
}
