"use client";

import { useEffect, useRef } from "react";
import type { PublicQuestion } from "@/lib/questions/public-question";

interface AnswerInputProps {
  question: PublicQuestion;
  response: unknown;
  onChange: (response: unknown) => void;
  disabled: boolean;
}

/** The input for one question type: options, a text box, an order to arrange, or pairs to match. */
export function AnswerInput({ question, response, onChange, disabled }: AnswerInputProps) {
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
    case "true-false":
      return (
        <fieldset className="options" disabled={disabled}>
          <legend className="visually-hidden">Choose one answer</legend>
          {(question.options ?? []).map((option, index) => (
            <label key={option.id} className="option">
              <input
                type="radio"
                name={`q-${question.id}`}
                value={option.id}
                checked={response === option.id}
                onChange={() => onChange(option.id)}
              />
              <span className="option-key" aria-hidden="true">
                {index + 1}
              </span>
              <span>{option.text}</span>
            </label>
          ))}
        </fieldset>
      );
    case "typed":
      return (
        <TypedAnswer
          question={question}
          response={response}
          onChange={onChange}
          disabled={disabled}
        />
      );
    case "chronology":
      return (
        <OrderItems
          question={question}
          response={response}
          onChange={onChange}
          disabled={disabled}
        />
      );
    case "matching":
      return (
        <MatchPairs
          question={question}
          response={response}
          onChange={onChange}
          disabled={disabled}
        />
      );
  }
}

/** A text box that takes the focus when its question appears, so typing can start at once. */
function TypedAnswer({ question, response, onChange, disabled }: AnswerInputProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (question.id) input.current?.focus();
  }, [question.id]);
  return (
    <div className="field">
      <label htmlFor="typed-answer">Your answer</label>
      <input
        ref={input}
        id="typed-answer"
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="done"
        disabled={disabled}
        value={typeof response === "string" ? response : ""}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function OrderItems({ question, response, onChange, disabled }: AnswerInputProps) {
  const items = question.items ?? [];
  const order = Array.isArray(response) ? (response as string[]) : items.map((i) => i.id);
  const textOf = (id: string) => items.find((i) => i.id === id)?.text ?? id;
  const move = (from: number, to: number) => {
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (moved === undefined) return;
    next.splice(to, 0, moved);
    onChange(next);
  };
  return (
    <ol className="order-list" aria-label="Earliest first">
      {order.map((id, index) => (
        <li key={id} className="order-item">
          <span className="order-text">{textOf(id)}</span>
          <span className="order-buttons">
            <button
              type="button"
              className="button icon-button"
              disabled={disabled || index === 0}
              onClick={() => move(index, index - 1)}
              aria-label={`Move “${textOf(id)}” earlier`}
            >
              ↑
            </button>
            <button
              type="button"
              className="button icon-button"
              disabled={disabled || index === order.length - 1}
              onClick={() => move(index, index + 1)}
              aria-label={`Move “${textOf(id)}” later`}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}

function MatchPairs({ question, response, onChange, disabled }: AnswerInputProps) {
  const pairs = (response && typeof response === "object" ? response : {}) as Record<
    string,
    string
  >;
  return (
    <div className="match-list">
      {(question.left ?? []).map((left) => (
        <div key={left.id} className="field">
          <label htmlFor={`match-${left.id}`}>{left.text}</label>
          <select
            id={`match-${left.id}`}
            value={pairs[left.id] ?? ""}
            disabled={disabled}
            onChange={(event) => onChange({ ...pairs, [left.id]: event.target.value })}
          >
            <option value="">Choose…</option>
            {(question.right ?? []).map((right) => (
              <option key={right.id} value={right.id}>
                {right.text}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

/** Whether `response` is a complete answer to submit. */
export function isComplete(question: PublicQuestion, response: unknown): boolean {
  switch (question.type) {
    case "typed":
      return typeof response === "string" && response.trim().length > 0;
    case "chronology":
      return true;
    case "matching":
      return (
        !!response &&
        (question.left ?? []).every((l) => !!(response as Record<string, string>)[l.id])
      );
    default:
      return typeof response === "string";
  }
}

/** The response a question starts with (chronology starts in the order shown). */
export function initialResponse(question: PublicQuestion): unknown {
  return question.type === "chronology" ? (question.items ?? []).map((i) => i.id) : undefined;
}
