"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, {} as FormState);
  return (
    <form action={action} className="stack" noValidate>
      {state.message && (
        <div role="alert" className="alert alert-error">
          <p>{state.message}</p>
          <Link href="/forgot-password">Ask for a new link</Link>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      {/* For password managers: which account the new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, and not easy to guess.`}
        required
        errors={state.fieldErrors?.password}
      />
      <Field
        name="confirm"
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirm}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Saving…" : "Save the new password"}
      </button>
    </form>
  );
}
