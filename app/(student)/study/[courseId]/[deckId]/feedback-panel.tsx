"use client";

import type { ReactNode } from "react";
import type { Citation } from "@/lib/questions/types";

export interface FeedbackView {
  correct: boolean | null;
  verdict: { code: string; reason: string; spellingWarning: boolean } | null;
  answerText: string | null;
  expected: string | string[];
  explanation: string;
  citations: Citation[];
}

/** Right or wrong, the correct answer, the explanation and the source quotes. */
export function FeedbackPanel({
  feedback,
  children,
}: {
  feedback: FeedbackView;
  children?: ReactNode;
}) {
  const { correct, verdict } = feedback;
  return (
    <section
      className={`feedback ${correct === null ? "" : correct ? "feedback-right" : "feedback-wrong"}`}
      aria-live="polite"
      aria-labelledby="feedback-title"
    >
      {correct !== null && (
        <h2 id="feedback-title" className="feedback-title">
          {correct ? "Correct" : "Not quite"}
        </h2>
      )}
      {correct === null && (
        <h2 id="feedback-title" className="feedback-title">
          Answer
        </h2>
      )}
      {verdict?.spellingWarning && <p className="spelling">Check the spelling.</p>}
      {verdict && verdict.code !== "exact" && <p className="verdict-reason">{verdict.reason}</p>}
      {feedback.answerText !== null && feedback.answerText !== "" && (
        <p>
          <span className="muted">Your answer: </span>
          {feedback.answerText}
        </p>
      )}
      <div className="expected">
        <span className="muted">Answer: </span>
        {Array.isArray(feedback.expected) ? (
          <ol>
            {feedback.expected.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        ) : (
          <strong>{feedback.expected}</strong>
        )}
      </div>
      {children}
      <p className="explanation">{feedback.explanation}</p>
      {feedback.citations.map((citation) => (
        <figure key={`${citation.sourceId}:${citation.quote}`} className="citation">
          <blockquote>{citation.quote}</blockquote>
          <figcaption>— {citation.sourceTitle}</figcaption>
        </figure>
      ))}
    </section>
  );
}
