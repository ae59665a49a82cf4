"use client";

import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { signUpAction } from "../actions";
import { withCallback } from "../with-callback";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(signUpAction, {} as FormState);
  const role = state.values?.role || "student";
  const roleErrors = state.fieldErrors?.role;
  // The browser's time zone, so the student's study day starts at their own midnight-ish hour.
  const [timeZone, setTimeZone] = useState("");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="timeZone" value={timeZone} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      {state.message && (
        <p role="alert" className="alert alert-error">
          {state.message}
        </p>
      )}
      <Field
        name="name"
        label="Name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
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
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters; three or four unrelated words are easy to remember and hard to guess.`}
        required
        errors={state.fieldErrors?.password}
      />
      <fieldset
        className="role-choice"
        aria-describedby={roleErrors?.length ? "role-error" : undefined}
      >
        <legend>I am a</legend>
        <label className="choice">
          <input type="radio" name="role" value="student" defaultChecked={role === "student"} />
          Student
        </label>
        <label className="choice">
          <input type="radio" name="role" value="teacher" defaultChecked={role === "teacher"} />
          Teacher
        </label>
        {roleErrors?.length ? (
          <p id="role-error" className="field-error">
            {roleErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="muted">
        Already have an account? <Link href={withCallback("/sign-in", callbackUrl)}>Sign in</Link>
      </p>
    </form>
  );
}
