import { type Card, createEmptyCard, State } from "ts-fsrs";
import { z } from "zod";
import { SchedulingValidationError } from "./errors";

/** FSRS card states, stored by name so a database row reads clearly. */
export const CARD_STATES = ["New", "Learning", "Review", "Relearning"] as const;
export type CardState = (typeof CARD_STATES)[number];

/**
 * One user's FSRS state for one question, as a database row holds it.
 * Field for field the ts-fsrs `Card`, in camelCase, with the state by name and no `undefined`.
 */
export interface StoredCard {
  /** When the card is next due. */
  due: Date;
  /** Days for retrievability to fall from 100% to 90%. */
  stability: number;
  /** 1 (easy) … 10 (hard). */
  difficulty: number;
  /** Whole days between the two last reviews (ts-fsrs keeps it, deprecated for 6.0). */
  elapsedDays: number;
  /** Days from the last review to `due` (0 while in (re)learning steps). */
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
}

/** Validates a card coming from outside (JSON body, cache); dates may be ISO strings. */
export const storedCardSchema = z.object({
  due: z.coerce.date(),
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().int().nonnegative(),
  scheduledDays: z.number().int().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.enum(CARD_STATES),
  lastReview: z.coerce.date().nullable(),
});

const STATE_BY_NAME: Record<CardState, State> = {
  New: State.New,
  Learning: State.Learning,
  Review: State.Review,
  Relearning: State.Relearning,
};

/** The ts-fsrs state enum value for a state name. */
export function toFsrsState(state: CardState): State {
  return STATE_BY_NAME[state];
}

/** The state name for a ts-fsrs state enum value. */
export function fromFsrsState(state: State): CardState {
  const name = CARD_STATES[state];
  if (name === undefined) {
    throw new SchedulingValidationError("INVALID_CARD", `Unknown FSRS state ${String(state)}`);
  }
  return name;
}

/** StoredCard → ts-fsrs Card (fresh Date objects, so ts-fsrs never aliases ours). */
export function toFsrsCard(card: StoredCard): Card {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: toFsrsState(card.state),
    last_review: card.lastReview ? new Date(card.lastReview.getTime()) : undefined,
  };
}

/** ts-fsrs Card → StoredCard. */
export function fromFsrsCard(card: Card): StoredCard {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: fromFsrsState(card.state),
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}

/** A card never reviewed, due at `now` (what ts-fsrs `createEmptyCard(now)` gives). */
export function newCard(now: Date): StoredCard {
  return fromFsrsCard(createEmptyCard(now));
}

/** True once the card has been answered at least once. */
export function isStarted(card: StoredCard): boolean {
  return card.state !== "New";
}
