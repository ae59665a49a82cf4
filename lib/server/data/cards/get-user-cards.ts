import "server-only";
import type { StoredCard } from "@/lib/scheduling";
import { db } from "../../db";
import { CARD_STATE_COLUMNS, toStoredCard } from "./card-row";

/** The user's cards in one course, by question id (at most one per question of the bank). */
export async function getUserCards(options: {
  userId: string;
  courseId: string;
}): Promise<Map<string, StoredCard>> {
  // Raw: every answer reads the student's whole deck, and a model query's mapping doubled its cost.
  const rows = await db().$queryRaw<Array<{ questionId: string } & StoredCard>>`
    SELECT question_id AS "questionId", ${CARD_STATE_COLUMNS}
      FROM cards
     WHERE user_id = ${options.userId} AND course_id = ${options.courseId}`;
  return new Map(rows.map((row) => [row.questionId, toStoredCard(row)]));
}
