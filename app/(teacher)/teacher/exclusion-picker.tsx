"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useId, useState } from "react";
import { ModalDialog } from "@/app/components/modal-dialog";

/** One of the teacher's classes in the question's course. */
export interface ClassChoice {
  classId: string;
  className: string;
  assigned: boolean;
  excluded: boolean;
}

const url = (courseId: string, questionId: string) =>
  `/api/teacher/courses/${encodeURIComponent(courseId)}/questions/${encodeURIComponent(questionId)}/exclusions`;

async function request(input: string, init?: RequestInit): Promise<ClassChoice[]> {
  const response = await fetch(input, init);
  const body = (await response.json().catch(() => null)) as {
    classes?: ClassChoice[];
    error?: { message?: string };
  } | null;
  if (!response.ok || !body?.classes) {
    throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  }
  return body.classes;
}

function savedMessage(classes: readonly ClassChoice[]): string {
  const out = classes.filter((c) => c.excluded).map((c) => c.className);
  return out.length === 0
    ? "Saved: the question is in all your classes' assignments."
    : `Saved: taken out of ${out.join(", ")}.`;
}

/**
 * The teacher's classes in the course, each ticked when the question is taken out of its
 * assignments: saving takes it out of the ticked ones and puts it back in the others (undo).
 * Without `initial`, it asks the server for the classes when it appears.
 */
export function ExclusionPicker({
  courseId,
  questionId,
  initial,
  refreshOnSave = false,
  framed = true,
}: {
  courseId: string;
  questionId: string;
  initial?: ClassChoice[];
  /** Re-render the page's server parts after saving (a report page's class figures). */
  refreshOnSave?: boolean;
  /** Drawn in a box of its own (not inside a dialog, which is one already). */
  framed?: boolean;
}) {
  const router = useRouter();
  const [classes, setClasses] = useState<ClassChoice[] | null>(initial ?? null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const legendId = useId();

  useEffect(() => {
    if (initial) return;
    const controller = new AbortController();
    request(url(courseId, questionId), { signal: controller.signal })
      .then(setClasses)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(String((caught as Error).message ?? caught));
      });
    return () => controller.abort();
  }, [courseId, questionId, initial]);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const classIds = new FormData(event.currentTarget).getAll("classId").map(String);
    setSaving(true);
    setError(null);
    setStatus("Saving…");
    request(url(courseId, questionId), {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ classIds }),
    })
      .then((saved) => {
        setClasses(saved);
        setStatus(savedMessage(saved));
        if (refreshOnSave) router.refresh();
      })
      .catch((caught: unknown) => {
        setStatus("");
        setError(`Not saved: ${(caught as Error).message ?? caught}`);
      })
      .finally(() => setSaving(false));
  }

  return (
    <form
      className={framed ? "exclusion-form exclusion-form-framed" : "exclusion-form"}
      onSubmit={save}
      data-testid="exclusion-form"
    >
      <fieldset className="exclusion-classes" aria-describedby={`${legendId}-hint`}>
        <legend id={legendId}>Take this question out of</legend>
        <p id={`${legendId}-hint`} className="field-hint">
          The class's assignments stop asking it and their goals and analytics stop counting it.
          Your deck, your other classes and the students' own decks keep it. Untick to put it back.
        </p>
        {classes === null && !error && <p className="muted">Loading your classes…</p>}
        {classes?.length === 0 && <p className="muted">You have no class in this course.</p>}
        {classes?.map((c) => (
          <label key={c.classId} className="choice">
            <input type="checkbox" name="classId" value={c.classId} defaultChecked={c.excluded} />
            <span>
              {c.className}
              {!c.assigned && <span className="muted"> (not assigned there)</span>}
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {classes && classes.length > 0 && (
        <div className="actions">
          <button type="submit" className="button" disabled={saving}>
            Save
          </button>
          <span role="status" className="muted">
            {status}
          </span>
        </div>
      )}
    </form>
  );
}

/** "Take out…": the picker in a dialog, for places inside another form (the deck editor). */
export function ExcludeQuestionButton(props: {
  courseId: string;
  questionId: string;
  prompt: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-compact"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Take out of a class…<span className="visually-hidden">: {props.prompt}</span>
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title="Take out of a class">
        <p className="muted">{props.prompt}</p>
        {open && (
          <ExclusionPicker courseId={props.courseId} questionId={props.questionId} framed={false} />
        )}
        <div className="actions">
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
