import "server-only";
import type { StoredCard } from "@/lib/scheduling";
import { db } from "../../db";
import { CARD_STATE_SELECT, toStoredCard } from "./card-row";

/** The user's cards in one course, by question id (at most one per question of the bank). */
export async function getUserCards(options: {
  userId: string;
  courseId: string;
}): Promise<Map<string, StoredCard>> {
  const rows = await db().card.findMany({
    where: { userId: options.userId, courseId: options.courseId },
    select: { questionId: true, ...CARD_STATE_SELECT },
  });
  return new Map(rows.map((row) => [row.questionId, toStoredCard(row)]));
}
