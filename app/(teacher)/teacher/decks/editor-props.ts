import "server-only";
import { KIND_TITLES } from "@/lib/decks/built-in-decks";
import { QUESTION_TYPES, type QuestionType } from "@/lib/questions/types";
import type { LoadedCourse } from "@/lib/server/courses";
import { previewDeckQuestions } from "@/lib/server/teaching/decks";
import {
  type DeckFacet,
  type DeckFilters,
  DIFFICULTY_BANDS,
  type DifficultyBand,
  NO_FILTERS,
} from "@/lib/teaching/deck-filter";
import { DECK_PAGE_SIZE } from "@/lib/teaching/deck-query";
import type { DeckEditorProps, FacetOption } from "./deck-editor";

export const TYPE_LABELS: Record<QuestionType, string> = {
  "multiple-choice": "Multiple choice",
  "true-false": "True or false",
  typed: "Typed answer",
  chronology: "Chronology",
  "which-came-first": "Which came first",
  matching: "Matching",
  cloze: "Fill the gap",
};

const BAND_LABELS: Record<DifficultyBand, string> = {
  easy: "Easy",
  medium: "Medium",
  hard: "Hard",
};

/** "800s" before "1990s": decades sorted by their year. */
const byYear = (a: string, b: string) => Number.parseInt(a, 10) - Number.parseInt(b, 10);

/** The checkbox options of each filter group: the values the course's bank has, labelled. */
function facetOptions({ course, questions }: LoadedCourse): Record<DeckFacet, FacetOption[]> {
  const kinds = new Set(questions.map((q) => q.tags.kind));
  const types = new Set(questions.map((q) => q.type));
  return {
    themes: course.themes.map((t) => ({ value: t.id, label: t.label })),
    decades: [...new Set(questions.flatMap((q) => q.tags.periods))]
      .sort(byYear)
      .map((d) => ({ value: d, label: d })),
    kinds: Object.entries(KIND_TITLES)
      .filter(([kind]) => kinds.has(kind as never))
      .map(([value, label]) => ({ value, label })),
    types: QUESTION_TYPES.filter((t) => types.has(t)).map((t) => ({
      value: t,
      label: TYPE_LABELS[t],
    })),
    difficulties: DIFFICULTY_BANDS.map((b) => ({ value: b, label: BAND_LABELS[b] })),
  };
}

/** What the deck editor starts from: a saved deck, or a new one over the whole course. */
export function deckEditorProps(
  loaded: LoadedCourse,
  deck?: {
    id: string;
    title: string;
    filters: DeckFilters;
    addedIds: string[];
    removedIds: string[];
  },
): DeckEditorProps {
  const selection = {
    filters: deck?.filters ?? NO_FILTERS,
    addedIds: deck?.addedIds ?? [],
    removedIds: deck?.removedIds ?? [],
  };
  const chips = (ids: string[]) =>
    ids.flatMap((id) => {
      const question = loaded.questionsById.get(id);
      return question ? [{ id, prompt: question.prompt }] : [];
    });
  return {
    courseId: loaded.course.id,
    deckId: deck?.id,
    initialTitle: deck?.title ?? "",
    initialFilters: selection.filters,
    initialAdded: chips(selection.addedIds),
    initialRemoved: chips(selection.removedIds),
    options: facetOptions(loaded),
    initialResult: previewDeckQuestions({
      courseId: loaded.course.id,
      query: { ...selection, offset: 0, limit: DECK_PAGE_SIZE },
    }),
  };
}
