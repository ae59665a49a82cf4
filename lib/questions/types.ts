import type { CalendarDate } from "./parse-date";
import type { Quantity } from "./parse-quantity";

export const QUESTION_TYPES = [
  "multiple-choice",
  "true-false",
  "typed",
  "chronology",
  "which-came-first",
  "matching",
  "cloze",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What a question is about, for deck building and reporting. */
export const QUESTION_KINDS = [
  "dates",
  "signatories",
  "documents",
  "places",
  "projects",
  "organisations",
  "figures",
  "people",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuestionTags {
  themes: string[];
  /** Decades of the facts asked, e.g. ["1990s"]; empty when undated. */
  periods: string[];
  kind: QuestionKind;
  /** Author tags carried over from the records. */
  extra: string[];
}

export interface Citation {
  sourceId: string;
  sourceTitle: string;
  quote: string;
}

/** An option or an item the student picks or orders; its id is stable and reveals nothing. */
export interface Choice {
  id: string;
  text: string;
}

export interface QuestionBase {
  /** Stable across seeds and unrelated dataset edits: hash of fact ids, template and asked values. */
  id: string;
  type: QuestionType;
  /** Which generator template made it (e.g. "document-date-year"). */
  template: string;
  prompt: string;
  factIds: string[];
  explanation: string;
  citations: Citation[];
  tags: QuestionTags;
  /** 0 (easy) … 1 (hard): closeness of distractors and obscurity of the fact. */
  difficulty: number;
  /** Set when the asked value is disputed and the question is attributed to named sources. */
  attribution?: string;
}

export interface ChoiceQuestion extends QuestionBase {
  type: "multiple-choice" | "cloze" | "which-came-first";
  options: Choice[];
  /** The correct option's text. */
  answer: string;
  correctOptionId: string;
}

export interface TrueFalseQuestion extends QuestionBase {
  type: "true-false";
  /** The statement to judge (also quoted in the prompt). */
  statement: string;
  options: Choice[];
  /** "True" or "False". */
  answer: string;
  correctOptionId: "true" | "false";
}

export type AcceptCode =
  | "variant"
  | "acronym"
  | "full-name"
  | "other-period-name"
  | "surname"
  | "short-name";

export interface AcceptedAnswer {
  text: string;
  code: AcceptCode;
  /** e.g. "the city's name 2019–2022". */
  note?: string;
}

/** Everything the checker needs for a typed answer; server-side only. */
export interface TypedCheck {
  answerKind: "text" | "year" | "date" | "number";
  /** For text answers about a person, a bare surname may be enough. */
  entityKind?: "person" | "place" | "organisation" | "project" | "document" | "event" | "other";
  date?: CalendarDate;
  /** Equivalent readings of the expected figure, e.g. 250 900 000 USD and a bare 250.9. */
  quantities?: Quantity[];
  /** Names of other entities of the same kind: typing one of them is a clear, explained rejection. */
  confusables: string[];
  /**
   * Normalised words an answer may carry besides the name without naming something else: the
   * words of the record's type and of its names' generic heads, derived from the course when the
   * bank is made ("pipeline" for a pipeline: "the BTC pipeline" is "BTC"). Never removed from the
   * expected answer: short forms are in `accept` only when unambiguous.
   */
  genericWords?: string[];
}

export interface TypedQuestion extends QuestionBase {
  type: "typed";
  /** The canonical answer. */
  answer: string;
  accept: AcceptedAnswer[];
  check: TypedCheck;
}

export interface ChronologyQuestion extends QuestionBase {
  type: "chronology";
  /** Items in presentation (shuffled) order. */
  items: Choice[];
  /** Item texts, earliest first. */
  answer: string[];
  correctOrder: string[];
}

export interface MatchingQuestion extends QuestionBase {
  type: "matching";
  left: Choice[];
  /** Shuffled. */
  right: Choice[];
  /** "left → right" lines in left order. */
  answer: string[];
  /** left id → right id. */
  correctPairs: Record<string, string>;
}

export type Question =
  | ChoiceQuestion
  | TrueFalseQuestion
  | TypedQuestion
  | ChronologyQuestion
  | MatchingQuestion;

export type AnswerCode =
  | "exact"
  | "variant"
  | "acronym"
  | "full-name"
  | "other-period-name"
  | "surname"
  | "short-name"
  | "near-miss"
  | "date"
  | "year"
  | "number"
  | "wrong"
  | "wrong-option"
  | "wrong-year"
  | "wrong-month"
  | "wrong-day"
  | "imprecise"
  | "wrong-number"
  | "wrong-unit"
  | "other-entity"
  | "similar-name"
  | "ambiguous"
  | "wrong-order"
  | "wrong-pairs"
  | "empty"
  | "invalid";

export interface AnswerVerdict {
  correct: boolean;
  /** A sentence for the student. */
  reason: string;
  code: AnswerCode;
  spellingWarning?: boolean;
  /** The expected answer, as text. */
  expected: string;
}

export interface GenerateOptions {
  seed: number;
}
