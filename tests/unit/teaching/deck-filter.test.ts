import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-course";
import { generateQuestionBank } from "@/lib/questions";
import { QUESTION_KINDS, QUESTION_TYPES, type Question } from "@/lib/questions/types";
import {
  DECK_FACETS,
  type DeckFilters,
  DIFFICULTY_BANDS,
  deckFacetCounts,
  deckFiltersFromParams,
  deckFiltersSchema,
  deckFiltersToParams,
  difficultyBand,
  matchesFilters,
  NO_FILTERS,
  resolveDeckQuestions,
} from "@/lib/teaching/deck-filter";
import {
  DECK_PAGE_SIZE,
  deckQueryFromParams,
  deckQuerySchema,
  queryDeckQuestions,
  toQuestionPreview,
} from "@/lib/teaching/deck-query";

const fixture = loadCourse(path.resolve("tests/fixtures/saltmere-isles"));
const bank = generateQuestionBank(fixture, { seed: 7 });
const bankIds = bank.map((q) => q.id);
const themeIds = fixture.themes.map((t) => t.id);
const decades = [...new Set(bank.flatMap((q) => q.tags.periods))].sort();

const filters = (partial: Partial<DeckFilters>): DeckFilters => ({ ...NO_FILTERS, ...partial });
const ids = (questions: readonly Question[]) => questions.map((q) => q.id);
const byTheme = (theme: string) => bank.filter((q) => q.tags.themes.includes(theme));

describe("difficultyBand", () => {
  it("splits the scale in thirds, the boundaries going up", () => {
    expect(difficultyBand(0)).toBe("easy");
    expect(difficultyBand(0.33)).toBe("easy");
    expect(difficultyBand(1 / 3)).toBe("medium");
    expect(difficultyBand(0.66)).toBe("medium");
    expect(difficultyBand(2 / 3)).toBe("hard");
    expect(difficultyBand(1)).toBe("hard");
  });
});

describe("deckFiltersSchema", () => {
  it("reads missing lists as any and removes repeats", () => {
    expect(deckFiltersSchema.parse({})).toEqual({
      themes: [],
      decades: [],
      kinds: [],
      types: [],
      difficulties: [],
      q: "",
    });
    expect(deckFiltersSchema.parse({ kinds: ["dates", "dates"] }).kinds).toEqual(["dates"]);
  });

  it("names the field of an unknown value", () => {
    for (const [field, value] of [
      ["types", ["essay"]],
      ["kinds", ["weather"]],
      ["difficulties", ["trivial"]],
      ["decades", ["nineties"]],
    ] as const) {
      const result = deckFiltersSchema.safeParse({ [field]: value });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path[0]).toBe(field);
    }
  });

  it("reads query params given repeated or as comma lists", () => {
    const params = new URLSearchParams(
      "themes=politics&themes=transport,society&types=typed&difficulties=easy,hard&q= ferry ",
    );
    expect(deckFiltersSchema.parse(deckFiltersFromParams(params))).toEqual(
      filters({
        themes: ["politics", "transport", "society"],
        types: ["typed"],
        difficulties: ["easy", "hard"],
        q: "ferry",
      }),
    );
  });

  it("reads form fields the same way", () => {
    const form = new FormData();
    form.append("kinds", "dates");
    form.append("kinds", "places");
    form.append("decades", "1920s");
    expect(deckFiltersSchema.parse(deckFiltersFromParams(form))).toEqual(
      filters({ kinds: ["dates", "places"], decades: ["1920s"] }),
    );
  });

  it("round-trips through query params", () => {
    const filtersArb = fc.record({
      themes: fc.uniqueArray(fc.constantFrom(...themeIds)),
      decades: fc.uniqueArray(fc.constantFrom(...decades)),
      kinds: fc.uniqueArray(fc.constantFrom(...QUESTION_KINDS)),
      types: fc.uniqueArray(fc.constantFrom(...QUESTION_TYPES)),
      difficulties: fc.uniqueArray(fc.constantFrom(...DIFFICULTY_BANDS)),
      q: fc.constantFrom("", "ferry", "the harbour, 1921"),
    });
    fc.assert(
      fc.property(filtersArb, (f) => {
        const params = new URLSearchParams(deckFiltersToParams(f).toString());
        expect(deckFiltersSchema.parse(deckFiltersFromParams(params))).toEqual(f);
      }),
    );
  });
});

