import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DeckFilters } from "@/lib/teaching/deck-filter";
import { db } from "../../db";

export interface DeckContent {
  title: string;
  filters: DeckFilters;
  addedIds: string[];
  removedIds: string[];
  /** Resolved by the caller from the course's bank. */
  questionIds: string[];
}

/** Stores a new deck for this teacher; returns its id. */
export async function insertDeck(
  options: { teacherId: string; courseId: string } & DeckContent,
): Promise<{ id: string }> {
  const { filters, ...rest } = options;
  return db().customDeck.create({
    data: { ...rest, filters: filters as Prisma.InputJsonValue },
    select: { id: true },
  });
}
