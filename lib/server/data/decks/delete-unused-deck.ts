import "server-only";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";

const inUse = (title: string, assignments: number) =>
  new AppError(
    "CONFLICT",
    `“${title}” is used by ${assignments === 1 ? "an assignment" : `${assignments} assignments`}. ` +
      "Remove the assignment first, or duplicate the deck and edit the copy.",
  );

/**
 * Deletes one of this teacher's decks; NOT_FOUND for anyone else's or no deck, CONFLICT while an
 * assignment uses it. The foreign key (ON DELETE RESTRICT) also refuses an assignment added
 * between the check and the delete.
 */
export async function deleteUnusedDeck(options: {
  teacherId: string;
  deckId: string;
}): Promise<void> {
  const where = { id: options.deckId, teacherId: options.teacherId };
  const deck = await db().customDeck.findFirst({
    where,
    select: { title: true, _count: { select: { assignments: true } } },
  });
  if (!deck) throw notFound("Deck");
  if (deck._count.assignments > 0) throw inUse(deck.title, deck._count.assignments);
  try {
    await db().customDeck.deleteMany({ where });
  } catch (error) {
    if ((error as { code?: string }).code === "P2003") throw inUse(deck.title, 1);
    throw error;
  }
}
