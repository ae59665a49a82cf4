import {
  type DaySpan,
  formatDateValue,
  spanOf,
  spansOverlap,
  yearOfIso,
} from "../facts/date-values";
import type { DateFact, Fact } from "../facts/fact";
import { compactText } from "../normalise-text";
import {
  citationsOf,
  difficultyOf,
  meanObscurity,
  questionId,
  rngFor,
  TYPE_DIFFICULTY,
  tagsOf,
  toChoices,
} from "../parts/question-parts";
import { shuffle } from "../random";
import type { ChoiceQuestion, ChronologyQuestion } from "../types";
import { groupInBuckets } from "./group-items";

interface Dated {
  fact: DateFact;
  label: string;
  envelope: DaySpan;
  /** The date as the sources give it (all claims), for the explanation. */
  when: string;
  firstYear: number;
  lastYear: number;
}

const YEAR_IN_LABEL = /\b(1\d{3}|20\d{2})\b/;

/**
 * Dated documents, events and foundings whose label does not give the date away; the envelope
 * covers every claim. (A project's milestones read badly out of context, so they are left out.)
 */
export function datedItems(facts: readonly Fact[]): Dated[] {
  const out: Dated[] = [];
  for (const fact of facts) {
    if (fact.valueType !== "date" || YEAR_IN_LABEL.test(fact.itemLabel)) continue;
    if (fact.property !== "date" && fact.property !== "founded") continue;
    const spans = fact.claims.map((c) => spanOf(c.value));
    const envelope = {
      start: Math.min(...spans.map((s) => s.start)),
      end: Math.max(...spans.map((s) => s.end)),
    };
    // Claims that only restate another less precisely ("2005" beside "24 May 2005") are left out.
    const spansOfClaims = fact.claims.map((c) => spanOf(c.value));
    const finest = fact.claims.filter((_, i) => {
      const own = spansOfClaims[i] as DaySpan;
      return !spansOfClaims.some(
        (other, j) =>
          j !== i &&
          other.start >= own.start &&
          other.end <= own.end &&
          other.end - other.start < own.end - own.start,
      );
    });
    const when = [...new Set(finest.map((c) => formatDateValue(c.value)))].join(" or ");
    const firstYear = Math.min(...fact.claims.map((c) => yearOfIso(c.value.start)));
    const lastYear = Math.max(...fact.claims.map((c) => yearOfIso(c.value.end)));
    out.push({ fact, label: fact.itemLabel, envelope, when, firstYear, lastYear });
  }
  return out;
}

/** Items ordered together lie within this many years of each other: one era, not centuries. */
const ERA_YEARS = 20;

/**
 * Items are orderable together when every source orders them alike (their spans, over all
 * claims, do not overlap), in different years (nobody is asked to order days), and in one era.
 */
function orderable(a: Dated, b: Dated): boolean {
  const [first, second] = a.envelope.start < b.envelope.start ? [a, b] : [b, a];
  return (
    !spansOverlap(a.envelope, b.envelope) &&
    first.lastYear < second.firstYear &&
    second.firstYear - first.firstYear <= ERA_YEARS &&
    compactText(a.label) !== compactText(b.label)
  );
}

function explanationOf(sorted: readonly Dated[]): string {
  return sorted.map((d) => `${d.label} (${d.when})`).join(" → ");
}

function valuesOf(sorted: readonly Dated[]): string[] {
  return sorted.map((d) => `${d.fact.id}@${d.fact.claims.map((c) => c.value.text).join(",")}`);
}

/** "Put these in order": groups of 3 to 5 non-overlapping dated facts. */
export function chronologyQuestions(items: readonly Dated[], seed: number): ChronologyQuestion[] {
  const groups = groupInBuckets(items, (d) => d.fact.id, "chronology", orderable, 5, 3, 5);
  return groups.map((group) => {
    const sorted = [...group].sort((a, b) => a.envelope.start - b.envelope.start);
    const facts = sorted.map((d) => d.fact);
    const factIds = facts.map((f) => f.id).sort();
    const id = questionId("chronology:order", factIds, valuesOf(sorted));
    const rng = rngFor(seed, id);
    const choices = toChoices(
      id,
      sorted.map((d) => d.label),
    );
    const byText = new Map(choices.map((c) => [c.text, c]));
    const gaps = sorted
      .slice(1)
      .map((d, i) => d.envelope.start - (sorted[i] as Dated).envelope.end);
    const closeness = Math.min(1, 365 / Math.max(1, Math.min(...gaps)));
    return {
      id,
      type: "chronology",
      template: "chronology:order",
      prompt: "Put these in chronological order, earliest first.",
      items: shuffle(choices, rng),
      answer: sorted.map((d) => d.label),
      correctOrder: sorted.map((d) => (byText.get(d.label) as { id: string }).id),
      factIds,
      explanation: explanationOf(sorted),
      citations: citationsOf(facts.flatMap((f) => f.claims.flatMap((c) => c.sources))),
      tags: tagsOf(facts, "dates"),
      difficulty: difficultyOf(TYPE_DIFFICULTY.chronology, closeness, meanObscurity(facts)),
    };
  });
}

/** "Which came first?": four non-overlapping dated facts as options. */
export function whichCameFirstQuestions(items: readonly Dated[], seed: number): ChoiceQuestion[] {
  const groups = groupInBuckets(items, (d) => d.fact.id, "which-came-first", orderable, 6, 4, 4);
  return groups.map((group) => {
    const sorted = [...group].sort((a, b) => a.envelope.start - b.envelope.start);
    const first = sorted[0] as Dated;
    const facts = sorted.map((d) => d.fact);
    const factIds = facts.map((f) => f.id).sort();
    const id = questionId("chronology:first", factIds, valuesOf(sorted));
    const rng = rngFor(seed, id);
    const options = toChoices(
      id,
      shuffle(
        sorted.map((d) => d.label),
        rng,
      ),
    );
    const correct = options.find((o) => o.text === first.label) as { id: string };
    const second = sorted[1] as Dated;
    const closeness = Math.min(1, 365 / Math.max(1, second.envelope.start - first.envelope.end));
    return {
      id,
      type: "which-came-first",
      template: "chronology:first",
      prompt: "Which of these came first?",
      options,
      answer: first.label,
      correctOptionId: correct.id,
      factIds,
      explanation: explanationOf(sorted),
      citations: citationsOf(facts.flatMap((f) => f.claims.flatMap((c) => c.sources))),
      tags: tagsOf(facts, "dates"),
      difficulty: difficultyOf(
        TYPE_DIFFICULTY["which-came-first"],
        closeness,
        meanObscurity(facts),
      ),
    };
  });
}
