import { answerText } from "@/lib/questions/flashcard";
import type { Citation, Question, QuestionType } from "@/lib/questions/types";

/** A question as a report page shows it: everything a teacher needs to judge the report. */
export interface ReportedQuestionView {
  type: QuestionType | string;
  prompt: string;
  /** What the student chose from or ordered (none for a typed question). */
  optionGroups: { label: string; items: string[] }[];
  /** The correct answer, one line per item for an order or pairs. */
  answer: string;
  explanation: string | null;
  citations: Citation[];
  /** False when the bank no longer has the question: what the reporter saw, from the report. */
  inBank: boolean;
}

const texts = (choices: readonly { text: string }[]) => choices.map((c) => c.text);

/** The bank's question, in full. */
export function questionView(question: Question): ReportedQuestionView {
  const groups: ReportedQuestionView["optionGroups"] = [];
  switch (question.type) {
    case "multiple-choice":
    case "cloze":
    case "which-came-first":
    case "true-false":
      groups.push({ label: "Options", items: texts(question.options) });
      break;
    case "chronology":
      groups.push({ label: "Items to order", items: texts(question.items) });
      break;
    case "matching":
      groups.push({ label: "To match", items: texts(question.left) });
      groups.push({ label: "With", items: texts(question.right) });
      break;
    case "typed":
      break;
  }
  return {
    type: question.type,
    prompt: question.prompt,
    optionGroups: groups,
    answer: answerText(question),
    explanation: question.explanation,
    citations: question.citations,
    inBank: true,
  };
}

/** A retired (or changed beyond recognition) question, from the report's snapshot. */
export function snapshotView(snapshot: {
  prompt: string;
  answer: string;
  questionType: string;
}): ReportedQuestionView {
  return {
    type: snapshot.questionType,
    prompt: snapshot.prompt,
    optionGroups: [],
    answer: snapshot.answer,
    explanation: null,
    citations: [],
    inBank: false,
  };
}