describe("matchesFilters", () => {
  it("matches everything without filters", () => {
    expect(bank.every((q) => matchesFilters(q, NO_FILTERS))).toBe(true);
  });

  it("takes any chosen value within a group", () => {
    const [a, b] = themeIds;
    if (!a || !b) throw new Error("fixture needs two themes");
    const matched = bank.filter((q) => matchesFilters(q, filters({ themes: [a, b] })));
    expect(new Set(ids(matched))).toEqual(new Set([...ids(byTheme(a)), ...ids(byTheme(b))]));
  });

  it("requires every group", () => {
    const f = filters({ kinds: ["dates"], types: ["multiple-choice"], decades: ["1920s"] });
    const matched = bank.filter((q) => matchesFilters(q, f));
    expect(matched.length).toBeGreaterThan(0);
    for (const q of bank) {
      const expected =
        q.tags.kind === "dates" && q.type === "multiple-choice" && q.tags.periods.includes("1920s");
      expect(matchesFilters(q, f)).toBe(expected);
    }
  });

  it("leaves undated questions out once a decade is chosen", () => {
    const undated = bank.find((q) => q.tags.periods.length === 0);
    expect(undated).toBeDefined();
    if (undated) expect(matchesFilters(undated, filters({ decades })).valueOf()).toBe(false);
  });

  it("filters by difficulty band", () => {
    for (const q of bank) {
      expect(matchesFilters(q, filters({ difficulties: ["hard"] }))).toBe(q.difficulty >= 2 / 3);
    }
  });

  it("searches prompt, answer and explanation, ignoring case, accents and word order", () => {
    const typed = bank.find((q) => q.type === "typed");
    if (typed?.type !== "typed") throw new Error("fixture has no typed question");
    const byAnswer = bank.filter((q) =>
      matchesFilters(q, filters({ q: typed.answer.toUpperCase() })),
    );
    expect(ids(byAnswer)).toContain(typed.id);
    const words = typed.prompt.split(/\s+/).filter((w) => w.length > 4);
    const reversed = words.slice(0, 2).reverse().join(" ");
    expect(matchesFilters(typed, filters({ q: reversed }))).toBe(true);
    expect(matchesFilters(typed, filters({ q: `${reversed} zzqx` }))).toBe(false);
  });
});

