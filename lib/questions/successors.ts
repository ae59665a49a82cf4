/**
 * Successors: which question of the current bank carries on each question of an earlier (frozen)
 * bank, so a student's cards, reviews and decks survive a rewording. Pure: the caller reads both
 * banks and the course.
 *
 * A successor asks the same thing: the same question type, the same fact(s) (old fact ids
 * translated to today's names) and the same asked value (normalised answers; a year and a full date
 * of one fact are different values). A question with none is retired: it stays in students'
 * history and leaves their queues and decks.
 */
import { z } from "zod";
import type { Course } from "@/lib/content/types";
import { compactText, normaliseText } from "./normalise-text";
import { QUESTION_TYPES, type Question } from "./types";

/** What the mapping reads of a question of an earlier bank (its JSON export). */
export const legacyQuestionSchema = z.object({
  id: z.string().min(1),
  type: z.enum(QUESTION_TYPES),
  template: z.string().min(1),
  factIds: z.array(z.string().min(1)).min(1),
  prompt: z.string(),
  answer: z.union([z.string(), z.array(z.string())]),
});
export type LegacyQuestion = z.infer<typeof legacyQuestionSchema>;

/** Why an old question has no successor. */
export const RETIRE_REASONS = [
  /** An old role question asked a person's office; today a role asks the person. */
  "role-asks-person",
  /** The project has no milestone of that kind and label any more. */
  "milestone-gone",
  /** No current question asks this fact (or this set of facts). */
  "fact-not-asked",
  /** The fact is asked, but not by a question of this type. */
  "type-not-asked",
  /** Same type and fact, another value (a year where a full date was asked, a false statement…). */
  "value-differs",
  /** Its successor went to another old question that asked the same (the first by id). */
  "successor-taken",
] as const;
export type RetireReason = (typeof RETIRE_REASONS)[number];

/** A retired question as history shows it: the question it was, readable without its bank. */
export const retiredQuestionSchema = z.object({
  id: z.string().min(1),
  type: z.enum(QUESTION_TYPES),
  prompt: z.string(),
  /** The correct answer on one line. */
  answer: z.string(),
  reason: z.enum(RETIRE_REASONS),
});
export type RetiredQuestion = z.infer<typeof retiredQuestionSchema>;

/** `content/<course>/successors/<name>.json`: applied once per database, in name order. */
export const successorFileSchema = z.object({
  name: z.string().regex(/^[\w.-]+$/),
  /** The course id (course.yaml), so the file says what it rewrites wherever it lies. */
  course: z.string().min(1),
  /** The frozen bank it maps from (a path relative to the repository). */
  from: z.string(),
  /** Old id → new id. */
  mapped: z.record(z.string(), z.string()),
  retired: z.array(retiredQuestionSchema),
});
export type SuccessorFile = z.infer<typeof successorFileSchema>;

export interface SuccessorCounts {
  /** Questions of the earlier bank. */
  legacy: number;
  /** Still in the bank under the same id: nothing to move. */
  kept: number;
  mapped: number;
  retired: number;
  byReason: Record<RetireReason, number>;
}

export interface Successors {
  /** Old id → new id, sorted by old id; kept ids are not listed. */
  mapped: Map<string, string>;
  /** Sorted by id. */
  retired: RetiredQuestion[];
  counts: SuccessorCounts;
}

/** The old engine's slug: "Agreement on the Lantern Cable signed" → "agreement-on-the-lantern-cable-sig…" (40). */
function legacySlug(text: string): string {
  return normaliseText(text).replace(/ /g, "-").slice(0, 40);
}

/**
 * Old milestone property → today's: the old engine named a milestone `milestone-<kind>-<label
 * slug>` (a second one with the same key `…-2`), today's engine `milestones.<index>`.
 */
function milestoneProperties(course: Pick<Course, "projects">): Map<string, string> {
  const out = new Map<string, string>();
  for (const project of course.projects) {
    const seen = new Map<string, number>();
    project.milestones.forEach((milestone, index) => {
      const key = `milestone-${milestone.kind}-${legacySlug(milestone.label)}`;
      const repeat = seen.get(key) ?? 0;
      seen.set(key, repeat + 1);
      out.set(`${project.id}#${repeat > 0 ? `${key}-${repeat + 1}` : key}`, `milestones.${index}`);
    });
  }
  return out;
}

type Translated = { id: string } | { reason: RetireReason };

/** One old fact id in today's names ("doc#in-force" → "doc#inForce"), or why it has none. */
function translateFactId(factId: string, milestones: ReadonlyMap<string, string>): Translated {
  const hash = factId.indexOf("#");
  const record = factId.slice(0, hash);
  const property = factId.slice(hash + 1);
  if (property.startsWith("role-")) return { reason: "role-asks-person" };
  if (property.startsWith("milestone-")) {
    const index = milestones.get(factId);
    return index === undefined ? { reason: "milestone-gone" } : { id: `${record}#${index}` };
  }
  return { id: `${record}#${property.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}` };
}

/** The last part of a template ("choice:event-date:year" → "year"): how precisely it asks. */
function precisionOf(template: string): string {
  return template.slice(template.lastIndexOf(":") + 1);
}

/** The correct answer on one line: an order with arrows, pairs with semicolons. */
export function answerLine(question: Pick<Question, "type" | "answer">): string {
  const { answer } = question;
  if (!Array.isArray(answer)) return answer;
  return answer.join(question.type === "chronology" ? " → " : "; ");
}

/**
 * The asked value, normalised. A true/false question states a value and asks whether it holds:
 * a true statement asks the fact's own value (see `factValuesChanged`), a false one some other
 * value that only its wording tells, so two false statements are the same only word for word.
 */
