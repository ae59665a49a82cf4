import type { Question } from "./types";

export interface Flashcard {
  front: string;
  back: string;
}

/** Plain-text front and back for flashcard mode; options become a list on the front. */
export function toFlashcard(question: Question): Flashcard {
  const lines = (items: readonly { text: string }[]) => items.map((i) => `• ${i.text}`).join("\n");
  let front = question.prompt;
  let answer: string;
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
      front = `${question.prompt}\n${lines(question.options)}`;
      answer = question.answer;
      break;
    case "true-false":
      answer = question.answer;
      break;
    case "typed":
      answer = question.answer;
      break;
    case "chronology":
      front = `${question.prompt}\n${lines(question.items)}`;
      answer = question.answer.map((a, i) => `${i + 1}. ${a}`).join("\n");
      break;
    case "matching":
      front = `${question.prompt}\n${lines(question.left)}`;
      answer = question.answer.join("\n");
      break;
  }
  // A true/false explanation already starts with "True:" or "False:".
  if (question.type === "true-false") return { front, back: question.explanation };
  return { front, back: `${answer}\n\n${question.explanation}` };
}
