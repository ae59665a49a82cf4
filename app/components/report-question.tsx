"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import { REPORT_NOTE_MAX, REPORT_REASON_LABELS, REPORT_REASONS } from "@/lib/reports/report-input";
import { newClientId } from "./client-id";
import { ModalDialog } from "./modal-dialog";

type Status = "idle" | "sending" | "sent" | "failed";

/**
 * A small "Report" button that opens a short form (reason, optional note). Sending closes it at
 * once; the request runs in the background (nothing waits for it: "Next" stays free), says when it
 * is recorded, carries an id made when the form opened, so a double tap or a retry is recorded
 * once, and survives leaving the page.
 */
export function ReportQuestionButton({
  courseId,
  questionId,
  prompt,
}: {
  courseId: string;
  questionId: string;
  /** For the button's accessible name where several questions are listed. */
  prompt?: string;
}) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>("idle");
  const clientId = useRef<string | null>(null);
  const last = useRef<{ reason: string; note: string } | null>(null);
  // The button goes once used: focus moves to the line that replaces it, not to the page's start.
  const statusRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (status === "sending") statusRef.current?.focus();
  }, [status]);

  function send(report: { reason: string; note: string }) {
    last.current = report;
    clientId.current ??= newClientId();
    setStatus("sending");
    fetch("/api/reports", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ clientId: clientId.current, courseId, questionId, ...report }),
      keepalive: true,
    })
      .then((response) => setStatus(response.ok ? "sent" : "failed"))
      .catch(() => setStatus("failed"));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setOpen(false);
    send({ reason: String(data.get("reason") ?? ""), note: String(data.get("note") ?? "") });
  }

  // The slot keeps its size: each state is one short chip or one button, never both.
  return (
    <span className="report-slot">
      <span
        ref={statusRef}
        tabIndex={-1}
        className={status === "sent" || status === "sending" ? "report-status" : "visually-hidden"}
        role="status"
      >
        {status === "sending" && "Sending…"}
        {status === "sent" && "Reported ✓"}
        {status === "failed" && "The report was not sent."}
      </span>
      {status === "idle" && (
        <button
          type="button"
          className="button button-compact"
          aria-haspopup="dialog"
          onClick={() => {
            clientId.current = newClientId();
            setOpen(true);
          }}
        >
          Report<span className="visually-hidden"> this question{prompt ? `: ${prompt}` : ""}</span>
        </button>
      )}
      {status === "failed" && last.current && (
        <button
          type="button"
          className="button button-compact"
          onClick={() => last.current && send(last.current)}
        >
          Retry report
        </button>
      )}
      <ModalDialog open={open} onClose={() => setOpen(false)} title="Report this question">
        <form className="stack report-form" onSubmit={submit}>
          <fieldset className="report-reasons">
            <legend>What is the problem?</legend>
            {REPORT_REASONS.map((reason) => (
              <label key={reason} className="choice">
                <input type="radio" name="reason" value={reason} required />
                {REPORT_REASON_LABELS[reason]}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`report-note-${questionId}`}>Note (optional)</label>
            <textarea
              id={`report-note-${questionId}`}
              name="note"
              rows={3}
              maxLength={REPORT_NOTE_MAX}
              aria-describedby={`report-note-hint-${questionId}`}
            />
            <p id={`report-note-hint-${questionId}`} className="field-hint">
              What should it say? Up to {REPORT_NOTE_MAX} characters.
            </p>
          </div>
          <div className="actions">
            <button type="submit" className="button button-primary">
              Send report
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      </ModalDialog>
    </span>
  );
}