describe("resolveDeckQuestions", () => {
  const [theme] = themeIds;
  if (!theme) throw new Error("fixture has no theme");
  const inTheme = ids(byTheme(theme));
  const outside = bankIds.filter((id) => !inTheme.includes(id));

  it("is the whole bank in bank order without filters", () => {
    expect(
      resolveDeckQuestions(bank, { filters: NO_FILTERS, addedIds: [], removedIds: [] }),
    ).toEqual(bankIds);
  });

  it("adds and removes by hand, in bank order, dropping unknown ids", () => {
    const added = [outside[3], outside[0], "q-made-up"] as string[];
    const removed = [inTheme[1], "q-also-made-up"] as string[];
    const resolved = resolveDeckQuestions(bank, {
      filters: filters({ themes: [theme] }),
      addedIds: added,
      removedIds: removed,
    });
    const expected = bankIds.filter(
      (id) => (inTheme.includes(id) || id === outside[0] || id === outside[3]) && id !== inTheme[1],
    );
    expect(resolved).toEqual(expected);
  });

  it("keeps the ids that stay when a deck is edited", () => {
    const before = resolveDeckQuestions(bank, {
      filters: filters({ themes: [theme] }),
      addedIds: [],
      removedIds: [],
    });
    const after = resolveDeckQuestions(bank, {
      filters: filters({ themes: [theme], kinds: ["dates"] }),
      addedIds: [outside[0] as string],
      removedIds: [],
    });
    const stayed = before.filter((id) => bank.find((q) => q.id === id)?.tags.kind === "dates");
    expect(stayed.length).toBeGreaterThan(0);
    for (const id of stayed) expect(after).toContain(id);
  });

  describe("invariants", () => {
    const selectionArb = fc.record({
      filters: fc.record({
        themes: fc.uniqueArray(fc.constantFrom(...themeIds), { maxLength: 2 }),
        decades: fc.uniqueArray(fc.constantFrom(...decades), { maxLength: 2 }),
        kinds: fc.uniqueArray(fc.constantFrom(...QUESTION_KINDS), { maxLength: 3 }),
        types: fc.uniqueArray(fc.constantFrom(...QUESTION_TYPES), { maxLength: 3 }),
        difficulties: fc.uniqueArray(fc.constantFrom(...DIFFICULTY_BANDS), { maxLength: 2 }),
        q: fc.constantFrom("", "harbour", "treaty"),
      }),
      addedIds: fc.array(fc.oneof(fc.constantFrom(...bankIds), fc.string()), { maxLength: 8 }),
      removedIds: fc.array(fc.oneof(fc.constantFrom(...bankIds), fc.string()), { maxLength: 8 }),
    });

    it("never includes a removed id and always includes an added one that is not removed", () => {
      fc.assert(
        fc.property(selectionArb, (selection) => {
          const resolved = new Set(resolveDeckQuestions(bank, selection));
          for (const id of selection.removedIds) expect(resolved.has(id)).toBe(false);
          for (const id of selection.addedIds) {
            if (bankIds.includes(id) && !selection.removedIds.includes(id)) {
              expect(resolved.has(id)).toBe(true);
            }
          }
        }),
      );
    });

    it("returns known ids once each, in bank order", () => {
      fc.assert(
        fc.property(selectionArb, (selection) => {
          const resolved = resolveDeckQuestions(bank, selection);
          const positions = resolved.map((id) => bankIds.indexOf(id));
          expect(positions.every((p) => p >= 0)).toBe(true);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          expect(new Set(resolved).size).toBe(resolved.length);
        }),
      );
    });

    it("is idempotent: resolving again with the result added changes nothing", () => {
      fc.assert(
        fc.property(selectionArb, (selection) => {
          const once = resolveDeckQuestions(bank, selection);
          expect(resolveDeckQuestions(bank, { ...selection, addedIds: once })).toEqual(once);
        }),
      );
    });

    it("counts each facet value as the matches with that value chosen instead", () => {
      fc.assert(
        fc.property(selectionArb, ({ filters: f }) => {
          const counts = deckFacetCounts(bank, f);
          for (const facet of DECK_FACETS) {
            for (const [value, count] of Object.entries(counts[facet])) {
              const instead = { ...f, [facet]: [value] };
              expect(count).toBe(bank.filter((q) => matchesFilters(q, instead)).length);
            }
          }
        }),
        { numRuns: 30 },
      );
    });
  });
});

describe("deckFacetCounts", () => {
  it("lists every value in the bank, with the bank's counts when nothing is chosen", () => {
    const counts = deckFacetCounts(bank, NO_FILTERS);
    expect(Object.keys(counts.themes).sort()).toEqual([...themeIds].sort());
    expect(Object.keys(counts.decades).sort()).toEqual(decades);
    for (const theme of themeIds) expect(counts.themes[theme]).toBe(byTheme(theme).length);
    const bands = Object.values(counts.difficulties).reduce((a, b) => a + b, 0);
    expect(bands).toBe(bank.length);
  });

  it("keeps a group's own choice out of its counts but applies it to the others", () => {
    const counts = deckFacetCounts(bank, filters({ kinds: ["dates"] }));
    expect(counts.kinds.places).toBe(bank.filter((q) => q.tags.kind === "places").length);
    for (const [type, count] of Object.entries(counts.types)) {
      expect(count).toBe(bank.filter((q) => q.tags.kind === "dates" && q.type === type).length);
    }
    expect(counts.kinds.people).toBeGreaterThan(0);
  });
});

