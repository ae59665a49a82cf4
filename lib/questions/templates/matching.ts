import type { SourceRef } from "@/lib/content/types";
import { askableDate } from "../facts/date-values";
import type { Fact } from "../facts/fact";
import { optionTextOf } from "../facts/wording";
import { compactText, containsPhrase } from "../normalise-text";
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
import type { MatchingQuestion, QuestionKind } from "../types";
import { groupInBuckets } from "./group-items";

/** One pair of a matching relation; `trueRights` are every right side true for this left. */
export interface MatchPair {
  fact: Fact;
  left: string;
  right: string;
  trueRights: Set<string>;
  sources: SourceRef[];
}

interface Relation {
  name: string;
  prompt: string;
  kind: QuestionKind;
  pairs: MatchPair[];
}

function pair(
  fact: Fact,
  left: string,
  right: string,
  trueRights: readonly string[],
  sources: SourceRef[],
): MatchPair {
  return { fact, left, right, trueRights: new Set(trueRights.map(compactText)), sources };
}

/** The relations a course offers for matching: a document with its year, a project with its cargo. */
export function matchingRelations(facts: readonly Fact[]): Relation[] {
  const documentYears: MatchPair[] = [];
  const projectCarries: MatchPair[] = [];
  const eventPlaces: MatchPair[] = [];
  const personOffices: MatchPair[] = [];
  const documentPlaces: MatchPair[] = [];
  for (const fact of facts) {
    if (fact.valueType === "date" && fact.record.kind === "document" && fact.property === "date") {
      // Every document date is a candidate (so bucket membership never depends on values);
      // one without a single agreed year gets an empty right side and fits nothing.
      const years = fact.claims.map((c) => askableDate(c.value)?.year ?? null);
      const year = years[0];
      const agreed = year !== null && year !== undefined && years.every((y) => y === year);
      const right = agreed ? String(year) : "";
      documentYears.push(
        pair(
          fact,
          optionTextOf(fact.record),
          right,
          [right],
          fact.claims.flatMap((c) => c.sources),
        ),
      );
    } else if (
      fact.valueType === "ref" &&
      fact.property === "place" &&
      !fact.disputed &&
      fact.claims.length === 1 &&
      (fact.record.kind === "event" || fact.record.kind === "document")
    ) {
      const claim = fact.claims[0] as (typeof fact.claims)[number];
      const list = fact.record.kind === "event" ? eventPlaces : documentPlaces;
      list.push(
        pair(
          fact,
          optionTextOf(fact.record),
          fact.display(claim.value),
          [...fact.trueValues.map(fact.display)],
          claim.sources,
        ),
      );
    } else if (fact.record.kind === "person" && fact.property.startsWith("roles.")) {
      // An office the course asks about (its role has a stem), beside its holder.
      const person = fact.record;
      const role = person.roles[Number(fact.property.slice("roles.".length))];
      if (role) {
        personOffices.push(
          pair(
            fact,
            person.name,
            role.title,
            person.roles.map((r) => r.title),
            role.sources,
          ),
        );
      }
    } else if (fact.valueType === "text" && fact.property === "carries") {
      const claim = fact.claims[0];
      if (claim) {
        projectCarries.push(
          pair(fact, optionTextOf(fact.record), claim.value, fact.trueValues, claim.sources),
        );
      }
    }
  }
  return [
    {
      name: "document-year",
      prompt: "Match each document with the year it was signed.",
      kind: "dates",
      pairs: documentYears,
    },
    {
      name: "event-place",
      prompt: "Match each event with the place where it took place.",
      kind: "places",
      pairs: eventPlaces,
    },
    {
      name: "document-place",
      prompt: "Match each document with the place where it was signed.",
      kind: "places",
      pairs: documentPlaces,
    },
    {
      name: "person-office",
      prompt: "Match each person with an office they held.",
      kind: "people",
      pairs: personOffices,
    },
    {
      name: "project-carries",
      prompt: "Match each project with what it carries.",
      kind: "projects",
      pairs: projectCarries,
    },
  ];
}

/** A left side that names a right side ("… in Hallowmere" → "Hallowmere") gives a pair away. */
function names(left: string, right: string): boolean {
  return containsPhrase(left, right);
}

/**
 * Pairs fit together when lefts and rights differ, no left is also true of another right, and no
 * left names another pair's right (which would give the match away by elimination).
 */
function fits(a: MatchPair, b: MatchPair): boolean {
  const la = compactText(a.left);
  const lb = compactText(b.left);
  const ra = compactText(a.right);
  const rb = compactText(b.right);
  return (
    la !== lb &&
    ra !== rb &&
    !a.trueRights.has(rb) &&
    !b.trueRights.has(ra) &&
    !names(a.left, b.right) &&
    !names(b.left, a.right)
  );
}

export function matchingQuestions(
  relations: readonly Relation[],
  seed: number,
): MatchingQuestion[] {
  const out: MatchingQuestion[] = [];
  for (const relation of relations) {
    const groups = groupInBuckets(
      relation.pairs,
      (p) => p.fact.id,
      `matching:${relation.name}`,
      fits,
      5,
      3,
      4,
      (p) => p.right.length > 0 && !names(p.left, p.right),
    );
    for (const group of groups) {
      const facts = group.map((p) => p.fact);
      const factIds = facts.map((f) => f.id).sort();
      const template = `matching:${relation.name}`;
      const id = questionId(template, factIds, group.map((p) => `${p.fact.id}=${p.right}`).sort());
      const rng = rngFor(seed, id);
      const left = toChoices(
        `${id}|left`,
        group.map((p) => p.left),
      );
      const right = toChoices(
        `${id}|right`,
        group.map((p) => p.right),
      );
      const correctPairs: Record<string, string> = {};
      group.forEach((_, i) => {
        correctPairs[(left[i] as { id: string }).id] = (right[i] as { id: string }).id;
      });
      out.push({
        id,
        type: "matching",
        template,
        prompt: relation.prompt,
        left,
        right: shuffle(right, rng),
        answer: group.map((p) => `${p.left} → ${p.right}`),
        correctPairs,
        factIds,
        explanation: group.map((p) => `${p.left}: ${p.right}`).join("; "),
        citations: citationsOf(group.flatMap((p) => p.sources)),
        tags: tagsOf(facts, relation.kind),
        difficulty: difficultyOf(TYPE_DIFFICULTY.matching, 0.5, meanObscurity(facts)),
      });
    }
  }
  return out;
}
