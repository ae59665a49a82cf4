/**
 * More than one defensible answer (AMBIGUOUS or WRONG): a distractor that is also true, a
 * statement keyed False that names a true value, a single year asked of a span of years, a typed
 * question with several true answers of which one is accepted.
 */
import { normaliseForQuote } from "@/lib/content/quotes";
import type { Question, TypedQuestion } from "../../types";
import { factsOf } from "../answers";
import type { LintContext } from "../context";
import { namesOf } from "../course-names";
import type { FactValues } from "../fact-values";
import { distractorsOf, singleAnswerOf } from "../question-text";
import { type Swap, swapOf } from "../swap";
import { containsPhrase, normalise } from "../text-match";
import type { LintRule, RuleFinding } from "../types";
import { numbersIn, sameAmount } from "../value-match";

const ASKS_YEAR = /\b(?:which|what) year\b/i;
/** "On what date …?": a day is asked for. */
const ASKS_DATE = /\b(?:what|which) (?:exact )?date\b/i;

/** The places a place lies in (its region, its country…), by `within`. */
function placesAround(id: string, ctx: LintContext): string[] {
  const out: string[] = [];
  let record = ctx.course.byId.get(id);
  while (record?.kind === "place" && record.within && !out.includes(record.within)) {
    out.push(record.within);
    record = ctx.course.byId.get(record.within);
  }
  return out;
}

/** Ids that are true values of a fact: its records and, for places, the places they lie in. */
function trueIds(values: FactValues, ctx: LintContext): Set<string> {
  return new Set(values.refs.flatMap((r) => [r.id, ...placesAround(r.id, ctx)]));
}

function alsoTrue(text: string, values: FactValues, q: Question, ctx: LintContext): boolean {
  const ids = trueIds(values, ctx);
  if (ctx.names.recordsNamed(text).some((r) => ids.has(r.id))) return true;
  const key = normalise(text);
  if (values.texts.some((t) => normalise(t) === key)) return true;
  if (values.amounts.length > 1 && !q.attribution) {
    const amounts = numbersIn(text);
    return values.amounts.some((a) => amounts.some((n) => sameAmount(n, a.amount)));
  }
  return false;
}

function withoutArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, "");
}

/** A statement without the names of the record it is about. */
function withoutOwnNames(statement: string, values: FactValues): string {
  let out = normaliseForQuote(statement);
  for (const name of values.record ? namesOf(values.record) : []) {
    out = out.split(normaliseForQuote(name)).join(" ");
  }
  return out;
}

/**
 * Why a false statement made by swapping one value is not plainly false: nothing was swapped,
 * the value put in is true as well (or holds the true place), the swap changed something other
 * than the value asked, or the statement still names the true value elsewhere. Other true values
 * of the property may stay in the sentence: they are not what it asserts.
 */
function swapProblem(
  swap: Swap,
  statement: string,
  values: FactValues,
  ctx: LintContext,
): string | null {
  if (swap.shown === "" && swap.replaced === "") {
    return "keyed False, but the statement is the true sentence its explanation gives";
  }
  const ids = trueIds(values, ctx);
  // Records a stretch names: as a whole name, or a name inside it; widened by the shared words
  // around it only for whole names (a name the swap cut into).
  const named = (text: string, wider: readonly string[]) => [
    ...new Set([
      ...ctx.recordsIn(text),
      ...wider.flatMap((t) => ctx.names.recordsNamed(withoutArticle(t))),
    ]),
  ];
  const shownTrue =
    named(swap.shown, swap.shownAround).find((r) => ids.has(r.id)) ??
    (values.texts.some((t) => normalise(t) === normalise(withoutArticle(swap.shown)))
      ? swap.shown
      : undefined);
  if (shownTrue !== undefined) {
    const name = typeof shownTrue === "string" ? shownTrue : (namesOf(shownTrue)[0] ?? "");
    return `keyed False, but “${name}”, put in for “${swap.replaced}”, is also true`;
  }
  const replaced = named(swap.replaced, swap.replacedAround);
  // The asked value, or the record itself when what is asked is one of its names ("BZT is …").
  const asked = replaced.filter(
    (r) => r.id === values.recordId || values.refs.some((v) => v.id === r.id),
  );
  const askedText = values.texts.some((t) =>
    [swap.replaced, ...swap.replacedAround].some((r) => containsPhrase(r, t)),
  );
  if (asked.length === 0 && !askedText) {
    return replaced.length > 0 || swap.replaced === ""
      ? `keyed False, but the statement changes “${swap.replaced || swap.shown}”, not the value asked`
      : null;
  }
  // Outside the subject's own name ("the summit in Hallowmere"): that is what the sentence is about.
  const rest = ctx.recordsIn(withoutOwnNames(statement, values));
  const still = asked.find((r) => rest.some((n) => n.id === r.id));
  return still
    ? `keyed False, but the statement still names the true value “${namesOf(still)[0]}”`
    : null;
}

/** Events one person stands for (a visit, an award): "who took part" has one answer. */
const ONE_PERSON_EVENTS = new Set([
  "official-visit",
  "state-visit",
  "visit",
  "working-visit",
  "award",
  "appointment",
  "election",
  "publication",
]);

/**
 * A prompt that asks, openly, who took part ("Who attended …?", "Which people took part …?"), not
 * one participant singled out ("Which Kessford mayor attended …?").
 */
const OPEN_WHO_TOOK_PART =
  /^(?:according to [^,]+, )?(?:who|which (?:people|persons|participants|leaders|heads of state|officials|politicians|delegates)|which of these (?:people|persons))\b[^?]*\b(?:t(?:ook|ake|aking) part|attend(?:ed|s)?|participat(?:ed|es?)|(?:was|were) (?:present|there))\b/i;

