import type { Ask } from "../asks/ask";
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
import type { MatchingQuestion } from "../types";

const MODE_RANK: Record<string, number> = { exact: 0, value: 0, year: 1, span: 2 };

/** The finest attributed ask per claim group of one disputed fact. */
function attributedGroups(asks: readonly Ask[]): Ask[] {
  const byAttribution = new Map<string, Ask>();
  for (const ask of asks) {
    if (!ask.attribution) continue;
    const key = `${ask.attribution}|${ask.sources.map((s) => s.source.id).join(",")}`;
    const current = byAttribution.get(key);
    if (!current || (MODE_RANK[ask.mode] ?? 3) < (MODE_RANK[current.mode] ?? 3)) {
      byAttribution.set(key, ask);
    }
  }
  return [...byAttribution.values()].filter(
    (a, i, all) =>
      all.findIndex((b) => b.answerKey === a.answerKey && b.attribution === a.attribution) === i,
  );
}

function sourceIds(ask: Ask): Set<string> {
  return new Set(ask.sources.map((s) => s.source.id));
}

function disjoint(a: Ask, b: Ask): boolean {
  const ids = sourceIds(a);
  return [...sourceIds(b)].every((id) => !ids.has(id));
}

/**
 * The disagreement itself, as source criticism: "The sources disagree: <question> Match each
 * source with the answer it gives." Only when every source gives one answer (no source backs
 * two), so the matching is unambiguous.
 */
export function disagreementQuestions(asks: readonly Ask[], seed: number): MatchingQuestion[] {
  const groups = attributedGroups(asks);
  if (groups.length < 2) return [];
  const fact = (groups[0] as Ask).fact;
  const labels = new Set(groups.map((g) => g.attribution));
  const answers = new Set(groups.map((g) => g.answer));
  const pairwiseDisjoint = groups.every((a, i) => groups.slice(i + 1).every((b) => disjoint(a, b)));
  if (labels.size !== groups.length || answers.size !== groups.length || !pairwiseDisjoint) {
    return [];
  }
  const template = "dispute:matching";
  const id = questionId(
    template,
    [fact.id],
    groups.map((g) => `${g.attribution}=${g.answerKey}`).sort(),
  );
  const rng = rngFor(seed, id);
  const left = toChoices(
    `${id}|left`,
    groups.map((g) => g.attribution as string),
  );
  const right = toChoices(
    `${id}|right`,
    groups.map((g) => g.answer),
  );
  const correctPairs: Record<string, string> = {};
  groups.forEach((_, i) => {
    correctPairs[(left[i] as { id: string }).id] = (right[i] as { id: string }).id;
  });
  const says = (g: Ask) =>
    `${g.attribution} ${g.attribution?.includes(" and ") ? "give" : "gives"} ${g.answer}`;
  return [
    {
      id,
      type: "matching",
      template,
      prompt: `The sources disagree. ${fact.question} Match each source with the answer it gives.`,
      left,
      right: shuffle(right, rng),
      answer: groups.map((g) => `${g.attribution} → ${g.answer}`),
      correctPairs,
      factIds: [fact.id],
      explanation: `The sources disagree: ${groups.map(says).join("; ")}.`,
      citations: citationsOf(groups.flatMap((g) => g.sources)),
      tags: tagsOf([fact], fact.kind),
      difficulty: difficultyOf(TYPE_DIFFICULTY.matching, 0.8, fact.obscurity),
    },
  ];
}
