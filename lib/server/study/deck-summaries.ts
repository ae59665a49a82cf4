import "server-only";
import type { Deck } from "@/lib/decks/built-in-decks";
import { type DeckSummary, summariseDeck } from "@/lib/decks/deck-summary";
import { getCourse } from "../courses";
import { getUserCards } from "../data/cards/get-user-cards";
import { notFound } from "../errors";

export interface DeckWithSummary extends Deck {
  summary: DeckSummary;
}

/** Every built-in deck of a course with the student's counts (one query for their cards). */
export async function getDeckSummaries(options: { userId: string; courseId: string; now: Date }) {
  const course = getCourse(options.courseId);
  if (!course) throw notFound("Course");
  const cards = await getUserCards({ userId: options.userId, courseId: options.courseId });
  const decks: DeckWithSummary[] = course.decks.map((deck) => ({
    ...deck,
    summary: summariseDeck(deck.questionIds, cards, options.now),
  }));
  return { course: course.course, decks };
}
