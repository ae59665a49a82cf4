import type { StoredCard } from "@/lib/scheduling";
import { ProgressValidationError } from "./errors";

/** What the ranking needs of a question (a lib/questions `Question` fits). */
export interface HardestQuestion {
  id: string;
  factIds: readonly string[];
  citations?: readonly { sourceId: string }[];
}

export interface HardFact {
  factId: string;
  /** Sum of the card lapses over the fact's questions. */
  lapses: number;
  /** The fact's questions that have a card, most lapses first (ties by id). */
  questionIds: string[];
  /** Sources cited by those questions, sorted, without repeats. */
  sourceIds: string[];
}

/**
 * The facts the student forgets most: per fact, the sum of `lapses` (times a card in Review
 * state was answered Again) over its questions' cards. A question about two facts counts for
 * both. Facts with no lapse are left out. Order: most lapses first, then the fact id
 * ascending, so ties are deterministic. At most `limit` facts (10 by default).
 */
export function hardestFacts(
  questions: readonly HardestQuestion[],
  cards: ReadonlyMap<string, Pick<StoredCard, "lapses">>,
  { limit = 10 }: { limit?: number } = {},
): HardFact[] {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new ProgressValidationError("INVALID_OPTIONS", "limit must be a whole number ≥ 0");
  }
  const byFact = new Map<string, { lapses: number; questions: Map<string, HardestQuestion> }>();
  for (const question of questions) {
    const card = cards.get(question.id);
    if (!card) continue;
    for (const factId of new Set(question.factIds)) {
      const entry = byFact.get(factId) ?? { lapses: 0, questions: new Map() };
      if (!entry.questions.has(question.id)) {
        entry.questions.set(question.id, question);
        entry.lapses += card.lapses;
      }
      byFact.set(factId, entry);
    }
  }
  const lapsesOf = (id: string) => cards.get(id)?.lapses ?? 0;
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byFact]
    .filter(([, entry]) => entry.lapses > 0)
    .sort(([fa, a], [fb, b]) => b.lapses - a.lapses || byId(fa, fb))
    .slice(0, limit)
    .map(([factId, entry]) => {
      const asked = [...entry.questions.values()];
      return {
        factId,
        lapses: entry.lapses,
        questionIds: asked.map((q) => q.id).sort((a, b) => lapsesOf(b) - lapsesOf(a) || byId(a, b)),
        sourceIds: [
          ...new Set(asked.flatMap((q) => (q.citations ?? []).map((c) => c.sourceId))),
        ].sort(byId),
      };
    });
}
