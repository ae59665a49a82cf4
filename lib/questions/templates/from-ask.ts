import { type Ask, statementWithAttribution, withAttribution } from "../asks/ask";
import {
  citationsOf,
  difficultyOf,
  questionId,
  rngFor,
  TYPE_DIFFICULTY,
  tagsOf,
  toChoices,
} from "../build/question-parts";
import { attributionOf, authorsLabel } from "../facts/labels";
import { hashToUint32 } from "../hash";
import { shuffle } from "../random";
import type { ChoiceQuestion, TrueFalseQuestion, TypedQuestion } from "../types";

const DISTRACTORS = 3;

function templateName(kind: string, ask: Ask): string {
  const field = ask.fact.id.slice(ask.fact.id.indexOf("#") + 1).replace(/-.*$/, "");
  return `${kind}:${ask.fact.record.kind}-${field}:${ask.mode}`;
}

/** The one-line explanation: the true statement and who says it. */
export function explanationOf(ask: Ask): string {
  const statement = statementWithAttribution(ask.attribution, ask.statement(ask.answerPhrase));
  return ask.attribution ? statement : `${statement} (${attributionOf(ask.sources)})`;
}

function common(ask: Ask, id: string, template: string) {
  return {
    id,
    template,
    factIds: [ask.fact.id],
    explanation: explanationOf(ask),
    citations: citationsOf(ask.sources),
    tags: tagsOf([ask.fact], ask.fact.kind),
    ...(ask.attribution ? { attribution: ask.attribution } : {}),
  };
}

/** Four options, one correct, shuffled by the seeded generator; null without 3 distractors. */
export function multipleChoiceFromAsk(ask: Ask, seed: number): ChoiceQuestion | null {
  const template = templateName("choice", ask);
  const id = questionId(template, [ask.fact.id], [ask.answerKey, ask.attribution ?? ""]);
  const rng = rngFor(seed, id);
  const pick = ask.distractors(rng, DISTRACTORS);
  if (pick.texts.length < DISTRACTORS) return null;
  const options = toChoices(id, shuffle([ask.answer, ...pick.texts], rng));
  const correct = options.find((o) => o.text === ask.answer);
  if (!correct) return null;
  return {
    ...common(ask, id, template),
    type: "multiple-choice",
    prompt: withAttribution(ask.attribution, ask.question),
    options,
    answer: ask.answer,
    correctOptionId: correct.id,
    difficulty: difficultyOf(
      TYPE_DIFFICULTY["multiple-choice"],
      pick.closeness,
      ask.fact.obscurity,
    ),
  };
}

/** A true statement, or one with a minimally altered value (chosen by hash, not by seed). */
export function trueFalseFromAsk(ask: Ask): TrueFalseQuestion {
  const template = templateName("true-false", ask);
  const wantFalse =
    hashToUint32(`${ask.fact.id}|${ask.mode}|${ask.answerKey}|${ask.attribution}`) % 2 === 1;
  const alternative = wantFalse ? ask.alternative() : null;
  const truth = alternative === null;
  const shown = alternative ?? ask.answerPhrase;
  const id = questionId(template, [ask.fact.id], [ask.answerKey, ask.attribution ?? "", shown]);
  const statement = statementWithAttribution(ask.attribution, ask.statement(shown));
  return {
    ...common(ask, id, template),
    type: "true-false",
    prompt: `True or false? ${statement}`,
    statement,
    options: [
      { id: "true", text: "True" },
      { id: "false", text: "False" },
    ],
    answer: truth ? "True" : "False",
    correctOptionId: truth ? "true" : "false",
    difficulty: difficultyOf(TYPE_DIFFICULTY["true-false"], truth ? 0.3 : 0.6, ask.fact.obscurity),
    explanation: truth ? `True: ${explanationOf(ask)}` : `False: ${explanationOf(ask)}`,
  };
}

export function typedFromAsk(ask: Ask): TypedQuestion | null {
  const spec = ask.typed;
  if (!spec) return null;
  const template = templateName("typed", ask);
  const id = questionId(template, [ask.fact.id], [ask.answerKey, ask.attribution ?? ""]);
  return {
    ...common(ask, id, template),
    type: "typed",
    prompt: withAttribution(ask.attribution, spec.question),
    answer: spec.answer,
    accept: spec.accept,
    check: spec.check,
    difficulty: difficultyOf(TYPE_DIFFICULTY.typed, 0.5, ask.fact.obscurity),
  };
}

const BLANK = "_____";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function surfacePattern(surface: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, "giu");
}

/** Blanks every surface of the answer in the quote; null when none occurs or the answer leaks. */
export function blankQuote(quote: string, surfaces: readonly string[]): string | null {
  let blanked = quote;
  let found = false;
  const lower = quote.toLowerCase();
  for (const surface of surfaces) {
    // Cheap substring test first: most surfaces do not occur at all.
    if (surface.trim().length < 2 || !lower.includes(surface.toLowerCase())) continue;
    const pattern = surfacePattern(surface);
    if (pattern.test(blanked)) {
      found = true;
      blanked = blanked.replace(surfacePattern(surface), BLANK);
    }
  }
  if (!found) return null;
  // Enough context to make the blank answerable: at least four other words.
  const rest = blanked
    .replaceAll(BLANK, " ")
    .split(/\s+/)
    .filter((w) => /\p{L}{2,}/u.test(w));
  if (rest.length < 4) return null;
  return blanked;
}

/** A cited quote with the asked value blanked; options of the same type. */
export function clozeFromAsk(ask: Ask, seed: number): ChoiceQuestion | null {
  const spec = ask.cloze;
  if (!spec) return null;
  const printed = ask.fact.claims.flatMap((c) => (c.erratum ? [c.erratum.printed] : []));
  for (const ref of ask.sources) {
    // A quote that prints an erratum is never offered for completion.
    if (printed.some((p) => ref.quote.includes(p))) continue;
    const blanked = blankQuote(ref.quote, spec.surfaces);
    if (!blanked) continue;
    const template = templateName("cloze", ask);
    const id = questionId(template, [ask.fact.id], [ask.answerKey, ref.source.id, ref.quote]);
    const rng = rngFor(seed, id);
    const pick = spec.distractors(rng, DISTRACTORS);
    if (pick.texts.length < DISTRACTORS) return null;
    const options = toChoices(id, shuffle([spec.answer, ...pick.texts], rng));
    const correct = options.find((o) => o.text === spec.answer);
    if (!correct) return null;
    return {
      ...common(ask, id, template),
      type: "cloze",
      prompt: `Complete the quotation from ${authorsLabel(ref.source)}: “${blanked}”`,
      options,
      answer: spec.answer,
      correctOptionId: correct.id,
      citations: [{ sourceId: ref.source.id, sourceTitle: ref.source.title, quote: ref.quote }],
      difficulty: difficultyOf(TYPE_DIFFICULTY.cloze, pick.closeness, ask.fact.obscurity),
    };
  }
  return null;
}
