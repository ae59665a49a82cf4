import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-course";
import { builtInDecks } from "@/lib/decks/built-in-decks";
import { generateQuestionBank } from "@/lib/questions";
import { siblingKeysOf } from "@/lib/questions/siblings";
import { deckQueueQuestions } from "@/lib/server/study/deck-queue-questions";

const fixture = loadCourse(path.resolve("tests/fixtures/saltmere-isles"));
const questions = generateQuestionBank(fixture, { seed: 7 });
const questionsById = new Map(questions.map((q) => [q.id, q]));
const deck = builtInDecks(fixture, questions)[0];
if (!deck) throw new Error("the fixture has no decks");

describe("deckQueueQuestions", () => {
  it("gives each question of the deck in deck order, with what the queue reads", () => {
    const list = deckQueueQuestions(deck, questionsById);
    expect(list.map((q) => q.id)).toEqual(deck.questionIds);
    const first = questionsById.get(deck.questionIds[0] ?? "");
    expect(list[0]).toEqual({
      id: first?.id,
      type: first?.type,
      siblingKeys: first ? siblingKeysOf(first) : [],
      themes: first?.tags.themes,
    });
  });

  it("leaves out ids that are no longer in the bank", () => {
    const custom = { questionIds: ["gone", deck.questionIds[1] ?? "", "also-gone"] };
    expect(deckQueueQuestions(custom, questionsById).map((q) => q.id)).toEqual([
      deck.questionIds[1],
    ]);
  });

  it("builds the list once per deck object and reuses it", () => {
    const first = deckQueueQuestions(deck, questionsById);
    expect(deckQueueQuestions(deck, questionsById)).toBe(first);
    const copy = { questionIds: [...deck.questionIds] };
    const fresh = deckQueueQuestions(copy, questionsById);
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
  });
});
