"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { changePasswordAction } from "./actions";

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, {} as FormState);
  return (
    // Each result re-mounts the fields: a changed or refused password never stays in the box.
    <form action={action} className="stack" noValidate key={JSON.stringify(state)}>
      {state.message && (
        <p role="status" className="alert alert-info">
          {state.message}
        </p>
      )}
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_MIN_LENGTH} characters to ${PASSWORD_MAX_BYTES} bytes; three or four unrelated words are easy to remember and hard to guess. Your other devices will be signed out.`}
        errors={state.fieldErrors?.newPassword}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
