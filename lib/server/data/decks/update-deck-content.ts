import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../../db";
import { notFound } from "../../errors";
import type { DeckContent } from "./insert-deck";

/** Replaces the content of one of this teacher's decks; NOT_FOUND for anyone else's or no deck. */
export async function updateDeckContent(
  options: { teacherId: string; deckId: string } & DeckContent,
): Promise<void> {
  const { teacherId, deckId, filters, ...rest } = options;
  const { count } = await db().customDeck.updateMany({
    where: { id: deckId, teacherId },
    data: { ...rest, filters: filters as Prisma.InputJsonValue },
  });
  if (count === 0) throw notFound("Deck");
}
