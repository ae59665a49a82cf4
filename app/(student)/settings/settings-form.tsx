"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { saveSettingsAction } from "./actions";

interface RetentionLimits {
  min: number;
  max: number;
  tradeOff: string;
}

export function SettingsForm({
  initial,
  retention,
}: {
  initial: Record<string, string>;
  retention: RetentionLimits;
}) {
  const [state, action, pending] = useActionState(saveSettingsAction, {
    values: initial,
  } as FormState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="stack" noValidate>
      {state.message && (
        <p role="status" className="alert alert-info">
          {state.message}
        </p>
      )}
      <Field
        name="desiredRetention"
        label="Desired retention"
        type="number"
        step="0.01"
        min={retention.min}
        max={retention.max}
        hint={`${retention.tradeOff} (${retention.min}–${retention.max})`}
        defaultValue={values.desiredRetention}
        errors={errors.desiredRetention}
      />
      <Field
        name="newPerDay"
        label="New questions per day"
        type="number"
        inputMode="numeric"
        defaultValue={values.newPerDay}
        errors={errors.newPerDay}
      />
      <Field
        name="maxReviewsPerDay"
        label="Maximum reviews per day"
        type="number"
        inputMode="numeric"
        defaultValue={values.maxReviewsPerDay}
        errors={errors.maxReviewsPerDay}
      />
      <Field
        name="learningSteps"
        label="Learning steps"
        hint="When a new question comes back before it is scheduled in days, e.g. “1m 10m”."
        defaultValue={values.learningSteps}
        errors={errors.learningSteps}
      />
      <Field
        name="relearningSteps"
        label="Relearning steps"
        hint="The same after a forgotten answer, e.g. “10m”."
        defaultValue={values.relearningSteps}
        errors={errors.relearningSteps}
      />
      <Field
        name="timeZone"
        label="Time zone"
        hint="Your study day follows it, e.g. Asia/Baku or Asia/Almaty."
        defaultValue={values.timeZone}
        errors={errors.timeZone}
      />
      <Field
        name="dayRolloverHour"
        label="New day starts at (hour)"
        type="number"
        inputMode="numeric"
        defaultValue={values.dayRolloverHour}
        errors={errors.dayRolloverHour}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
