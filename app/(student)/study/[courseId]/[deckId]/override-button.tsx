"use client";

import { useEffect, useRef, useState } from "react";
import type { ReviewRating } from "@/lib/scheduling/rating";

type Status = "idle" | "sending" | "done" | "failed";

/**
 * "I was right" after a wrong typed answer: the answer stays wrong for the teacher's figures (who
 * sees the claim apart), and the card is rescheduled as Good. Sent in the background; "Next" never
 * waits for it.
 */
export function OverrideButton({
  answerId,
  onOverridden,
}: {
  answerId: string;
  onOverridden: (result: { rating: ReviewRating; due: string }) => void;
}) {
  const [status, setStatus] = useState<Status>("idle");
  // The button goes once used: focus moves to the line that replaces it.
  const statusRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (status === "sending") statusRef.current?.focus();
  }, [status]);

  function send() {
    setStatus("sending");
    fetch(`/api/study/answers/${answerId}/override`, { method: "POST", keepalive: true })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { rating: ReviewRating; due: string };
        setStatus("done");
        onOverridden(body);
      })
      .catch(() => setStatus("failed"));
  }

  // Like the report slot: one short chip or one button, so the row never changes height.
  return (
    <span className="report-slot">
      <span
        ref={statusRef}
        tabIndex={-1}
        className={status === "sending" || status === "done" ? "report-status" : "visually-hidden"}
        role="status"
      >
        {status === "sending" && "Saving…"}
        {status === "done" && "Marked right ✓"}
        {status === "failed" && "Not saved."}
      </span>
      {(status === "idle" || status === "failed") && (
        <button
          type="button"
          className="button button-compact"
          onClick={send}
          aria-describedby="override-hint"
        >
          {status === "failed" ? "Retry" : "I was right"}
        </button>
      )}
      <span id="override-hint" className="visually-hidden">
        Reschedules this question as if you knew it; your teacher sees that you disagreed with the
        grading.
      </span>
    </span>
  );
}
