/**
 * Values the sources do not support (WRONG): a misprinted value offered, an answer the course marks
 * as outside knowledge, a misprinted spelling offered, a disputed value asked as plain fact, a
 * reported claim asked as the source author's own.
 *
 * Reads, when present, what the content model is gaining: `basis: { <field>: { outside } |
 * { inferred } }` on records, `misprint: true` on name variants, `reportedBy` on claims.
 */
import type { Claim, DateValue, FigureValue } from "@/lib/content/types";
import { MONTH_NAMES } from "../../parse-date";
import type { Question } from "../../types";
import { answerRecordsOf, factsOf } from "../answers";
import type { LintContext } from "../context";
import { misprintNamesOf, namesOf } from "../course-names";
import { type FactValues, parseFactId } from "../fact-values";
import { choicesOf, singleAnswerOf } from "../question-text";
import { containsPhrase, normalise } from "../text-match";
import type { LintRule, RuleFinding } from "../types";
import {
  mentionsDate,
  numbersIn,
  parseWrittenDate,
  sameAmount,
  writtenDatesOf,
} from "../value-match";

export interface FieldBasis {
  outside?: string;
  inferred?: string;
}

/**
 * The author's note on where a field's value comes from (`basis`), if the record has one: the
 * field's own path or a path above it ("roles.0" covers "roles.0.period").
 */
export function basisOf(values: FactValues): FieldBasis | null {
  const record = values.record;
  if (record === null) return null;
  const field = values.field;
  const entry = Object.entries(record.basis).find(
    ([path]) => field === path || field.startsWith(`${path}.`),
  )?.[1];
  if (entry === undefined) return null;
  return entry.kind === "outside" ? { outside: entry.reason } : { inferred: entry.reason };
}

