"use client";

import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import { Field } from "@/app/components/field";
import type { FormState } from "@/lib/auth/forms";
import { GOAL_REVIEWS_MAX } from "@/lib/teaching/class-forms";

type AssignmentAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The date in the browser's zone as YYYY-MM-DD (what a date input takes). */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function AssignmentForm({
  action: setAssignment,
  decks,
}: {
  action: AssignmentAction;
  decks: ReadonlyArray<{ id: string; title: string; questionCount: number }>;
}) {
  const [state, action, pending] = useActionState(setAssignment, {} as FormState);
  // The teacher's own zone and day: "due 5 December" means the end of the 5th where they are.
  const [timeZone, setTimeZone] = useState("");
  const [today, setToday] = useState<string>();
  useEffect(() => {
    setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    setToday(localDay(new Date()));
  }, []);
  // Uncontrolled, so the form's reset after an action restores what was sent (`state.values`).
  const goal = state.values?.goal ?? "all_correct";
  const deckErrors = state.fieldErrors?.deckId;
  const goalErrors = state.fieldErrors?.goal;
  const timeZoneErrors = state.fieldErrors?.timeZone;

  if (decks.length === 0) {
    return (
      <p>
        You have no decks for this course yet. <Link href="/teacher/decks/new">Build a deck</Link>{" "}
        to assign it.
      </p>
    );
  }
  return (
    <form action={action} className="stack assignment-form" noValidate>
      <input type="hidden" name="timeZone" value={timeZone} />
      {state.message && (
        <p role="status" className="alert alert-info">
          {state.message}
        </p>
      )}
      {timeZoneErrors?.length ? (
        <p role="alert" className="alert alert-error">
          {timeZoneErrors.join(" ")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="deckId">Deck</label>
        <select
          id="deckId"
          name="deckId"
          defaultValue={state.values?.deckId ?? decks[0]?.id}
          aria-invalid={deckErrors?.length ? true : undefined}
          aria-describedby={deckErrors?.length ? "deckId-error" : undefined}
        >
          {decks.map((deck) => (
            <option key={deck.id} value={deck.id}>
              {deck.title} ({deck.questionCount} questions)
            </option>
          ))}
        </select>
        {deckErrors?.length ? (
          <p id="deckId-error" className="field-error">
            {deckErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <Field
        name="dueDay"
        label="Due date"
        type="date"
        min={today}
        required
        defaultValue={state.values?.dueDay}
        errors={state.fieldErrors?.dueDay}
      />
      <fieldset
        className="role-choice"
        aria-describedby={goalErrors?.length ? "goal-error" : undefined}
      >
        <legend>Goal</legend>
        <label className="choice">
          <input
            type="radio"
            name="goal"
            value="all_correct"
            defaultChecked={goal === "all_correct"}
          />
          Every question right once
        </label>
        <label className="choice">
          <input type="radio" name="goal" value="reviews" defaultChecked={goal === "reviews"} />A
          number of answers
        </label>
        {goalErrors?.length ? (
          <p id="goal-error" className="field-error">
            {goalErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {/* Shown by CSS only while "A number of answers" is chosen. */}
      <div className="goal-reviews">
        <Field
          name="goalReviews"
          label="Answers to give"
          type="number"
          inputMode="numeric"
          min={1}
          max={GOAL_REVIEWS_MAX}
          defaultValue={state.values?.goalReviews ?? "50"}
          errors={state.fieldErrors?.goalReviews}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Setting…" : "Set assignment"}
      </button>
    </form>
  );
}
