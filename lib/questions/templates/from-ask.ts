import type { Claim } from "@/lib/content/types";
import { type Ask, statementWithAttribution, withAttribution } from "../asks/ask";
import { attributionOf, authorsLabel, capitalise } from "../facts/wording";
import { hashToUint32 } from "../hash";
import { compactText, containsPhrase, normaliseText } from "../normalise-text";
import {
  citationsOf,
  difficultyOf,
  questionId,
  rngFor,
  TYPE_DIFFICULTY,
  tagsOf,
  toChoices,
} from "../parts/question-parts";
import { shuffle } from "../random";
import type { ChoiceQuestion, TrueFalseQuestion, TypedQuestion } from "../types";

const DISTRACTORS = 3;

function templateName(kind: string, ask: Ask): string {
  return `${kind}:${ask.fact.record.kind}-${ask.fact.property.replace(/\.\d+$/, "")}:${ask.mode}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The surface as a whole word or name (not inside another word), case-insensitive. */
function surfacePattern(surface: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, "giu");
}

function occurrences(text: string, surface: string): number {
  if (surface.trim().length < 2 || !text.toLowerCase().includes(surface.toLowerCase())) return 0;
  return text.match(surfacePattern(surface))?.length ?? 0;
}

/**
 * The author's sentence, when it states this answer and every source agrees (an attributed
 * figure that nobody disputes is still stated in the author's words).
 */
function authoredStatement(ask: Ask): string | null {
  const statement = ask.fact.authoredStatement;
  if (statement === null || ask.fact.disputed) return null;
  // It states the answer when it names the value in any of its forms (a name variant, "1,200").
  return ask.surfaces.some((s) => containsPhrase(statement, s)) ? statement : null;
}

function withPeriod(text: string): string {
  return /[.!?]["”’)]?$/.test(text) ? text : `${text}.`;
}

/**
 * The explanation: a sentence that states the fact asked — the author's own sentence when it
 * states this answer, else the template's — with who says it when sources disagree, and why the
 * value is known when it is inferred.
 */
export function explanationOf(ask: Ask): string {
  const statement =
    authoredStatement(ask) ??
    (ask.statement === null
      ? `${withAttribution(ask.attribution, ask.question)} ${capitalise(ask.answer)}.`
      : statementWithAttribution(ask.attribution, ask.statement(ask.answerPhrase)));
  // A quote shown as evidence may print a misprint: say so, or the evidence seems to contradict.
  const asked = new Set(ask.sources.map((s) => s.quote));
  const errata = (ask.fact.claims as readonly Claim<unknown>[]).flatMap((claim) =>
    claim.erratum && claim.sources.some((s) => asked.has(s.quote))
      ? [
          `${attributionOf(claim.sources)} prints “${claim.erratum.printed}”: ${claim.erratum.reason}`,
        ]
      : [],
  );
  return [statement, ask.fact.inference, ...errata]
    .filter((part): part is string => part !== null)
    .map(withPeriod)
    .join(" ");
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

/**
 * True or false, made only from the author's sentence: as written (true), or with the asked
 * name replaced by a plausible wrong one (false, chosen by hash). Null when the sentence does
 * not name the answer exactly once, or the value is a date, a figure or a set: swapping those
 * inside a sentence would put invented precision in a student's head.
 */
export function trueFalseFromAsk(ask: Ask): TrueFalseQuestion | null {
  if (ask.fact.valueType !== "ref" || ask.mode === "set") return null;
  const statement = authoredStatement(ask);
  if (statement === null || occurrences(statement, ask.answer) !== 1) return null;
  // Another name of the value left in the sentence ("Alma-Ata") would contradict the swap.
  const named = ask.surfaces.reduce((n, s) => n + occurrences(statement, s), 0);
  const nested = ask.surfaces.filter((s) => compactText(ask.answer).includes(compactText(s)));
  if (named !== nested.reduce((n, s) => n + occurrences(statement, s), 0)) return null;
  const template = templateName("true-false", ask);
  const wantFalse = hashToUint32(`${ask.fact.id}|${ask.answerKey}`) % 2 === 1;
  const alternative = wantFalse ? ask.alternative() : null;
  const shown =
    alternative === null
      ? statement
      : statement.replace(surfacePattern(ask.answer), () => alternative);
  const truth = alternative === null;
  const id = questionId(template, [ask.fact.id], [ask.answerKey, truth ? "" : alternative]);
  return {
    ...common(ask, id, template),
    type: "true-false",
    prompt: `True or false? ${shown}`,
    statement: shown,
    options: [
      { id: "true", text: "True" },
      { id: "false", text: "False" },
    ],
    answer: truth ? "True" : "False",
    correctOptionId: truth ? "true" : "false",
    difficulty: difficultyOf(TYPE_DIFFICULTY["true-false"], truth ? 0.3 : 0.6, ask.fact.obscurity),
    explanation: `${truth ? "True" : "False"}: ${explanationOf(ask)}`,
  };
}

/** A typed answer: a year or a name. Typing a figure to the decimal is not worth learning. */
export function typedFromAsk(ask: Ask): TypedQuestion | null {
  const spec = ask.typed;
  if (!spec || ask.fact.valueType === "number") return null;
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
/** Words of context a blanked quotation keeps, at least, so it means something. */
const MIN_CONTEXT_WORDS = 8;
/**
 * A quotation that opens by pointing back at what came before it in the source, or in the
 * middle of a phrase ("of the President …", "and …"): a fragment, not a sentence to complete.
 */
const REFERS_BACK =
  /^\W*(?:these|this|those|its|their|they|it|he|she|his|her|of|and|or|but|which|whose|who)\b/i;
/** "of that same year", "the following year": a date the quotation leaves to what came before. */
const POINTS_BACK =
  /\b(?:that|the) same (?:year|month|day)\b|\bthat year\b|\bthe following year\b(?![\s,]*\d)/i;
/** More numbers than this and a quotation is a list (of visits, of years), not a sentence. */
const MAX_NUMBERS_IN_QUOTE = 5;

/**
 * The quote with the answer blanked once; null unless the answer occurs exactly once (counting
 * every surface: "Kell" inside "Kell-Osk" would give it away), the blank is not a word of
 * `givenAway` (the course title), and enough words remain to make sense of it.
 */
export function blankQuote(
  quote: string,
  surfaces: readonly string[],
  givenAway = "",
): { blanked: string; surface: string } | null {
  const present = surfaces.filter((s) => occurrences(quote, s) > 0);
  const longest = present[0];
  if (longest === undefined) return null;
  // Every present surface must be this one occurrence (a shorter surface inside the longer).
  const total = present.reduce((n, s) => n + occurrences(quote, s), 0);
  const nested = present.filter((s) => compactText(longest).includes(compactText(s))).length;
  if (occurrences(quote, longest) !== 1 || total !== nested) return null;
  if (givenAway !== "" && compactText(givenAway).includes(compactText(longest))) return null;
  // A list of dates or figures is not a sentence to complete; nor is one that refers back to
  // something it does not give ("These are …", "Its goal …").
  if ((quote.match(/\d+/g) ?? []).length > MAX_NUMBERS_IN_QUOTE) return null;
  if ((quote.match(/\b\d{4}\b/g) ?? []).length >= 3) return null;
  if (REFERS_BACK.test(quote) || POINTS_BACK.test(quote)) return null;
  const blanked = quote.replace(surfacePattern(longest), BLANK);
  const rest = blanked
    .replaceAll(BLANK, " ")
    .split(/\s+/)
    .filter((w) => /\p{L}{2,}/u.test(w));
  return rest.length < MIN_CONTEXT_WORDS ? null : { blanked, surface: longest };
}

/** A cited quote with the asked value blanked; options of the same kind. */
export function clozeFromAsk(ask: Ask, seed: number, courseTitle: string): ChoiceQuestion | null {
  const spec = ask.cloze;
  if (!spec || ask.mode === "set") return null;
  const printed = ask.fact.claims.flatMap((c) => (c.erratum ? [c.erratum.printed] : []));
  const surfaces = [...spec.surfaces].sort((a, b) => b.length - a.length);
  for (const ref of ask.sources) {
    // A quote that prints an erratum, or that its author marked as reading badly, is never
    // offered for completion.
    if (ref.cloze === false || printed.some((p) => ref.quote.includes(p))) continue;
    // "Complete the quotation from X" whose blank is X's own name gives itself away.
    const author = normaliseText(authorsLabel(ref.source));
    if (surfaces.some((s) => author.includes(normaliseText(s).split(" ").at(-1) ?? "\u0000")))
      continue;
    const found = blankQuote(ref.quote, surfaces, courseTitle);
    // The completed quotation must read as the source wrote it: the blank is the answer's words.
    if (!found || compactText(found.surface) !== compactText(spec.answer)) continue;
    const blanked = found.blanked;
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
