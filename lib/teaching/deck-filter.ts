import { z } from "zod";
import { answerText } from "@/lib/questions/flashcard";
import { normaliseText } from "@/lib/questions/normalise-text";
import { QUESTION_KINDS, QUESTION_TYPES, type Question } from "@/lib/questions/types";

export const DIFFICULTY_BANDS = ["easy", "medium", "hard"] as const;
export type DifficultyBand = (typeof DIFFICULTY_BANDS)[number];

/** Thirds of the 0…1 difficulty scale: easy below 1/3, hard from 2/3. */
export function difficultyBand(difficulty: number): DifficultyBand {
  if (difficulty < 1 / 3) return "easy";
  return difficulty >= 2 / 3 ? "hard" : "medium";
}

/** The checkbox groups of the deck editor, each a list of tag values; an empty list means any. */
export const DECK_FACETS = ["themes", "decades", "kinds", "types", "difficulties"] as const;
export type DeckFacet = (typeof DECK_FACETS)[number];

const FACET_VALUES: Record<DeckFacet, (question: Question) => readonly string[]> = {
  themes: (q) => q.tags.themes,
  decades: (q) => q.tags.periods,
  kinds: (q) => [q.tags.kind],
  types: (q) => [q.type],
  difficulties: (q) => [difficultyBand(q.difficulty)],
};

/** More values than any course has: a bound on what a request may carry. */
const MAX_LIST = 200;
const MAX_IDS = 2_000;

const list = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .max(MAX_LIST)
    .default([])
    .transform((values) => [...new Set(values)]);

export const deckFiltersSchema = z.object({
  themes: list(z.string().trim().min(1).max(80)),
  decades: list(z.string().regex(/^\d{1,4}0s$/, 'must be a decade like "1990s"')),
  kinds: list(z.enum(QUESTION_KINDS)),
  types: list(z.enum(QUESTION_TYPES)),
  difficulties: list(z.enum(DIFFICULTY_BANDS)),
  /** Words that must all occur in the prompt, answer or explanation. */
  q: z.string().trim().max(120).default(""),
});
export type DeckFilters = z.output<typeof deckFiltersSchema>;

export const NO_FILTERS: DeckFilters = deckFiltersSchema.parse({});

export const questionIdsSchema = z
  .array(z.string().regex(/^[\w-]{1,64}$/, "must be question ids"))
  .max(MAX_IDS)
  .default([])
  .transform((ids) => [...new Set(ids)]);

/** What a custom deck is made of; `resolveDeckQuestions` turns it into its questions. */
export interface DeckSelection {
  filters: DeckFilters;
  addedIds: readonly string[];
  removedIds: readonly string[];
}

/** Something with `getAll`, like `URLSearchParams` or `FormData`. */
interface ParamSource {
  getAll(name: string): readonly unknown[];
}

/** A list field, given repeated (`themes=a&themes=b`) or comma-separated (`themes=a,b`). */
export function listParam(params: ParamSource, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => (typeof value === "string" ? value.split(",") : []))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** The filters in query params or form fields, as input for `deckFiltersSchema`. */
export function deckFiltersFromParams(params: ParamSource): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const facet of DECK_FACETS) input[facet] = listParam(params, facet);
  const q = params.getAll("q")[0];
  if (typeof q === "string") input.q = q;
  return input;
}

/** The inverse of `deckFiltersFromParams`, for a request URL (empty lists left out). */
export function deckFiltersToParams(filters: DeckFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of DECK_FACETS) {
    if (filters[facet].length > 0) params.set(facet, filters[facet].join(","));
  }
  if (filters.q) params.set("q", filters.q);
  return params;
}

/** Normalised prompt, answer and explanation, once per question object. */
const searchText = new WeakMap<Question, string>();

function searchTextOf(question: Question): string {
  let text = searchText.get(question);
  if (text === undefined) {
    text = ` ${normaliseText(`${question.prompt} ${answerText(question)} ${question.explanation}`)} `;
    searchText.set(question, text);
  }
  return text;
}

function searchWords(q: string): string[] {
  return normaliseText(q).split(" ").filter(Boolean);
}

function matchesWords(question: Question, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = searchTextOf(question);
  return words.every((word) => text.includes(word));
}

function matchesFacet(question: Question, filters: DeckFilters, facet: DeckFacet): boolean {
  const wanted = filters[facet] as readonly string[];
  return wanted.length === 0 || FACET_VALUES[facet](question).some((v) => wanted.includes(v));
}

/** Any of the chosen values within a group, every group, and every search word. */
export function matchesFilters(question: Question, filters: DeckFilters): boolean {
  return (
    DECK_FACETS.every((facet) => matchesFacet(question, filters, facet)) &&
    matchesWords(question, searchWords(filters.q))
  );
}

/** The deck's question ids in bank order: (filter matches ∪ added) − removed; unknown ids drop out. */
export function resolveDeckQuestions(
  bank: readonly Question[],
  selection: DeckSelection,
): string[] {
  const added = new Set(selection.addedIds);
  const removed = new Set(selection.removedIds);
  return bank
    .filter((q) => !removed.has(q.id) && (added.has(q.id) || matchesFilters(q, selection.filters)))
    .map((q) => q.id);
}

/** Per group, tag value → how many questions that value would give with the other groups as set. */
export type DeckFacetCounts = Record<DeckFacet, Record<string, number>>;

/**
 * The counts beside the editor's checkboxes. A question counts for a value of one group when it
 * passes every other group and the search, so ticking the value shows what it would add. Every
 * value in the bank is listed, with 0 when nothing would match.
 */
export function deckFacetCounts(bank: readonly Question[], filters: DeckFilters): DeckFacetCounts {
  const counts = Object.fromEntries(
    DECK_FACETS.map((facet) => [facet, {} as Record<string, number>]),
  ) as DeckFacetCounts;
  const words = searchWords(filters.q);
  for (const question of bank) {
    const failing = DECK_FACETS.filter((facet) => !matchesFacet(question, filters, facet));
    const passesSearch = matchesWords(question, words);
    for (const facet of DECK_FACETS) {
      const counted = passesSearch && failing.every((f) => f === facet);
      for (const value of FACET_VALUES[facet](question)) {
        counts[facet][value] = (counts[facet][value] ?? 0) + (counted ? 1 : 0);
      }
    }
  }
  return counts;
}
