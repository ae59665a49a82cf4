import { checkTypedAnswer } from "./check-typed-answer";
import { compactText } from "./normalise-text";
import type { QuestionResponse } from "./response-schemas";
import type {
  AnswerVerdict,
  Choice,
  ChoiceQuestion,
  ChronologyQuestion,
  MatchingQuestion,
  Question,
  TrueFalseQuestion,
} from "./types";

function expectedText(question: Question): string {
  return Array.isArray(question.answer) ? question.answer.join(" → ") : question.answer;
}

function invalid(question: Question, reason: string): AnswerVerdict {
  return { correct: false, code: "invalid", reason, expected: expectedText(question) };
}

/** Finds the chosen option by index, id or (normalised) text. */
function findOption(options: readonly Choice[], response: unknown): Choice | undefined {
  if (typeof response === "number") return options[response];
  if (typeof response !== "string") return undefined;
  const byId = options.find((o) => o.id === response);
  if (byId) return byId;
  const key = compactText(response);
  return options.find((o) => compactText(o.text) === key);
}

function checkChoice(
  question: ChoiceQuestion | TrueFalseQuestion,
  response: unknown,
): AnswerVerdict {
  const normalised =
    question.type === "true-false" && typeof response === "boolean" ? String(response) : response;
  const chosen = findOption(question.options, normalised);
  if (!chosen) return invalid(question, "That is not one of the options.");
  if (chosen.id === question.correctOptionId) {
    return { correct: true, code: "exact", reason: "Correct.", expected: question.answer };
  }
  return {
    correct: false,
    code: "wrong-option",
    reason: `Not “${chosen.text}”: the answer is ${question.answer}.`,
    expected: question.answer,
  };
}

function checkChronology(question: ChronologyQuestion, response: unknown): AnswerVerdict {
  const expected = expectedText(question);
  if (!Array.isArray(response) || response.some((r) => typeof r !== "string")) {
    return invalid(question, "Give the items as a list, earliest first.");
  }
  const ids = response as string[];
  const known = new Set(question.items.map((i) => i.id));
  if (
    ids.length !== question.correctOrder.length ||
    new Set(ids).size !== ids.length ||
    ids.some((id) => !known.has(id))
  ) {
    return invalid(question, "Place every item exactly once.");
  }
  const misplaced = ids.filter((id, i) => question.correctOrder[i] !== id).length;
  if (misplaced === 0) return { correct: true, code: "exact", reason: "Correct order.", expected };
  return {
    correct: false,
    code: "wrong-order",
    reason: `${misplaced} of ${ids.length} items are out of place. The order is: ${expected}.`,
    expected,
  };
}

function checkMatching(question: MatchingQuestion, response: unknown): AnswerVerdict {
  const expected = expectedText(question);
  if (typeof response !== "object" || response === null || Array.isArray(response)) {
    return invalid(question, "Give one match for each item.");
  }
  const pairs = response as Record<string, unknown>;
  const wrong = question.left.filter((l) => pairs[l.id] !== question.correctPairs[l.id]).length;
  if (wrong === 0) return { correct: true, code: "exact", reason: "All pairs match.", expected };
  return {
    correct: false,
    code: "wrong-pairs",
    reason: `${wrong} of ${question.left.length} pairs are wrong. The pairs are: ${question.answer.join("; ")}.`,
    expected,
  };
}

/** Checks a student's response to any question and says why it is right or wrong. */
export function checkAnswer(
  question: Question,
  response: QuestionResponse | unknown,
): AnswerVerdict {
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
    case "true-false":
      return checkChoice(question, response);
    case "typed":
      return typeof response === "string"
        ? checkTypedAnswer(question, response)
        : invalid(question, "Type your answer as text.");
    case "chronology":
      return checkChronology(question, response);
    case "matching":
      return checkMatching(question, response);
  }
}
