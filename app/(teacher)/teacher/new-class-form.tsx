"use client";

import { useActionState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { CLASS_NAME_MAX } from "@/lib/teaching/class-forms";
import { createClassAction } from "./actions";

export function NewClassForm({
  courses,
}: {
  courses: ReadonlyArray<{ id: string; title: string }>;
}) {
  const [state, action, pending] = useActionState(createClassAction, {} as FormState);
  const courseErrors = state.fieldErrors?.courseId;
  return (
    <form action={action} className="stack" noValidate>
      <Field
        name="name"
        label="Class name"
        hint="For example “9C History”."
        maxLength={CLASS_NAME_MAX}
        required
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
      <div className="field">
        <label htmlFor="courseId">Course</label>
        <select
          id="courseId"
          name="courseId"
          defaultValue={state.values?.courseId ?? courses[0]?.id}
          aria-invalid={courseErrors?.length ? true : undefined}
          aria-describedby={courseErrors?.length ? "courseId-error" : undefined}
        >
          {courses.map((course) => (
            <option key={course.id} value={course.id}>
              {course.title}
            </option>
          ))}
        </select>
        {courseErrors?.length ? (
          <p id="courseId-error" className="field-error">
            {courseErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}
