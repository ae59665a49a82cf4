import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import {
  newCard,
  reviewCard,
  type SettingsAt,
  type StoredCard,
  settingsHistory,
} from "@/lib/scheduling";
import { db } from "../../db";
import { CARD_STATE_COLUMNS, CARD_STATE_SELECT, cardToJson, toStoredCard } from "../cards/card-row";
import { getSettingsHistory } from "../study-settings/get-settings-history";

export type Tx = Prisma.TransactionClient;

/**
 * Runs `work` in one transaction (answers, and the account links of data/account-tokens). Waits longer than Prisma's default for a connection because the
 * embedded database runs transactions one at a time.
 */
export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(work, { maxWait: 20_000, timeout: 20_000 });
}

/** The user's settings history, read in the transaction: each answer gets the settings of its time. */
export async function settingsAtFor(tx: Tx, userId: string): Promise<SettingsAt> {
  return settingsHistory(await getSettingsHistory({ userId, client: tx }));
}

/** Locks the card row until the transaction ends, so answers to one card apply one at a time. */
export async function lockCard(tx: Tx, cardId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM cards WHERE id = ${cardId} FOR UPDATE`;
}

/**
 * The user's card for one question, locked until the transaction ends: created first (as a New
 * card from `reviewedAt`) when there is none. One statement: an upsert locks the row it conflicts
 * with, and its no-op update lets RETURNING give the card either way.
 */
export async function lockOrCreateCard(
  tx: Tx,
  key: { userId: string; courseId: string; questionId: string; reviewedAt: Date },
) {
  const placeholder = newCard(key.reviewedAt);
  const [row] = await tx.$queryRaw<Array<{ id: string; createdAt: Date } & StoredCard>>`
    INSERT INTO cards (id, user_id, course_id, question_id, due, stability, difficulty,
                       elapsed_days, scheduled_days, learning_steps, reps, lapses, state,
                       last_review, created_at, updated_at)
    VALUES (${randomUUID()}, ${key.userId}, ${key.courseId}, ${key.questionId},
            ${placeholder.due}, 0, 0, 0, 0, 0, 0, 0, 'New', NULL, ${key.reviewedAt}, ${new Date()})
    ON CONFLICT (user_id, course_id, question_id) DO UPDATE SET updated_at = cards.updated_at
    RETURNING id, created_at AS "createdAt", ${CARD_STATE_COLUMNS}`;
  if (!row) throw new Error(`no card for ${key.questionId} after the upsert`);
  return { id: row.id, createdAt: row.createdAt, state: toStoredCard(row) };
}

export async function readCard(tx: Tx, cardId: string) {
  const row = await tx.card.findUniqueOrThrow({
    where: { id: cardId },
    select: { id: true, createdAt: true, ...CARD_STATE_SELECT },
  });
  return { id: row.id, createdAt: row.createdAt, state: toStoredCard(row) };
}

/**
 * The card's log in replay order: by time, then by arrival (`seq`), so two answers in one
 * millisecond (two tabs) replay in the order they were applied, never by their random ids.
 */
function cardLog(tx: Tx, cardId: string) {
  return tx.review.findMany({
    where: { cardId },
    orderBy: [{ reviewedAt: "asc" }, { seq: "asc" }],
    select: { id: true, rating: true, reviewedAt: true },
  });
}

/**
 * Recomputes a card by replaying its whole log in time order (ties by arrival) from `createdAt`,
 * each answer under the settings in force when it was given (`settingsAt`), rewrites
 * the before/after snapshots of log entries from `changedFrom` on, and stores the result. This is how
 * out-of-order answers (two tabs, offline resends), re-grading and undo keep the card equal to its log.
 */
export async function rebuildCard(
  tx: Tx,
  options: { cardId: string; settingsAt: SettingsAt; createdAt: Date; changedFrom: Date },
): Promise<StoredCard> {
  let card = newCard(options.createdAt);
  for (const entry of await cardLog(tx, options.cardId)) {
    const settings = options.settingsAt(entry.reviewedAt);
    const outcome = reviewCard(card, entry.rating, entry.reviewedAt, settings);
    if (entry.reviewedAt >= options.changedFrom) {
      await tx.review.update({
        where: { id: entry.id },
        data: { stateBefore: cardToJson(outcome.before), stateAfter: cardToJson(outcome.after) },
      });
    }
    card = outcome.after;
  }
  await tx.card.update({
    where: { id: options.cardId },
    data: { ...card, createdAt: options.createdAt },
  });
  return card;
}
