import type { SourceRef } from "@/lib/content/types";
import type { Fact } from "../facts/fact";
import type { Rng } from "../random";
import type { AcceptedAnswer, TypedCheck } from "../types";

/** Distractors picked for one question, with how close (0–1) they are to the answer. */
export interface DistractorPick {
  texts: string[];
  closeness: number;
}

/**
 * One value of one fact, asked one way (e.g. the year of a document as one source gives it).
 * Every template (choice, true/false, typed, cloze) is built from asks, so the soundness rules
 * — attribution, errata, precision, never-true distractors — live in one place per value type.
 */
export interface Ask {
  fact: Fact;
  /** "year", "exact", "value": distinguishes asks of the same fact in ids and templates. */
  mode: string;
  /** The question, without attribution. */
  question: string;
  /** The correct value as shown. */
  answer: string;
  /** The answer as it reads inside `statement` ("on 24 May 2005" for a date). */
  answerPhrase: string;
  /** The semantic value, for stable ids (e.g. an ISO date or a record id). */
  answerKey: string;
  /** Every way of writing the answer: a question whose prompt contains one gives it away. */
  surfaces: string[];
  /** Named sources when the fact is disputed ("Ospanova and Agaeva"), else null. */
  attribution: string | null;
  sources: SourceRef[];
  /** Picks `count` same-type distractors that are false under every source. */
  distractors(rng: Rng, count: number): DistractorPick;
  /** A deterministic plausible false value (for true/false), or null. */
  alternative(): string | null;
  /** The fact as a sentence with the given value. */
  statement: ((value: string) => string) | null;
  typed: TypedSpec | null;
  cloze: ClozeSpec | null;
}

export interface TypedSpec {
  question: string;
  answer: string;
  accept: AcceptedAnswer[];
  check: TypedCheck;
}

export interface ClozeSpec {
  /** Texts that stand for the answer in a quote, longest first. */
  surfaces: string[];
  /** The option text of the correct answer. */
  answer: string;
  distractors(rng: Rng, count: number): DistractorPick;
}

/** First words of a question that are not names, so they take a small letter after "According to X, ". */
const QUESTION_OPENERS =
  /^(In|On|At|By|For|From|To|Of|With|Without|Within|Through|During|Before|After|Since|Until|Between|Besides|Under|About|Around|When|Where|Who|Whom|Whose|Which|What|Why|How|Did|Does|Do|Was|Were|Is|Are|Has|Have|Had)\b/;

/** "According to Varrow, …" */
export function withAttribution(attribution: string | null, question: string): string {
  if (!attribution) return question;
  const lowered = QUESTION_OPENERS.test(question)
    ? question.charAt(0).toLowerCase() + question.slice(1)
    : question;
  return `According to ${attribution}, ${lowered}`;
}

export function statementWithAttribution(attribution: string | null, statement: string): string {
  return attribution ? `According to ${attribution}: ${statement}` : statement;
}
