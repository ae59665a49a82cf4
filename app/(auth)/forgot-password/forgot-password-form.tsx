"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(forgotPasswordAction, {} as FormState);
  if (state.ok) {
    return (
      <div className="stack">
        <p role="status" className="alert alert-info">
          {state.message}
        </p>
        <p className="muted">
          Nothing after a few minutes? Look in your spam folder. A link is only sent to an address
          that was confirmed; if yours never was, ask your teacher or the site's administrator.
        </p>
        <Link href="/sign-in" className="button">
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="stack" noValidate>
      <p>
        Enter your account's email address and we will send you a link to choose a new password.
      </p>
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Sending…" : "Send me a link"}
      </button>
      <p className="muted">
        Remembered it? <Link href="/sign-in">Sign in</Link>
      </p>
    </form>
  );
}
