import { z } from "zod";
import { answerText } from "@/lib/questions/flashcard";
import type { Question, QuestionKind, QuestionType } from "@/lib/questions/types";
import {
  type DeckFacetCounts,
  type DifficultyBand,
  deckFacetCounts,
  deckFiltersFromParams,
  deckFiltersSchema,
  difficultyBand,
  listParam,
  matchesFilters,
  questionIdsSchema,
  resolveDeckQuestions,
} from "./deck-filter";

/** How many matching questions the deck editor lists at a time, and the most one request may ask. */
export const DECK_PAGE_SIZE = 20;
export const DECK_PAGE_MAX = 100;

/** The deck editor's request: a selection and a page of its matches. */
export const deckQuerySchema = z.object({
  filters: deckFiltersSchema,
  addedIds: questionIdsSchema,
  removedIds: questionIdsSchema,
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(0).max(DECK_PAGE_MAX).default(DECK_PAGE_SIZE),
});
export type DeckQuery = z.output<typeof deckQuerySchema>;

/**
 * Query params as input for `deckQuerySchema`: the filters, the hand-made changes as `added` and
 * `removed` (lists repeated or comma-separated), `offset` and `limit`.
 */
export function deckQueryFromParams(params: URLSearchParams): Record<string, unknown> {
  return {
    filters: deckFiltersFromParams(params),
    addedIds: listParam(params, "added"),
    removedIds: listParam(params, "removed"),
    offset: params.get("offset") ?? undefined,
    limit: params.get("limit") ?? undefined,
  };
}

/** A question as the deck editor previews it, answer included (teachers only). */
export interface QuestionPreview {
  id: string;
  type: QuestionType;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  explanation: string;
  themes: string[];
  decades: string[];
  difficulty: number;
  band: DifficultyBand;
}

export function toQuestionPreview(question: Question): QuestionPreview {
  return {
    id: question.id,
    type: question.type,
    kind: question.tags.kind,
    prompt: question.prompt,
    answer: answerText(question),
    explanation: question.explanation,
    themes: question.tags.themes,
    decades: question.tags.periods,
    difficulty: Math.round(question.difficulty * 100) / 100,
    band: difficultyBand(question.difficulty),
  };
}

export interface DeckQueryResult {
  /** Questions matching the filters. */
  count: number;
  /** Questions in the deck: the matches with the hand-made additions and removals applied. */
  deckCount: number;
  facets: DeckFacetCounts;
  /** One page of the matches, in bank order (removed ones included, for the editor to re-add). */
  questions: QuestionPreview[];
}

/** What the deck editor shows for a selection: its counts and one page of matching questions. */
export function queryDeckQuestions(bank: readonly Question[], query: DeckQuery): DeckQueryResult {
  const matches = bank.filter((q) => matchesFilters(q, query.filters));
  return {
    count: matches.length,
    deckCount: resolveDeckQuestions(bank, query).length,
    facets: deckFacetCounts(bank, query.filters),
    questions: matches.slice(query.offset, query.offset + query.limit).map(toQuestionPreview),
  };
}
