import "server-only";
import { z } from "zod";
import {
  deckFiltersSchema,
  NO_FILTERS,
  questionIdsSchema,
  resolveDeckQuestions,
} from "@/lib/teaching/deck-filter";
import {
  type DeckQuery,
  type DeckQueryResult,
  queryDeckQuestions,
} from "@/lib/teaching/deck-query";
import { getCourse, type LoadedCourse } from "../courses";
import { deleteUnusedDeck } from "../data/decks/delete-unused-deck";
import { getOwnedDeck } from "../data/decks/get-owned-deck";
import { type DeckContent, insertDeck } from "../data/decks/insert-deck";
import { listTeacherDecks } from "../data/decks/list-teacher-decks";
import { updateDeckContent } from "../data/decks/update-deck-content";
import { AppError } from "../errors";
import { parseWith } from "../http/validation";
import { requireCourse } from "../study/study-queue";

export const DECK_TITLE_MAX = 80;

export const deckInputSchema = z.object({
  title: z
    .string({ error: "Give the deck a title." })
    .trim()
    .min(1, "Give the deck a title.")
    .max(DECK_TITLE_MAX, `Use at most ${DECK_TITLE_MAX} characters.`),
  filters: deckFiltersSchema,
  addedIds: questionIdsSchema,
  removedIds: questionIdsSchema,
});
export type DeckInput = z.input<typeof deckInputSchema>;

/**
 * Validates a deck as a teacher sent it and resolves its questions from the course's bank: the
 * client never supplies `questionIds`, and ids the bank does not know are dropped.
 */
function deckContent(course: LoadedCourse, input: DeckInput): DeckContent {
  const parsed = parseWith(deckInputSchema, input);
  const known = (ids: string[]) => ids.filter((id) => course.questionsById.has(id));
  const selection = {
    filters: parsed.filters,
    addedIds: known(parsed.addedIds),
    removedIds: known(parsed.removedIds),
  };
  const questionIds = resolveDeckQuestions(course.questions, selection);
  if (questionIds.length === 0) {
    throw new AppError(
      "INVALID_INPUT",
      "The deck has no questions: choose filters that match some, or add questions.",
      "questions",
    );
  }
  return { title: parsed.title, ...selection, questionIds };
}

/** The teacher's decks with their course's title, most recently edited first. */
export async function listDecks(teacherId: string) {
  const decks = await listTeacherDecks({ teacherId });
  return decks.map((deck) => ({
    ...deck,
    courseTitle: getCourse(deck.courseId)?.course.title ?? deck.courseId,
  }));
}

/** One of the teacher's decks, its stored filters read back through the schema. */
export async function getDeck(options: { teacherId: string; deckId: string }) {
  const { _count, filters, ...deck } = await getOwnedDeck(options);
  const parsed = deckFiltersSchema.safeParse(filters);
  return {
    ...deck,
    filters: parsed.success ? parsed.data : NO_FILTERS,
    assignmentCount: _count.assignments,
  };
}

export async function createDeck(options: {
  teacherId: string;
  courseId: string;
  input: DeckInput;
}): Promise<{ id: string }> {
  const content = deckContent(requireCourse(options.courseId), options.input);
  return insertDeck({ teacherId: options.teacherId, courseId: options.courseId, ...content });
}

/**
 * Replaces a deck's title, filters and hand-made changes and resolves it again. Students keep their
 * progress on the questions that stay: it lives on their cards, by question id.
 */
export async function updateDeck(options: {
  teacherId: string;
  deckId: string;
  input: DeckInput;
}): Promise<void> {
  const deck = await getOwnedDeck(options);
  const content = deckContent(requireCourse(deck.courseId), options.input);
  await updateDeckContent({ teacherId: options.teacherId, deckId: deck.id, ...content });
}

/** A copy titled "Copy of …" with the same filters, changes and questions. */
export async function duplicateDeck(options: {
  teacherId: string;
  deckId: string;
}): Promise<{ id: string }> {
  const deck = await getOwnedDeck(options);
  const filters = deckFiltersSchema.safeParse(deck.filters);
  return insertDeck({
    teacherId: options.teacherId,
    courseId: deck.courseId,
    title: `Copy of ${deck.title}`.slice(0, DECK_TITLE_MAX).trimEnd(),
    filters: filters.success ? filters.data : NO_FILTERS,
    addedIds: deck.addedIds,
    removedIds: deck.removedIds,
    questionIds: deck.questionIds,
  });
}

/** Deletes a deck no assignment uses (CONFLICT otherwise, with a message saying what to do). */
export async function deleteDeck(options: { teacherId: string; deckId: string }): Promise<void> {
  await deleteUnusedDeck(options);
}

/** The deck editor's counts and a page of matching questions, for a course's bank. */
export function previewDeckQuestions(options: {
  courseId: string;
  query: DeckQuery;
}): DeckQueryResult {
  return queryDeckQuestions(requireCourse(options.courseId).questions, options.query);
}
