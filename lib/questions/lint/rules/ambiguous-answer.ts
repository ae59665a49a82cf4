/**
 * More than one defensible answer (AMBIGUOUS or WRONG): a distractor that is also true, a
 * statement keyed False that names a true value, a single year asked of a span of years, a typed
 * question with several true answers of which one is accepted.
 */
import { normaliseForQuote } from "@/lib/content/quotes";
import type { Question } from "../../types";
import { factsOf } from "../answers";
import type { LintContext } from "../context";
import { namesOf } from "../course-names";
import type { FactValues } from "../fact-values";
import { distractorsOf } from "../question-text";
import { normalise } from "../text-match";
import type { LintRule, RuleFinding } from "../types";
import { numbersIn, sameAmount } from "../value-match";

const ASKS_YEAR = /\b(?:which|what) year\b/i;

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

export const ambiguousAnswer: LintRule = {
  name: "ambiguous-answer",
  description:
    "More than one defensible answer: a distractor that is also true, a false statement naming a true value, one year asked of a span, a typed question with several true answers (AMBIGUOUS/WRONG).",
  checkQuestion(q, ctx) {
    const found = (message: string): RuleFinding[] => [{ severity: "error", message }];
    for (const values of factsOf(q, ctx)) {
      for (const distractor of distractorsOf(q)) {
        if (alsoTrue(distractor, values, q, ctx)) {
          return found(`the distractor “${distractor}” is also true per the course`);
        }
      }
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
      if (q.type === "true-false" && q.answer === "False" && values.record) {
        let statement = normaliseForQuote(q.statement);
        for (const name of namesOf(values.record)) {
          statement = statement.split(normaliseForQuote(name)).join(" ");
        }
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
        !ONE_PERSON_EVENTS.has(record.type)
      ) {
        return found(
          `“who took part” in a ${record.type.replace(/-/g, " ")} has many answers; the course records ${values.refs.length}`,
        );
      }
      if (q.type === "typed" && values.refs.length + values.texts.length > 1) {
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
  },
};
