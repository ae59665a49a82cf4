import type { Choice, Question, QuestionTags, QuestionType } from "./types";

/** What the browser may see before answering: no answer, no accepted forms, no sources. */
export interface PublicQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  tags: QuestionTags;
  difficulty: number;
  attribution?: string;
  options?: Choice[];
  items?: Choice[];
  left?: Choice[];
  right?: Choice[];
}

/** Strips answer, accept, explanation, citations, checker data and correct ids/orders. */
export function toPublicQuestion(question: Question): PublicQuestion {
  const base: PublicQuestion = {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    tags: question.tags,
    difficulty: question.difficulty,
  };
  if (question.attribution) base.attribution = question.attribution;
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
    case "true-false":
      return { ...base, options: question.options.map((o) => ({ ...o })) };
    case "typed":
      return base;
    case "chronology":
      return { ...base, items: question.items.map((i) => ({ ...i })) };
    case "matching":
      return {
        ...base,
        left: question.left.map((i) => ({ ...i })),
        right: question.right.map((i) => ({ ...i })),
      };
  }
}
