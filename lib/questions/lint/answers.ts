/** What a question asks about and what it keys as true, in the course's terms. */
import type { FactRecord } from "@/lib/content/types";
import type { Question } from "../types";
import type { LintContext } from "./context";
import { namesOf } from "./course-names";
import { type FactValues, parseFactId, yearsOf } from "./fact-values";
import { singleAnswerOf } from "./question-text";
import { formatWrittenDate, writtenDatesOf } from "./value-match";

/** The facts a question asks, as the course states them. */
export function factsOf(q: Question, ctx: LintContext): FactValues[] {
  return q.factIds.map((id) => ctx.factValues(id));
}

/** Ids of the records the question is about (before the `#` of its fact ids). */
export function subjectIdsOf(q: Question): Set<string> {
  return new Set(q.factIds.map((id) => parseFactId(id).recordId));
}

/** Fields whose values are names of the record itself (another name, an acronym, a full name). */
const NAMING_FIELDS = new Set([
  "names",
  "name",
  "acronym",
  "aliases",
  "titleVariants",
  "title-variants",
  "full-name",
]);

/**
 * Ids of the records whose own names the question asks ("What was Hallowmere called …?"): there the
 * answer must be that very name, so the record's other names do not count as the answer. A
 * question that asks who held a role is about the person, but any of their names answers it.
 */
export function namedSubjectIdsOf(q: Question): Set<string> {
  const ids = new Set<string>();
  for (const factId of q.factIds) {
    const { recordId, field } = parseFactId(factId);
    if (NAMING_FIELDS.has(field.replace(/\.\d+$/, ""))) ids.add(recordId);
  }
  return ids;
}

/** Records the keyed answer names (a place, a person…), if it is a name. */
export function answerRecordsOf(q: Question, ctx: LintContext): FactRecord[] {
  const answer = singleAnswerOf(q);
  return answer === null ? [] : ctx.names.recordsNamed(answer);
}

/**
 * Every way the keyed answer may be written: itself, the typed question's accepted answers, and
 * the other names of the record it names, unless that record is the question's own subject (a
 * question about a name must show one of its names).
 */
export function answerFormsOf(q: Question, ctx: LintContext): string[] {
  const answer = singleAnswerOf(q);
  if (answer === null) return [];
  const forms = [answer, ...(q.type === "typed" ? q.accept.map((a) => a.text) : [])];
  const subjects = namedSubjectIdsOf(q);
  for (const record of answerRecordsOf(q, ctx)) {
    if (subjects.has(record.id)) continue;
    forms.push(...namesOf(record));
    if (record.kind === "person") forms.push(...ctx.names.uniqueSurnamesOf(record));
  }
  return [...new Set(forms)];
}

/** The true values of a fact as words: names of the records, plain values, years of dates. */
export function truthFormsOf(values: FactValues): string[][] {
  const groups: string[][] = [];
  for (const ref of values.refs) groups.push(namesOf(ref));
  for (const text of values.texts) groups.push([text]);
  for (const date of values.dates) groups.push(yearsOf(date).map(String));
  return groups;
}

/**
 * The values a question keys as true, each as the forms it may be written in: the answer of a
 * single-answer question; for a true/false statement, the fact's true values (one of which a true
 * statement asserts and a false one's explanation must give). Null for questions on several facts.
 */
export function keyedValuesOf(q: Question, ctx: LintContext): string[][] | null {
  if (q.type === "which-came-first") return null;
  const answer = singleAnswerOf(q);
  if (answer !== null) {
    return [[answer, ...(q.type === "typed" ? q.accept.map((a) => a.text) : [])]];
  }
  if (q.type !== "true-false") return null;
  const groups: string[][] = [];
  for (const values of factsOf(q, ctx)) {
    for (const ref of values.refs) groups.push(namesOf(ref));
    for (const text of values.texts) groups.push([text]);
    for (const date of values.dates) {
      // A statement may ask a date at a coarser precision than the course knows it.
      const forms = writtenDatesOf(date).flatMap((d) => [
        d,
        { year: d.year, month: d.month },
        { year: d.year },
      ]);
      const label = date.label ? [date.label] : [];
      groups.push([...new Set([...forms.map(formatWrittenDate), ...label])]);
    }
    for (const amount of values.amounts) groups.push([String(amount.amount)]);
  }
  return groups;
}
