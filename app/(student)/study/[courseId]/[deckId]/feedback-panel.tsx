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

/**
 * Right or wrong, the correct answer, the explanation and the source quotes; `tools` (report,
 * "I was right") sit beside the title, in a row of fixed height, so using them moves nothing.
 */
export function FeedbackPanel({
  feedback,
  tools,
  children,
}: {
  feedback: FeedbackView;
  tools?: ReactNode;
  children?: ReactNode;
}) {
  const { correct, verdict } = feedback;
  return (
    <section
      className={`feedback ${correct === null ? "" : correct ? "feedback-right" : "feedback-wrong"}`}
      aria-live="polite"
      aria-labelledby="feedback-title"
    >
      <div className="feedback-head">
        <h2 id="feedback-title" className="feedback-title">
          {correct === null ? "Answer" : correct ? "Correct" : "Not quite"}
        </h2>
        {tools && <div className="feedback-tools">{tools}</div>}
      </div>
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
