import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-course";
import { builtInDecks, introductionOrder } from "@/lib/decks/built-in-decks";
import { summariseDeck } from "@/lib/decks/deck-summary";
import { generateQuestionBank } from "@/lib/questions";

const fixture = loadCourse(path.resolve("tests/fixtures/saltmere-isles"));
const questions = generateQuestionBank(fixture, { seed: 7 });
const decks = builtInDecks(fixture, questions);

describe("builtInDecks", () => {
  it("has the whole course first, then themes, decades and kinds, none empty", () => {
    expect(decks[0]).toMatchObject({ id: "all", group: "course", title: fixture.title });
    expect(decks[0]?.questionIds).toHaveLength(questions.length);
    const groups = decks.map((d) => d.group);
    expect(groups.indexOf("theme")).toBeLessThan(groups.indexOf("decade"));
    expect(groups.indexOf("decade")).toBeLessThan(groups.indexOf("kind"));
    for (const deck of decks) expect(deck.questionIds.length).toBeGreaterThan(0);
  });

  it("puts each question in the decks of its tags", () => {
    const q = questions[0];
    if (!q) throw new Error("fixture bank is empty");
    for (const theme of q.tags.themes) {
      expect(decks.find((d) => d.id === `theme-${theme}`)?.questionIds).toContain(q.id);
    }
    expect(decks.find((d) => d.id === `kind-${q.tags.kind}`)?.questionIds).toContain(q.id);
    for (const decade of q.tags.periods) {
      expect(decks.find((d) => d.id === `decade-${decade}`)?.questionIds).toContain(q.id);
    }
  });

  it("has unique deck ids", () => {
    expect(new Set(decks.map((d) => d.id)).size).toBe(decks.length);
  });
});

describe("introductionOrder", () => {
  it("keeps every question once and alternates types while more than one type is left", () => {
    const ordered = introductionOrder(questions);
    expect(new Set(ordered.map((q) => q.id))).toEqual(new Set(questions.map((q) => q.id)));
    expect(ordered).toHaveLength(questions.length);
    const types = new Set(questions.map((q) => q.type));
    const firstRound = ordered.slice(0, types.size).map((q) => q.type);
    expect(new Set(firstRound).size).toBe(types.size);
  });

  it("does not ask about a fact of the previous question when another question is available", () => {
    const ordered = introductionOrder(questions);
    const firstRound = ordered.slice(0, 4);
    for (let i = 1; i < firstRound.length; i += 1) {
      const previous = new Set(firstRound[i - 1]?.factIds);
      expect(firstRound[i]?.factIds.some((f) => previous.has(f))).toBe(false);
    }
  });
});

describe("summariseDeck", () => {
  const now = new Date("2026-05-01T10:00:00Z");
  it("counts new, due and learned", () => {
    const cards = new Map([
      ["a", { due: new Date("2026-04-30T10:00:00Z"), state: "Review" as const }],
      ["b", { due: new Date("2026-05-03T10:00:00Z"), state: "Review" as const }],
      ["c", { due: new Date("2026-05-01T09:59:00Z"), state: "Learning" as const }],
      ["d", { due: new Date("2026-05-01T09:00:00Z"), state: "New" as const }],
    ]);
    expect(summariseDeck(["a", "b", "c", "d", "e"], cards, now)).toEqual({
      total: 5,
      new: 2,
      dueNow: 2,
      learned: 2,
    });
  });

  it("is all new for a student with no cards", () => {
    expect(summariseDeck(["a", "b"], new Map(), now)).toEqual({
      total: 2,
      new: 2,
      dueNow: 0,
      learned: 0,
    });
  });
});
