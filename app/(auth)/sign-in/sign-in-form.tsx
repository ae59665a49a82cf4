"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { signInAction } from "../actions";
import { withCallback } from "../with-callback";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(signInAction, {} as FormState);
  return (
    <form action={action} className="stack" noValidate>
      {state.message && (
        <p role="alert" className="alert alert-error">
          {state.message}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
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
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="muted">
        <Link href="/forgot-password">Forgotten your password?</Link>
      </p>
      <p className="muted">
        New here? <Link href={withCallback("/sign-up", callbackUrl)}>Create an account</Link>
      </p>
    </form>
  );
}
