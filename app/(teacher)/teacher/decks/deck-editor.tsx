"use client";

import Link from "next/link";
import {
  type FormEvent,
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
} from "react";
import { ReportQuestionButton } from "@/app/components/report-question";
import type { FormState } from "@/lib/auth/forms";
import {
  DECK_FACETS,
  type DeckFacet,
  type DeckFilters,
  deckFiltersToParams,
  NO_FILTERS,
} from "@/lib/teaching/deck-filter";
import {
  DECK_PAGE_SIZE,
  type DeckQueryResult,
  type QuestionPreview,
} from "@/lib/teaching/deck-query";
import { plural } from "@/lib/teaching/plural";
import { ExcludeQuestionButton } from "../exclusion-picker";
import { saveDeckAction } from "./actions";

export interface FacetOption {
  value: string;
  label: string;
}

/** A question changed by hand, with its prompt for the chip. */
interface Chip {
  id: string;
  prompt: string;
}

export interface DeckEditorProps {
  courseId: string;
  deckId?: string;
  initialTitle: string;
  initialFilters: DeckFilters;
  initialAdded: Chip[];
  initialRemoved: Chip[];
  options: Record<DeckFacet, FacetOption[]>;
  initialResult: DeckQueryResult;
}

const FACET_LEGENDS: Record<DeckFacet, string> = {
  themes: "Themes",
  decades: "Decades",
  kinds: "Kinds of fact",
  types: "Question types",
  difficulties: "Difficulty",
};

/** Wait for the teacher to stop clicking or typing before asking the server. */
const DEBOUNCE_MS = 250;
const SEARCH_LIMIT = 10;

function questionsUrl(courseId: string, params: URLSearchParams): string {
  return `/api/teacher/courses/${encodeURIComponent(courseId)}/questions?${params}`;
}