function valueKey(question: Pick<Question, "type" | "answer" | "prompt">): string {
  const { answer } = question;
  if (question.type === "true-false") {
    return answer === "True" ? "true" : `false:${compactText(question.prompt)}`;
  }
  if (!Array.isArray(answer)) return compactText(answer);
  const lines = answer.map(compactText);
  // An order is the value of a chronology; the pairs of a matching are a set.
  return (question.type === "chronology" ? lines : lines.sort()).join("\u0000");
}

type Asked = Pick<Question, "id" | "type" | "template" | "factIds" | "answer" | "prompt">;

/** fact id + precision → the values single-fact questions (not true/false) give for it. */
function valuesByFact(questions: Iterable<{ factIds: readonly string[]; q: Asked }>) {
  const out = new Map<string, Set<string>>();
  for (const { factIds, q } of questions) {
    const factId = factIds[0];
    if (factIds.length !== 1 || factId === undefined || q.type === "true-false") continue;
    const key = `${factId}|${precisionOf(q.template)}`;
    const set = out.get(key) ?? new Set<string>();
    set.add(valueKey(q));
    out.set(key, set);
  }
  return out;
}

const sortedKey = (factIds: readonly string[]) => [...factIds].sort().join("|");

/**
 * Maps every question of an earlier bank to its successor in `bank`, or retires it.
 * At most one old question goes to each new one: old questions claim in id order, so the result
 * never depends on the order of the input.
 */
export function findSuccessors(
  legacy: readonly LegacyQuestion[],
  bank: readonly Question[],
  course: Pick<Course, "projects">,
): Successors {
  const milestones = milestoneProperties(course);
  const currentIds = new Set(bank.map((q) => q.id));
  const byFacts = new Map<string, Question[]>();
  for (const q of [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = sortedKey(q.factIds);
    byFacts.set(key, [...(byFacts.get(key) ?? []), q]);
  }

  const oldQuestions = [...legacy].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const translated = new Map<string, Translated[]>(
    oldQuestions.map((q) => [q.id, q.factIds.map((f) => translateFactId(f, milestones))]),
  );
  const oldValues = valuesByFact(
    oldQuestions.flatMap((q) => {
      const ids = translated.get(q.id)?.flatMap((t) => ("id" in t ? [t.id] : [])) ?? [];
      return ids.length === q.factIds.length ? [{ factIds: ids, q }] : [];
    }),
  );
  const newValues = valuesByFact(bank.map((q) => ({ factIds: q.factIds, q })));
  /** A true statement asks the fact's value: the same only if the fact's value did not change. */
  const factValuesChanged = (factId: string, precision: string) => {
    const before = oldValues.get(`${factId}|${precision}`);
    const after = newValues.get(`${factId}|${precision}`);
    return before !== undefined && after !== undefined && ![...before].some((v) => after.has(v));
  };

  // A question still in the bank keeps its id: no other old question may take it.
  const taken = new Set(oldQuestions.filter((q) => currentIds.has(q.id)).map((q) => q.id));
  const mapped = new Map<string, string>();
  const retired: RetiredQuestion[] = [];
  let kept = 0;
  const retire = (q: LegacyQuestion, reason: RetireReason) =>
    retired.push({ id: q.id, type: q.type, prompt: q.prompt, answer: answerLine(q), reason });

  for (const q of oldQuestions) {
    if (currentIds.has(q.id)) {
      kept += 1;
      continue;
    }
    const facts = translated.get(q.id) ?? [];
    const failed = facts.find((t): t is { reason: RetireReason } => "reason" in t);
    if (failed) {
      retire(q, failed.reason);
      continue;
    }
    const factIds = facts.map((t) => (t as { id: string }).id);
    const askingFacts = byFacts.get(sortedKey(factIds)) ?? [];
    const sameType = askingFacts.filter((n) => n.type === q.type);
    const precision = precisionOf(q.template);
    const sameValue = sameType.filter(
      (n) => precisionOf(n.template) === precision && valueKey(n) === valueKey(q),
    );
    const onlyFact = factIds.length === 1 ? factIds[0] : undefined;
    const valueHeld =
      q.type !== "true-false" ||
      q.answer !== "True" ||
      onlyFact === undefined ||
      !factValuesChanged(onlyFact, precision);
    // The same template first (it asks the same way), then by id.
    const candidates = valueHeld
      ? [...sameValue].sort(
          (a, b) => Number(b.template === q.template) - Number(a.template === q.template),
        )
      : [];
    const successor = candidates.find((n) => !taken.has(n.id));
    if (successor) {
      taken.add(successor.id);
      mapped.set(q.id, successor.id);
    } else if (candidates.length > 0) retire(q, "successor-taken");
    else if (sameType.length > 0) retire(q, "value-differs");
    else if (askingFacts.length > 0) retire(q, "type-not-asked");
    else retire(q, "fact-not-asked");
  }

  const byReason = Object.fromEntries(RETIRE_REASONS.map((r) => [r, 0])) as Record<
    RetireReason,
    number
  >;
  for (const r of retired) byReason[r.reason] += 1;
  return {
    mapped,
    retired,
    counts: {
      legacy: legacy.length,
      kept,
      mapped: mapped.size,
      retired: retired.length,
      byReason,
    },
  };
}

/** The file that records `successors`, with its entries in a stable order for review. */
export function toSuccessorFile(options: {
  name: string;
  course: string;
  from: string;
  successors: Successors;
}): SuccessorFile {
  return {
    name: options.name,
    course: options.course,
    from: options.from,
    mapped: Object.fromEntries(options.successors.mapped),
    retired: options.successors.retired,
  };
}
