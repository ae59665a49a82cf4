"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { renameAction } from "./actions";

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(renameAction, {} as FormState);
  return (
    <form action={action} className="stack" noValidate>
      {state.message && (
        <p role="status" className="alert alert-info">
          {state.message}
        </p>
      )}
      <Field
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state.values?.name ?? name}
        errors={state.fieldErrors?.name}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Saving…" : "Save name"}
        </button>
      </div>
    </form>
  );
}