describe("deckQuerySchema", () => {
  const parse = (query: string) =>
    deckQuerySchema.safeParse(deckQueryFromParams(new URLSearchParams(query)));

  it("reads filters, hand-made changes and the page from query params", () => {
    const result = parse("kinds=dates&added=q-1,q-2&removed=q-3&removed=q-4&offset=40&limit=100");
    expect(result.data).toEqual({
      filters: filters({ kinds: ["dates"] }),
      addedIds: ["q-1", "q-2"],
      removedIds: ["q-3", "q-4"],
      offset: 40,
      limit: 100,
    });
    expect(parse("").data).toMatchObject({ offset: 0, limit: DECK_PAGE_SIZE, addedIds: [] });
  });

  it("refuses a page over 100, a negative offset and a malformed id", () => {
    expect(parse("limit=101").error?.issues[0]?.path).toEqual(["limit"]);
    expect(parse("offset=-1").error?.issues[0]?.path).toEqual(["offset"]);
    expect(parse("limit=ten").success).toBe(false);
    expect(parse("added=q-1;drop table").error?.issues[0]?.path[0]).toBe("addedIds");
  });
});

describe("queryDeckQuestions", () => {
  it("counts matches and the deck, and pages the matches", () => {
    const [theme] = themeIds;
    if (!theme) throw new Error("fixture has no theme");
    const inTheme = ids(byTheme(theme));
    const outside = bankIds.find((id) => !inTheme.includes(id)) as string;
    const selection = {
      filters: filters({ themes: [theme] }),
      addedIds: [outside],
      removedIds: [inTheme[0] as string],
    };
    const first = queryDeckQuestions(bank, { ...selection, offset: 0, limit: 5 });
    const second = queryDeckQuestions(bank, { ...selection, offset: 5, limit: 5 });
    expect(first.count).toBe(inTheme.length);
    expect(first.deckCount).toBe(inTheme.length);
    expect(first.questions.map((q) => q.id)).toEqual(inTheme.slice(0, 5));
    expect(second.questions.map((q) => q.id)).toEqual(inTheme.slice(5, 10));
    expect(queryDeckQuestions(bank, { ...selection, offset: 0, limit: 0 }).questions).toEqual([]);
  });

  it("previews each type with a readable answer", () => {
    // The invented bridges course has every type; the Saltmere fixture is too small for chronology.
    const bridges = generateQuestionBank(
      loadCourse(path.join("tests", "fixtures", "kessford-bridges"), { verifyQuotes: false }),
      { seed: 7 },
    );
    const chronology = bridges.find((q) => q.type === "chronology");
    const trueFalse = bridges.find((q) => q.type === "true-false");
    if (chronology?.type !== "chronology" || trueFalse?.type !== "true-false") {
      throw new Error("fixture lacks a chronology or true/false question");
    }
    expect(toQuestionPreview(chronology).answer).toBe(
      chronology.answer.map((a, i) => `${i + 1}. ${a}`).join("\n"),
    );
    expect(toQuestionPreview(trueFalse)).toMatchObject({
      id: trueFalse.id,
      type: "true-false",
      kind: trueFalse.tags.kind,
      prompt: trueFalse.prompt,
      answer: trueFalse.answer,
      explanation: trueFalse.explanation,
      themes: trueFalse.tags.themes,
      decades: trueFalse.tags.periods,
      band: difficultyBand(trueFalse.difficulty),
    });
  });
});
