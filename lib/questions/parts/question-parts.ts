import type { SourceRef } from "@/lib/content/types";
import { decadeOf, yearOfIso } from "../facts/date-values";
import type { Fact } from "../facts/fact";
import { stableHash, stableId } from "../hash";
import { createRng, type Rng } from "../random";
import type { Choice, Citation, QuestionKind, QuestionTags } from "../types";

/** Question id: hash of template, fact ids and the asked values — never of the seed or order. */
export function questionId(
  template: string,
  factIds: readonly string[],
  values: readonly string[],
): string {
  return stableId("q", [template, ...factIds, "||", ...values]);
}

/** Each question gets its own generator, so adding a question never reshuffles another. */
export function rngFor(seed: number, questionIdValue: string): Rng {
  return createRng(`${seed}|${questionIdValue}`);
}

/** Option ids depend on the question and the option text only. */
export function toChoices(questionIdValue: string, texts: readonly string[]): Choice[] {
  return texts.map((text) => ({
    id: `o-${stableHash([questionIdValue, text]).slice(0, 10)}`,
    text,
  }));
}

/**
 * Source title + quote, in first-seen order, without repeats: the same quote twice, or a quote
 * that a longer quote of the same source already contains.
 */
export function citationsOf(refs: readonly SourceRef[]): Citation[] {
  const text = (ref: SourceRef) => ref.quote.replace(/\s+/g, " ").trim().toLowerCase();
  const kept = refs.filter(
    (ref, i) =>
      !refs.some(
        (other, j) =>
          other.source.id === ref.source.id &&
          text(other).includes(text(ref).replace(/[.;,]$/, "")) &&
          (text(other).length > text(ref).length || (text(other) === text(ref) && j < i)),
      ),
  );
  return kept.map((ref) => ({
    sourceId: ref.source.id,
    sourceTitle: ref.source.title,
    quote: ref.quote,
  }));
}

/** Years a fact is about: its claimed dates, its figure's period, or its record's own date. */
export function yearsOfFact(fact: Fact): number[] {
  if (fact.valueType === "date") return fact.claims.map((c) => yearOfIso(c.value.start));
  if (fact.valueType === "number") return fact.year === null ? [] : [fact.year];
  const record = fact.record;
  switch (record.kind) {
    case "document":
      return record.date ? record.date.claims.map((c) => yearOfIso(c.value.start)) : [];
    case "event":
      return record.date.claims.map((c) => yearOfIso(c.value.start));
    case "project": {
      const first = record.milestones[0]?.date.claims[0];
      return first ? [yearOfIso(first.value.start)] : [];
    }
    case "person":
      return record.roles.flatMap((r) => (r.period ? [yearOfIso(r.period.start)] : [])).slice(0, 1);
    case "organisation": {
      const founded = record.founded?.claims[0];
      return founded ? [yearOfIso(founded.value.start)] : [];
    }
    default:
      return [];
  }
}

export function tagsOf(facts: readonly Fact[], kind: QuestionKind): QuestionTags {
  const themes = new Set<string>();
  const extra = new Set<string>();
  const periods = new Set<string>();
  for (const fact of facts) {
    for (const t of fact.record.themes) themes.add(t);
    for (const t of fact.record.tags) extra.add(t);
    for (const y of yearsOfFact(fact)) periods.add(decadeOf(y));
  }
  return {
    themes: [...themes].sort(),
    periods: [...periods].sort(),
    kind,
    extra: [...extra].sort(),
  };
}

/** Base difficulty per type: recognising is easier than recalling or ordering. */
export const TYPE_DIFFICULTY = {
  "true-false": 0.1,
  "multiple-choice": 0.3,
  cloze: 0.35,
  "which-came-first": 0.4,
  matching: 0.5,
  chronology: 0.6,
  typed: 0.7,
} as const;

/** difficulty = 0.35·type + 0.35·closeness of distractors + 0.3·obscurity, rounded to 0.01. */
export function difficultyOf(typeBase: number, closeness: number, obscurity: number): number {
  const raw = 0.35 * typeBase + 0.35 * closeness + 0.3 * obscurity;
  return Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100;
}

export function meanObscurity(facts: readonly Fact[]): number {
  return facts.length === 0 ? 0 : facts.reduce((s, f) => s + f.obscurity, 0) / facts.length;
}
