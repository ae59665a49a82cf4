import "server-only";
import { db } from "../../db";
import { notFound } from "../../errors";

/**
 * One of this teacher's decks with how many assignments use it, or NOT_FOUND, the same for another
 * teacher's deck as for a made-up id.
 */
export async function getOwnedDeck(options: { teacherId: string; deckId: string }) {
  const deck = await db().customDeck.findFirst({
    where: { id: options.deckId, teacherId: options.teacherId },
    include: { _count: { select: { assignments: true } } },
  });
  if (!deck) throw notFound("Deck");
  return deck;
}

export type OwnedDeck = Awaited<ReturnType<typeof getOwnedDeck>>;