/**
 * Whether a typed question on a property with several values asks for one of them by name: the
 * author's own stem singling out this answer (`say.ask[field] = { question, answer }`), or a
 * prompt that names every other value ("Besides Brine and Kell, which island …?").
 */
function singlesOut(q: TypedQuestion, values: FactValues, ctx: LintContext): boolean {
  const record = values.record;
  const answerIds = new Set(ctx.names.recordsNamed(q.answer).map((r) => r.id));
  const spec = record?.say.ask[values.field];
  if (
    spec &&
    spec.answer !== null &&
    answerIds.has(spec.answer) &&
    normalise(q.prompt).endsWith(normalise(spec.question))
  ) {
    return true;
  }
  const others = values.refs.filter((r) => !answerIds.has(r.id));
  return (
    values.texts.length === 0 &&
    others.length > 0 &&
    others.every((r) => namesOf(r).some((n) => containsPhrase(q.prompt, n)))
  );
}

export const ambiguousAnswer: LintRule = {
  name: "ambiguous-answer",
  description:
    "More than one defensible answer: a distractor that is also true, a false statement naming a true value, one year asked of a span, a typed question with several true answers (AMBIGUOUS/WRONG); a date asked and a year answered (warning).",
  checkQuestion(q, ctx) {
    const errors = moreThanOneAnswer(q, ctx);
    if (errors.length > 0) return errors;
    // The prompt asks for a day, the answer and the options are years: which is meant?
    const answer = singleAnswerOf(q);
    return answer !== null && ASKS_DATE.test(q.prompt) && /^\d{3,4}$/.test(answer.trim())
      ? [
          {
            severity: "warning",
            message: `asks on what date, but the answer is the year ${answer}`,
          },
        ]
      : [];
  },
};

/** The errors: what makes a second answer defensible, the first found. */
function moreThanOneAnswer(q: Question, ctx: LintContext): RuleFinding[] {
  const found = (message: string): RuleFinding[] => [{ severity: "error", message }];
  // A question on several facts (a quotation that states two) keys what is true of all of them:
  // a distractor is also true only if it is true of every one.
  const known = factsOf(q, ctx).filter(
    (v) => v.refs.length + v.texts.length + v.amounts.length > 0,
  );
  for (const distractor of distractorsOf(q)) {
    if (known.length > 0 && known.every((values) => alsoTrue(distractor, values, q, ctx))) {
      return found(`the distractor “${distractor}” is also true per the course`);
    }
  }
  for (const values of factsOf(q, ctx)) {
    const shownAmounts =
      q.type === "true-false"
        ? q.answer === "False"
          ? numbersIn(q.statement)
          : []
        : distractorsOf(q).flatMap(numbersIn);
    for (const truth of values.amounts) {
      const near = shownAmounts.find(
        (n) =>
          !sameAmount(n, truth.amount) &&
          Math.abs(n - truth.amount) < 0.01 * Math.abs(truth.amount),
      );
      if (near !== undefined) {
        return found(`${near} differs from the true ${truth.amount} only by rounding`);
      }
    }
    const swap = q.type === "true-false" && q.answer === "False" ? swapOf(q) : null;
    if (q.type === "true-false" && swap && values.refs.length + values.texts.length > 0) {
      const problem = swapProblem(swap, q.statement, values, ctx);
      if (problem) return found(problem);
    } else if (q.type === "true-false" && q.answer === "False" && values.record) {
      // The explanation does not give the true sentence: any true value the statement names
      // (other than in the subject's own name) may be the one it asserts.
      const statement = withoutOwnNames(q.statement, values);
      const ids = trueIds(values, ctx);
      const named = ctx.recordsIn(statement).find((r) => ids.has(r.id));
      const around = named && !values.refs.some((r) => r.id === named.id);
      if (named && (values.refs.length > 1 || around)) {
        return found(
          around
            ? `keyed False, but the true value lies in “${namesOf(named)[0]}”, which the statement names`
            : `keyed False, but the statement names “${namesOf(named)[0]}”, a true value`,
        );
      }
    }
    if (ASKS_YEAR.test(q.prompt) && values.dates.length > 0) {
      const spans = values.dates.filter(
        (d) => !d.openEnded && d.start.slice(0, 4) !== d.end.slice(0, 4),
      );
      const first = spans[0];
      if (first && spans.length === values.dates.length) {
        return found(
          `asks one year of something that spans ${first.start.slice(0, 4)}–${first.end.slice(0, 4)}`,
        );
      }
    }
    const record = values.record;
    if (
      q.type === "typed" &&
      values.field === "participants" &&
      record?.kind === "event" &&
      !ONE_PERSON_EVENTS.has(record.type) &&
      OPEN_WHO_TOOK_PART.test(q.prompt)
    ) {
      return found(
        `“who took part” in a ${record.type.replace(/-/g, " ")} has many answers; the course records ${values.refs.length}`,
      );
    }
    if (
      q.type === "typed" &&
      values.refs.length + values.texts.length > 1 &&
      !singlesOut(q, values, ctx)
    ) {
      const accepted = [q.answer, ...q.accept.map((a) => a.text)];
      const others = [...values.refs.map((r) => namesOf(r)[0] ?? ""), ...values.texts].filter(
        (name) => !accepted.some((a) => normalise(a) === normalise(name)),
      );
      const wanted = values.refs.length + values.texts.length;
      if (others.length >= wanted - 1 && others.length > 0) {
        return found(`several true answers (${wanted}), but only “${q.answer}” is accepted`);
      }
    }
  }
  return [];
}
