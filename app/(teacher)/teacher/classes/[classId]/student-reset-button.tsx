"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/auth/forms";

/** "Password reset" on a roster row: asks, then says whether the mail went. */
export function StudentResetButton({
  studentName,
  action,
}: {
  studentName: string;
  action: (previous: FormState) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  return (
    <details className="confirm">
      <summary className="button">
        Password reset<span className="visually-hidden"> for {studentName}</span>
      </summary>
      <p>
        We mail {studentName} a link to choose a new password, at their own confirmed address. You
        do not see the link.
      </p>
      <form action={formAction}>
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Sending…" : `Send ${studentName} a reset link`}
        </button>
      </form>
      {state.message && (
        <p role="status" className={state.ok ? "alert alert-info" : "alert alert-error"}>
          {state.message}
        </p>
      )}
    </details>
  );
}