async function fetchQuestions(url: string, signal: AbortSignal): Promise<DeckQueryResult> {
  const response = await fetch(url, { signal, headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { message?: string };
    } | null;
    throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  }
  return (await response.json()) as DeckQueryResult;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

/** Removes one id from a chip list, or adds it at the end. */
const without = (chips: Chip[], id: string) => chips.filter((c) => c.id !== id);
const withChip = (chips: Chip[], chip: Chip) => [...without(chips, chip.id), chip];

/**
 * The deck builder: filters with live counts, the matching questions to keep or take out, a
 * search to add others, and the title. The server recomputes the deck from these on save.
 */
export function DeckEditor(props: DeckEditorProps) {
  const { courseId, deckId, options } = props;
  const [state, formAction, saving] = useActionState(saveDeckAction, {} as FormState);
  const [title, setTitle] = useState(props.initialTitle);
  const [filters, setFilters] = useState(props.initialFilters);
  const [added, setAdded] = useState(props.initialAdded);
  const [removed, setRemoved] = useState(props.initialRemoved);
  const [result, setResult] = useState(props.initialResult);
  const [questions, setQuestions] = useState(props.initialResult.questions);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [moreLoading, setMoreLoading] = useState(false);

  const filterParams = deckFiltersToParams(filters).toString();
  const addedKey = added.map((c) => c.id).join(",");
  const removedKey = removed.map((c) => c.id).join(",");
  /** What the counts shown were fetched for. */
  const shownFor = useRef(`${filterParams}|${addedKey}|${removedKey}`);
  /** The filters the listed questions were fetched for: a change of hand-made edits alone only needs counts. */
  const listedFor = useRef(filterParams);
  const moreController = useRef<AbortController | null>(null);

  useEffect(() => {
    const key = `${filterParams}|${addedKey}|${removedKey}`;
    if (shownFor.current === key) {
      setLoading(false);
      return;
    }
    const relist = listedFor.current !== filterParams;
    const params = new URLSearchParams(filterParams);
    if (addedKey) params.set("added", addedKey);
    if (removedKey) params.set("removed", removedKey);
    params.set("limit", String(relist ? DECK_PAGE_SIZE : 0));
    const controller = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      if (relist) moreController.current?.abort();
      fetchQuestions(questionsUrl(courseId, params), controller.signal)
        .then((next) => {
          setResult(next);
          shownFor.current = key;
          if (relist) {
            setQuestions(next.questions);
            listedFor.current = filterParams;
          }
          setLoadError(null);
          setLoading(false);
        })
        .catch((error: unknown) => {
          if (isAbort(error)) return;
          setLoadError(error instanceof Error ? error.message : String(error));
          setLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [courseId, filterParams, addedKey, removedKey]);

  function showMore() {
    const params = new URLSearchParams(listedFor.current);
    params.set("offset", String(questions.length));
    params.set("limit", String(DECK_PAGE_SIZE));
    const controller = new AbortController();
    moreController.current?.abort();
    moreController.current = controller;
    setMoreLoading(true);
    fetchQuestions(questionsUrl(courseId, params), controller.signal)
      .then((next) => {
        setQuestions((shown) => [...shown, ...next.questions]);
        setMoreLoading(false);
      })
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        setLoadError(error instanceof Error ? error.message : String(error));
        setMoreLoading(false);
      });
  }

  function toggleFilter(facet: DeckFacet, value: string, on: boolean) {
    setFilters((current) => {
      const values = current[facet] as string[];
      const next = on ? [...values, value] : values.filter((v) => v !== value);
      return { ...current, [facet]: next };
    });
  }

  function setInDeck(question: QuestionPreview, inDeck: boolean) {
    const chip = { id: question.id, prompt: question.prompt };
    setAdded((chips) => without(chips, chip.id));
    setRemoved((chips) => (inDeck ? without(chips, chip.id) : withChip(chips, chip)));
  }

  function addQuestion(question: QuestionPreview) {
    const chip = { id: question.id, prompt: question.prompt };
    setRemoved((chips) => without(chips, chip.id));
    setAdded((chips) => withChip(chips, chip));
  }

  function save(event: FormEvent<HTMLFormElement>) {
    // Submitted by hand so that React does not reset the form's fields after the action.
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const errors = state.fieldErrors ?? {};
  const removedIds = new Set(removed.map((c) => c.id));
  const labels = Object.fromEntries(
    DECK_FACETS.map((facet) => [facet, new Map(options[facet].map((o) => [o.value, o.label]))]),
  ) as Record<DeckFacet, Map<string, string>>;

  return (
    <form onSubmit={save} className="deck-editor stack" noValidate>
      <input type="hidden" name="courseId" value={courseId} />
      {deckId && <input type="hidden" name="deckId" value={deckId} />}
      {filters.q && <input type="hidden" name="q" value={filters.q} />}
      {added.map((c) => (
        <input key={c.id} type="hidden" name="added" value={c.id} />
      ))}
      {removed.map((c) => (
        <input key={c.id} type="hidden" name="removed" value={c.id} />
      ))}

      {(state.message || errors.filters || errors.form) && (
        <p role="alert" className="alert alert-error">
          {state.message ?? [...(errors.filters ?? []), ...(errors.form ?? [])].join(" ")}
        </p>
      )}

      <div className="field">
        <label htmlFor="deck-title">Deck title</label>
        <input
          id="deck-title"
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={80}
          required
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? "deck-title-error" : undefined}
        />
        {errors.title && (
          <p id="deck-title-error" className="field-error">
            {errors.title.join(" ")}
          </p>
        )}
      </div>

      <section aria-labelledby="deck-filters-heading">
        <h2 id="deck-filters-heading">Filters</h2>
        <p className="muted">
          A deck takes every question that matches one ticked value in each group; a group with
          nothing ticked allows any. The number beside a value is what ticking it would give.
        </p>
        <div className="facet-groups">
          {DECK_FACETS.map((facet) => (
            <fieldset key={facet} className="facet-group">
              <legend>{FACET_LEGENDS[facet]}</legend>
              {options[facet].map((option) => {
                const id = `filter-${facet}-${option.value}`;
                const count = result.facets[facet][option.value] ?? 0;
                return (
                  <div key={option.value} className="choice facet-option">
                    <input
                      type="checkbox"
                      id={id}
                      name={facet}
                      value={option.value}
                      checked={(filters[facet] as string[]).includes(option.value)}
                      onChange={(event) => toggleFilter(facet, option.value, event.target.checked)}
                      aria-describedby={`${id}-count`}
                    />
                    <label htmlFor={id}>{option.label}</label>
                    <span id={`${id}-count`} className="facet-count">
                      {count}
                      <span className="visually-hidden">
                        {" "}
                        {count === 1 ? "question" : "questions"}
                      </span>
                    </span>
                  </div>
                );
              })}
            </fieldset>
          ))}
        </div>
        {DECK_FACETS.some((facet) => filters[facet].length > 0) && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setFilters({ ...NO_FILTERS, q: filters.q })}
          >
            Clear filters
          </button>
        )}
      </section>

      <section aria-labelledby="deck-changes-heading">
        <h2 id="deck-changes-heading">Changes by hand</h2>
        {added.length === 0 && removed.length === 0 ? (
          <p className="muted">
            None yet. Untick a question below to take it out, or find one to add.
          </p>
        ) : (
          <>
            <ChipList
              id="deck-added-heading"
              label={`Added (${added.length})`}
              chips={added}
              undoLabel="Undo adding"
              onUndo={(id) => setAdded((chips) => without(chips, id))}
            />
            <ChipList
              id="deck-removed-heading"
              label={`Taken out (${removed.length})`}
              chips={removed}
              undoLabel="Put back"
              onUndo={(id) => setRemoved((chips) => without(chips, id))}
            />
          </>
        )}
        <QuestionSearch
          courseId={courseId}
          addedIds={new Set(added.map((c) => c.id))}
          onAdd={addQuestion}
          labels={labels}
        />
      </section>

      <section aria-labelledby="deck-questions-heading" aria-busy={loading}>
        <h2 id="deck-questions-heading">Matching questions</h2>
        <p className="muted">
          {plural(result.count, "question")} match the filters.
          {loadError && <span className="field-error"> Could not update: {loadError}</span>}
        </p>
        <ul className="question-list" aria-labelledby="deck-questions-heading">
          {questions.map((question) => (
            <li key={question.id} className="question-row" data-question-id={question.id}>
              <div className="choice">
                <input
                  type="checkbox"
                  id={`in-deck-${question.id}`}
                  checked={!removedIds.has(question.id)}
                  onChange={(event) => setInDeck(question, event.target.checked)}
                  aria-describedby={`prompt-${question.id}`}
                />
                <label htmlFor={`in-deck-${question.id}`}>In deck</label>
              </div>
              <QuestionDetails
                courseId={courseId}
                question={question}
                labels={labels}
                idPrefix="prompt"
              />
            </li>
          ))}
        </ul>
        {questions.length < result.count && (
          <button type="button" className="button" onClick={showMore} disabled={moreLoading}>
            {moreLoading ? "Loading…" : `Show more (${result.count - questions.length} left)`}
          </button>
        )}
      </section>

      <div className="deck-save-bar">
        <div>
          <p className="deck-count">
            <strong aria-live="polite" data-testid="deck-count">
              {plural(result.deckCount, "question")}
            </strong>{" "}
            in the deck
            {loading && <span className="muted"> · updating…</span>}
          </p>
          {errors.questions && (
            <p role="alert" className="field-error">
              {errors.questions.join(" ")}
            </p>
          )}
        </div>
        <div className="actions">
          <Link href="/teacher/decks" className="button">
            Cancel
          </Link>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? "Saving…" : "Save deck"}
          </button>
        </div>
      </div>
    </form>
  );
}

