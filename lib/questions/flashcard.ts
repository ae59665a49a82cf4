import type { Question } from "./types";

export interface Flashcard {
  front: string;
  back: string;
}

/** The correct answer as readable text: an ordered list for chronology, one pair a line for matching. */
export function answerText(question: Question): string {
  switch (question.type) {
    case "chronology":
      return question.answer.map((a, i) => `${i + 1}. ${a}`).join("\n");
    case "matching":
      return question.answer.join("\n");
    default:
      return question.answer;
  }
}

/** Plain-text front and back for flashcard mode; options become a list on the front. */
export function toFlashcard(question: Question): Flashcard {
  const lines = (items: readonly { text: string }[]) => items.map((i) => `• ${i.text}`).join("\n");
  let front = question.prompt;
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
      front = `${question.prompt}\n${lines(question.options)}`;
      break;
    case "chronology":
      front = `${question.prompt}\n${lines(question.items)}`;
      break;
    case "matching":
      front = `${question.prompt}\n${lines(question.left)}`;
      break;
  }
  // A true/false explanation already starts with "True:" or "False:".
  if (question.type === "true-false") return { front, back: question.explanation };
  return { front, back: `${answerText(question)}\n\n${question.explanation}` };
}
