"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { deleteAccountAction } from "./actions";

export function DeleteAccountForm() {
  const [state, action, pending] = useActionState(deleteAccountAction, {} as FormState);
  return (
    <form action={action} className="stack" noValidate key={JSON.stringify(state)}>
      {state.message && (
        <p role="alert" className="alert alert-error">
          {state.message}
        </p>
      )}
      <Field
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <Field
        name="confirm"
        label="Type DELETE to confirm"
        autoComplete="off"
        autoCapitalize="characters"
        required
        defaultValue={state.values?.confirm}
        errors={state.fieldErrors?.confirm}
      />
      <div className="actions">
        <button type="submit" className="button button-danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete my account"}
        </button>
      </div>
    </form>
  );
}
