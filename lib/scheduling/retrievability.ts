import { default_w, forgetting_curve } from "ts-fsrs";
import type { StoredCard } from "./card";

const DAY_MS = 86_400_000;

/**
 * Probability of recalling the card at `at` (FSRS-6 forgetting curve, default weights):
 * R(t, S) = (1 + factor · t / S)^(−w₂₀), with t the days since the last review, fractional.
 * A card never reviewed has no memory to recall: 0, as in ts-fsrs. Times before the last
 * review count as t = 0 (R = 1). Unlike ts-fsrs `get_retrievability`, t is not floored to
 * whole days, so learning cards answered minutes apart still order correctly.
 */
export function retrievabilityAt(card: StoredCard, at: Date): number {
  if (card.state === "New" || card.lastReview === null || card.stability <= 0) return 0;
  const elapsedDays = Math.max(0, (at.getTime() - card.lastReview.getTime()) / DAY_MS);
  return forgetting_curve(default_w, elapsedDays, card.stability);
}

/** Retrievability of the card right now (see `retrievabilityAt`). */
export function currentRetrievability(card: StoredCard, now: Date): number {
  return retrievabilityAt(card, now);
}

/** Retrievability the card will have on `date` if it is not reviewed before then (exam planner). */
export function predictedRetrievability(card: StoredCard, date: Date): number {
  return retrievabilityAt(card, date);
}
