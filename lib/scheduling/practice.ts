import type { StoredCard } from "./card";
import { type Seed, seededRandom, shuffled } from "./random";
import { currentRetrievability } from "./retrievability";

export interface PracticeQuestion {
  id: string;
}

export interface PracticeOptions {
  seed: Seed;
  /** How many questions to return (at most). */
  size: number;
  /** "random" (default) or "weakest": studied questions by lowest retrievability first. */
  prefer?: "random" | "weakest";
  /** The user's cards by question id; needed for "weakest". */
  cards?: ReadonlyMap<string, StoredCard>;
  /** The time retrievability is measured at; needed for "weakest". */
  now?: Date;
}

export interface PracticeItem {
  questionId: string;
}

/**
 * A cram session: questions in a seeded random order, or weakest first when cards and `now`
 * are given (questions never studied come after the studied ones, in random order).
 * Never changes a card: practice answers are not scheduled.
 */
export function buildPracticeQueue(
  questions: readonly PracticeQuestion[],
  { seed, size, prefer = "random", cards, now }: PracticeOptions,
): PracticeItem[] {
  const unique = [...new Map(questions.map((question) => [question.id, question])).values()];
  let order = shuffled(unique, seededRandom(seed));
  if (prefer === "weakest" && cards && now) {
    const strength = (id: string) => {
      const card = cards.get(id);
      return card && card.state !== "New"
        ? currentRetrievability(card, now)
        : Number.POSITIVE_INFINITY;
    };
    // Array.prototype.sort is stable, so equal strengths keep their shuffled order.
    order = order
      .map((question) => ({ question, r: strength(question.id) }))
      .sort((a, b) => (a.r === b.r ? 0 : a.r < b.r ? -1 : 1))
      .map(({ question }) => question);
  }
  return order
    .slice(0, Math.max(0, Math.floor(size)))
    .map((question) => ({ questionId: question.id }));
}