function ChipList(props: {
  id: string;
  label: string;
  chips: Chip[];
  undoLabel: string;
  onUndo: (id: string) => void;
}) {
  if (props.chips.length === 0) return null;
  return (
    <div className="chip-group">
      <h3 id={props.id}>{props.label}</h3>
      <ul className="chips" aria-labelledby={props.id}>
        {props.chips.map((chip) => (
          <li key={chip.id} className="chip" data-question-id={chip.id}>
            <span className="chip-text">{chip.prompt}</span>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`${props.undoLabel}: ${chip.prompt}`}
              onClick={() => props.onUndo(chip.id)}
            >
              {props.undoLabel}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function QuestionDetails({
  courseId,
  question,
  labels,
  idPrefix,
}: {
  courseId: string;
  question: QuestionPreview;
  labels: Record<DeckFacet, Map<string, string>>;
  /** The summary's id is `${idPrefix}-${question.id}`, for the control it describes. */
  idPrefix: string;
}) {
  const tags = [
    labels.types.get(question.type) ?? question.type,
    labels.kinds.get(question.kind) ?? question.kind,
    ...question.themes.map((t) => labels.themes.get(t) ?? t),
    ...question.decades,
    labels.difficulties.get(question.band) ?? question.band,
  ];
  return (
    <details className="question-preview">
      <summary id={`${idPrefix}-${question.id}`}>{question.prompt}</summary>
      <dl>
        <dt>Answer</dt>
        <dd className="preserve-lines">{question.answer}</dd>
        <dt>Explanation</dt>
        <dd>{question.explanation}</dd>
        <dt>Tags</dt>
        <dd>{tags.join(" · ")}</dd>
      </dl>
      <div className="question-tools">
        <ReportQuestionButton
          courseId={courseId}
          questionId={question.id}
          prompt={question.prompt}
        />
        <ExcludeQuestionButton
          courseId={courseId}
          questionId={question.id}
          prompt={question.prompt}
        />
      </div>
    </details>
  );
}

/** Finds questions anywhere in the course by their words, to add them whatever the filters. */
function QuestionSearch(props: {
  courseId: string;
  addedIds: ReadonlySet<string>;
  onAdd: (question: QuestionPreview) => void;
  labels: Record<DeckFacet, Map<string, string>>;
}) {
  const { courseId } = props;
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<{ count: number; questions: QuestionPreview[] } | null>(null);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const words = query.trim();

  useEffect(() => {
    if (words.length < 2) {
      setFound(null);
      setSearching(false);
      return;
    }
    const controller = new AbortController();
    setSearching(true);
    const timer = setTimeout(() => {
      const params = deckFiltersToParams({ ...NO_FILTERS, q: words });
      params.set("limit", String(SEARCH_LIMIT));
      fetchQuestions(questionsUrl(courseId, params), controller.signal)
        .then(({ count, questions }) => {
          setFound({ count, questions });
          setError(null);
          setSearching(false);
        })
        .catch((caught: unknown) => {
          if (isAbort(caught)) return;
          setError(caught instanceof Error ? caught.message : String(caught));
          setSearching(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [courseId, words]);

  return (
    <div className="question-search">
      <div className="field">
        <label htmlFor="deck-search">Find a question to add</label>
        <p id="deck-search-hint" className="field-hint">
          Words from its prompt, answer or explanation; searches the whole course.
        </p>
        <input
          id="deck-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          // Enter searches as you type already; it must not submit the deck.
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
          aria-describedby="deck-search-hint"
          autoComplete="off"
        />
      </div>
      <p className="muted" aria-live="polite">
        {searching
          ? "Searching…"
          : error
            ? `Could not search: ${error}`
            : found
              ? found.count > found.questions.length
                ? `${found.count} found; showing the first ${found.questions.length}.`
                : `${plural(found.count, "question")} found.`
              : ""}
      </p>
      {found && found.questions.length > 0 && (
        <ul className="question-list" aria-label="Search results">
          {found.questions.map((question) => {
            const isAdded = props.addedIds.has(question.id);
            return (
              <li key={question.id} className="question-row" data-question-id={question.id}>
                <button
                  type="button"
                  className="button"
                  onClick={() => props.onAdd(question)}
                  disabled={isAdded}
                  aria-describedby={`found-${question.id}`}
                >
                  {isAdded ? "Added" : "Add"}
                </button>
                <QuestionDetails
                  courseId={courseId}
                  question={question}
                  labels={props.labels}
                  idPrefix="found"
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