/** A claim's note saying someone else made it ("Claimed by …", "Researcher X's figure"). */
const REPORTED_NOTE =
  /\bclaim(?:ed|s)?\b|['’]s (?:figure|estimate|claim|count)\b|\bfigure\b[^.]*\b(?:named|gave|cited|quoted)\b|\breported by\b|\bestimated by\b/i;

/** Who made a reported claim, as the names a prompt should show; null when it is the source's own. */
function claimantOf(claim: Claim<unknown>, ctx: LintContext): string[] | null {
  const given = claim.reportedBy === null ? [] : [claim.reportedBy];
  const fromRecords = (text: string) =>
    ctx
      .recordsIn(text)
      .filter((r) => r.kind === "person" || r.kind === "organisation")
      .flatMap((r) => [
        ...namesOf(r),
        ...(r.kind === "person" ? ctx.names.uniqueSurnamesOf(r) : []),
      ]);
  if (given.length > 0) {
    return given.flatMap((g) => {
      const record = ctx.course.byId.get(g);
      return record ? namesOf(record) : [g, ...fromRecords(g)];
    });
  }
  if (claim.note && REPORTED_NOTE.test(claim.note)) return fromRecords(claim.note);
  return null;
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}’` : `${name}’s`;
}

function authorKeys(claim: Claim<unknown>): string[] {
  return claim.sources.flatMap((s) => [
    s.source.id,
    ...s.source.authors.map((a) => a.split(/[\s,]+/)[0] ?? ""),
  ]);
}

/** What the question asserts as true, as texts (nothing for a statement keyed False). */
function assertedTexts(q: Question): string[] {
  if (q.type === "true-false") return q.answer === "True" ? [q.statement] : [];
  const answer = singleAnswerOf(q);
  return answer === null ? [] : [answer];
}

function asserts(texts: readonly string[], value: unknown, ctx: LintContext): boolean {
  if (typeof value === "object" && value !== null && "amount" in value) {
    const amount = (value as FigureValue).amount;
    return texts.some((t) => numbersIn(t).some((n) => sameAmount(n, amount)));
  }
  if (typeof value === "object" && value !== null && "precision" in value) {
    return texts.some((t) => writtenDatesOf(value as DateValue).some((d) => mentionsDate(t, d)));
  }
  if (typeof value === "string") {
    const record = ctx.course.byId.get(value);
    return record ? texts.some((t) => namesOf(record).some((n) => containsPhrase(t, n))) : false;
  }
  return false;
}

const PRECISION = { none: 0, year: 1, month: 2, day: 3 } as const;
type Precision = keyof typeof PRECISION;

/** How finely all claims of a date agree: the same day, month, year, or not even that. */
function agreedPrecision(dates: readonly DateValue[]): Precision {
  const at = (length: number) => new Set(dates.map((d) => d.start.slice(0, length))).size === 1;
  const exact = dates.every((d) => d.precision === "day") && at(10);
  if (exact) return "day";
  if (dates.every((d) => d.precision === "day" || d.precision === "month") && at(7)) return "month";
  if (dates.every((d) => d.start.slice(0, 4) === d.end.slice(0, 4)) && at(4)) return "year";
  return "none";
}

const DAY_IN_TEXT = new RegExp(`\\b\\d{1,2} (?:${MONTH_NAMES.join("|")}) \\d{3,4}\\b`);
const MONTH_IN_TEXT = new RegExp(`\\b(?:${MONTH_NAMES.join("|")}) \\d{3,4}\\b`);

/** A disputed date asked only as precisely as every source agrees ("in which year", when all say 2006). */
function askedAtAgreedPrecision(q: Question, values: FactValues): boolean {
  if (values.dates.length === 0) return false;
  const answer = singleAnswerOf(q);
  let asked: Precision = "year";
  if (answer !== null) {
    const date = parseWrittenDate(answer);
    if (!date) return false;
    asked = date.day !== undefined ? "day" : date.month !== undefined ? "month" : "year";
  } else if (q.type === "true-false") {
    asked = DAY_IN_TEXT.test(q.statement)
      ? "day"
      : MONTH_IN_TEXT.test(q.statement)
        ? "month"
        : "year";
  }
  return PRECISION[asked] <= PRECISION[agreedPrecision(values.dates)];
}

const ATTRIBUTED =
  /\baccording to\b|\bdisagree|\bdiffer\b|\bclaim(?:s|ed)?\b|\bsays?\b|\bgives?\b/i;

export const unsupportedValue: LintRule = {
  name: "unsupported-value",
  description:
    "A value the sources do not support: a misprint offered, outside knowledge, a disputed value as plain fact, a reported claim as the author's own (WRONG).",
  checkQuestion(q, ctx) {
    const found = (message: string): RuleFinding[] => [{ severity: "error", message }];
    const offered = [
      ...choicesOf(q),
      ...(q.type === "true-false" ? [q.statement] : []),
      ...(singleAnswerOf(q) === null ? [] : [singleAnswerOf(q) ?? ""]),
    ];
    const facts = factsOf(q, ctx);
    for (const values of facts) {
      const basis = basisOf(values);
      if (basis?.outside !== undefined) {
        return found(
          `the course marks ${values.field} of “${values.recordId}” as outside the sources (${basis.outside})`,
        );
      }
      for (const claim of values.claimed?.claims ?? []) {
        const printed = claim.erratum?.printed;
        if (!printed) continue;
        const shown = offered.find((t) => containsPhrase(t, printed));
        if (shown !== undefined) {
          return found(`offers the misprinted value “${printed}” (the course corrects it)`);
        }
      }
    }
    const misprints = [...facts.flatMap((v) => v.refs), ...answerRecordsOf(q, ctx)].flatMap(
      misprintNamesOf,
    );
    const misprint = misprints.find((m) => offered.some((t) => normalise(t) === normalise(m)));
    if (misprint) return found(`offers the misprinted spelling “${misprint}”`);

    if (q.type === "chronology" || q.type === "matching" || q.type === "which-came-first")
      return [];
    const asserted = assertedTexts(q);
    for (const values of facts) {
      const claims = values.claimed?.claims ?? [];
      const inScope = q.attribution
        ? claims.filter((c) =>
            authorKeys(c).some((k) => k && q.attribution?.toLowerCase().includes(k.toLowerCase())),
          )
        : claims;
      for (const claim of inScope.length > 0 ? inScope : claims) {
        const claimant = claimantOf(claim, ctx);
        if (claimant === null || !asserts(asserted, claim.value, ctx)) continue;
        if (!claimant.some((name) => containsPhrase(q.prompt, name))) {
          const who = claimant[0] ?? "someone the source reports";
          return found(
            `asks ${possessive(who)} claim as ${possessive(q.attribution ?? "the sources")} own`,
          );
        }
      }
      if (
        values.claimed?.disputed &&
        q.type !== "cloze" &&
        !q.attribution &&
        !ATTRIBUTED.test(q.prompt) &&
        !askedAtAgreedPrecision(q, values)
      ) {
        return found(
          `asks the disputed ${parseFactId(q.factIds[0] ?? "").field || "value"} of “${values.recordId}” as plain fact`,
        );
      }
    }
    return [];
  },
};
