/** Minimal card view a deck summary needs. */
export interface SummaryCard {
  due: Date;
  state: "New" | "Learning" | "Review" | "Relearning";
}

export interface DeckSummary {
  total: number;
  /** Never answered. */
  new: number;
  /** Started and due at `now`. */
  dueNow: number;
  /** In long-term review (past the learning steps). */
  learned: number;
}

/** Counts of one deck for one student at `now`. */
export function summariseDeck(
  questionIds: readonly string[],
  cards: ReadonlyMap<string, SummaryCard>,
  now: Date,
): DeckSummary {
  const summary: DeckSummary = { total: questionIds.length, new: 0, dueNow: 0, learned: 0 };
  for (const id of questionIds) {
    const card = cards.get(id);
    if (!card || card.state === "New") {
      summary.new += 1;
      continue;
    }
    if (card.due.getTime() <= now.getTime()) summary.dueNow += 1;
    if (card.state === "Review") summary.learned += 1;
  }
  return summary;
}
