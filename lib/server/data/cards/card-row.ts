import { Prisma } from "@/generated/prisma/client";
import type { StoredCard } from "@/lib/scheduling";

/** The Card columns that hold FSRS state, as Prisma selects them. */
export const CARD_STATE_SELECT = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

/**
 * The same columns for `$queryRaw`, named like StoredCard's fields. Raw reads skip the per-field
 * mapping of Prisma's model queries, which costs more than the query on a student's whole deck.
 */
export const CARD_STATE_COLUMNS = Prisma.sql`due, stability, difficulty,
  elapsed_days AS "elapsedDays", scheduled_days AS "scheduledDays",
  learning_steps AS "learningSteps", reps, lapses, state::text AS state,
  last_review AS "lastReview"`;

type CardStateRow = { [K in keyof typeof CARD_STATE_SELECT]: StoredCard[K] };

export function toStoredCard(row: CardStateRow): StoredCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

/** A StoredCard as JSON for the log's before/after columns (dates as ISO strings). */
export function cardToJson(card: StoredCard) {
  return {
    ...card,
    due: card.due.toISOString(),
    lastReview: card.lastReview?.toISOString() ?? null,
  };
}
