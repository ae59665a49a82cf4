import { type Ask, statementWithAttribution } from "../asks/ask";
import {
  citationsOf,
  difficultyOf,
  questionId,
  rngFor,
  TYPE_DIFFICULTY,
  tagsOf,
  toChoices,
} from "../build/question-parts";
import { capitalise } from "../facts/labels";
import { shuffle } from "../random";
import type { MatchingQuestion, TrueFalseQuestion } from "../types";

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
 * Questions about the disagreement itself: match each source with the value it gives, and
 * "according to A, <B's value>" (false) — only when A and B share no source.
 */
export function disagreementQuestions(
  asks: readonly Ask[],
  seed: number,
): (MatchingQuestion | TrueFalseQuestion)[] {
  const groups = attributedGroups(asks);
  if (groups.length < 2) return [];
  const fact = (groups[0] as Ask).fact;
  const out: (MatchingQuestion | TrueFalseQuestion)[] = [];
  const labels = new Set(groups.map((g) => g.attribution));
  const answers = new Set(groups.map((g) => g.answer));
  const pairwiseDisjoint = groups.every((a, i) => groups.slice(i + 1).every((b) => disjoint(a, b)));
  if (labels.size === groups.length && answers.size === groups.length && pairwiseDisjoint) {
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
    out.push({
      id,
      type: "matching",
      template,
      prompt: `The sources disagree about ${fact.topic}. Match each source with what it says.`,
      left,
      right: shuffle(right, rng),
      answer: groups.map((g) => `${g.attribution} → ${g.answer}`),
      correctPairs,
      factIds: [fact.id],
      explanation: `${capitalise(fact.topic)} is disputed: ${groups.map((g) => `${g.attribution} give${g.attribution?.includes(" and ") ? "" : "s"} ${g.answer}`).join("; ")}.`,
      citations: citationsOf(groups.flatMap((g) => g.sources)),
      tags: tagsOf([fact], fact.kind),
      difficulty: difficultyOf(TYPE_DIFFICULTY.matching, 0.8, fact.obscurity),
    });
  }
  for (const [i, a] of groups.entries()) {
    const b = groups[(i + 1) % groups.length] as Ask;
    if (b === a || !disjoint(a, b) || b.answer === a.answer || a.mode !== b.mode) continue;
    // "300,000" against "about 300,000" is a nuance, not a falsehood.
    if (fact.valueType === "number" && a.answerKey.split("|")[0] === b.answerKey.split("|")[0])
      continue;
    const template = "dispute:true-false";
    const statement = statementWithAttribution(a.attribution, a.statement(b.answerPhrase));
    const id = questionId(template, [fact.id], [a.attribution ?? "", b.answerKey]);
    out.push({
      id,
      type: "true-false",
      template,
      prompt: `True or false? ${statement}`,
      statement,
      options: [
        { id: "true", text: "True" },
        { id: "false", text: "False" },
      ],
      answer: "False",
      correctOptionId: "false",
      factIds: [fact.id],
      explanation: `False: ${a.attribution} give${a.attribution?.includes(" and ") ? "" : "s"} ${a.answer}; ${b.answer} is what ${b.attribution} give${b.attribution?.includes(" and ") ? "" : "s"}.`,
      citations: citationsOf([...a.sources, ...b.sources]),
      tags: tagsOf([fact], fact.kind),
      attribution: a.attribution as string,
      difficulty: difficultyOf(TYPE_DIFFICULTY["true-false"], 0.9, fact.obscurity),
    });
  }
  return out;
}
