import type { Course } from "@/lib/content/types";
import { type Ask, withAttribution } from "./asks/ask";
import { dateAsks } from "./asks/date-asks";
import { numberAsks } from "./asks/number-asks";
import { refAsks } from "./asks/ref-asks";
import { textAsks } from "./asks/text-asks";
import { balanceBank } from "./balance-bank";
import { buildCourseIndex } from "./facts/course-index";
import { extractFacts } from "./facts/extract-facts";
import type { Fact } from "./facts/fact";
import { compactText, containsPhrase, normaliseText } from "./normalise-text";
import { chronologyQuestions, datedItems, whichCameFirstQuestions } from "./templates/chronology";
import { disagreementQuestions } from "./templates/disagreement";
import {
  clozeFromAsk,
  multipleChoiceFromAsk,
  trueFalseFromAsk,
  typedFromAsk,
} from "./templates/from-ask";
import { matchingQuestions, matchingRelations } from "./templates/matching";
import type { GenerateOptions, Question } from "./types";

export function asksOf(course: Course, fact: Fact): Ask[] {
  switch (fact.valueType) {
    case "date":
      return dateAsks(fact);
    case "ref":
      return refAsks(course, fact);
    case "text":
      return textAsks(fact);
    case "number":
      return numberAsks(fact);
  }
}

/**
 * True when the voice this ask speaks for also gives another value of the same fact: the same
 * source in its own words, or the same claimant reported ("According to X, as reported by Y").
 * A source reporting two people's different claims is two voices, not a contradiction.
 */
function sharesSourceWithRival(ask: Ask, asks: readonly Ask[]): boolean {
  if (ask.attribution === null) return false;
  const reported = (a: Ask) => a.attribution?.includes(", as reported by ") ?? false;
  const ids = new Set(ask.sources.map((s) => s.source.id));
  return asks.some(
    (other) =>
      other !== ask &&
      other.answerKey !== ask.answerKey &&
      other.attribution !== null &&
      reported(other) === reported(ask) &&
      (reported(ask)
        ? other.attribution === ask.attribution
        : other.sources.some((s) => ids.has(s.source.id))),
  );
}

/** The question names its own answer (or a spelling of it): "… in Alma-Ata took place in Almaty". */
function givesAnswerAway(ask: Ask): boolean {
  const prompt = withAttribution(ask.attribution, ask.question);
  return ask.surfaces.some(
    (surface) => normaliseText(surface).length >= 3 && containsPhrase(prompt, surface),
  );
}

function questionsOfFact(course: Course, fact: Fact, seed: number): Question[] {
  const all = asksOf(course, fact);
  // "According to X, …" when X itself gives two values has two right answers: ask neither as X's.
  const asks = all.filter((ask) => !givesAnswerAway(ask) && !sharesSourceWithRival(ask, all));
  const out: Question[] = [];
  for (const ask of asks) {
    const choice = multipleChoiceFromAsk(ask, seed);
    if (choice) out.push(choice);
    const typed = typedFromAsk(ask);
    if (typed) out.push(typed);
    const cloze = clozeFromAsk(ask, seed, course.title);
    if (cloze) out.push(cloze);
    const trueFalse = trueFalseFromAsk(ask);
    if (trueFalse) out.push(trueFalse);
  }
  if (fact.disputed) out.push(...disagreementQuestions(asks, seed));
  return out;
}

function answerText(question: Question): string {
  return Array.isArray(question.answer) ? question.answer.join(" ") : question.answer;
}

/** A choice, cloze or typed question must not contain its own answer in the prompt. */
function leaksAnswer(question: Question): boolean {
  if (
    question.type === "true-false" ||
    question.type === "chronology" ||
    question.type === "matching"
  ) {
    return false;
  }
  if (question.type === "which-came-first") return false;
  const answer = compactText(answerText(question));
  if (answer.length < 4) return false;
  const prompt = compactText(question.prompt);
  if (prompt.includes(answer)) return true;
  return (
    question.type === "typed" &&
    question.accept.some((a) => {
      const alt = compactText(a.text);
      return alt.length >= 4 && prompt.includes(alt);
    })
  );
}

const KEY_ORDER = [
  "id",
  "type",
  "template",
  "prompt",
  "statement",
  "options",
  "items",
  "left",
  "right",
  "answer",
  "accept",
  "correctOptionId",
  "correctOrder",
  "correctPairs",
  "check",
  "attribution",
  "factIds",
  "explanation",
  "citations",
  "tags",
  "difficulty",
];

/** The same keys in a reading order (id, type, prompt, options, answer, …) for exports. */
function inReadingOrder(question: Question): Question {
  const source = question as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (key in source) out[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key];
  return out as unknown as Question;
}

/**
 * Drops repeats: the same id, or the same type with the same prompt (the first is kept). A
 * repeat with the same answer tests the same thing, so the kept question takes its fact ids.
 */
function dedupe(questions: readonly Question[]): Question[] {
  const ids = new Set<string>();
  const byPrompt = new Map<string, Question>();
  const out: Question[] = [];
  for (const q of questions) {
    const grouped =
      q.type === "chronology" || q.type === "matching" || q.type === "which-came-first";
    const promptKey = `${q.type}|${compactText(q.prompt)}${grouped ? `|${q.id}` : ""}`;
    const kept = byPrompt.get(promptKey);
    if (kept) {
      if (compactText(answerText(kept)) === compactText(answerText(q))) {
        for (const id of q.factIds) if (!kept.factIds.includes(id)) kept.factIds.push(id);
      }
      continue;
    }
    if (ids.has(q.id)) continue;
    ids.add(q.id);
    byPrompt.set(promptKey, q);
    out.push(q);
  }
  return out;
}

/**
 * The whole question bank of a course. Pure and deterministic: the same course and seed give
 * the same bank; ids do not depend on the seed.
 */
export function generateQuestionBank(course: Course, options: GenerateOptions): Question[] {
  const seed = options.seed;
  const index = buildCourseIndex(course);
  const facts = extractFacts(index);
  const questions: Question[] = [];
  for (const fact of facts) questions.push(...questionsOfFact(course, fact, seed));
  const dated = datedItems(facts);
  questions.push(...chronologyQuestions(dated, seed));
  questions.push(...whichCameFirstQuestions(dated, seed));
  questions.push(...matchingQuestions(matchingRelations(facts), seed));
  const sound = dedupe(questions.filter((q) => !leaksAnswer(q)));
  return balanceBank(sound).map(inReadingOrder);
}

/** Every askable fact id of a course (for coverage checks and reports). */
export function factIdsOf(course: Course): string[] {
  return extractFacts(buildCourseIndex(course)).map((f) => f.id);
}
