"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { changeEmailAction } from "./email-actions";

export function EmailChangeForm() {
  const [state, action, pending] = useActionState(changeEmailAction, {} as FormState);
  return (
    <form action={action} className="stack" noValidate>
      {state.ok && (
        <p role="status" className="alert alert-info">
          {state.message}
        </p>
      )}
      <Field
        name="newEmail"
        label="New email address"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.ok ? "" : state.values?.newEmail}
        errors={state.fieldErrors?.newEmail}
      />
      <Field
        name="emailChangePassword"
        label="Password, to confirm it is you"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.emailChangePassword}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Sending…" : "Send a link to the new address"}
      </button>
    </form>
  );
}
