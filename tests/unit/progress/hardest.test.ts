import { describe, expect, it } from "vitest";
import { type HardestQuestion, hardestFacts, ProgressValidationError } from "@/lib/progress";
import { playLog } from "./helpers";

const cite = (...sourceIds: string[]) => sourceIds.map((sourceId) => ({ sourceId }));
const QUESTIONS: HardestQuestion[] = [
  { id: "q1", factIds: ["fact-a"], citations: cite("s2", "s1") },
  { id: "q2", factIds: ["fact-a", "fact-b"], citations: cite("s3") },
  { id: "q3", factIds: ["fact-b"], citations: cite("s1") },
  { id: "q4", factIds: ["fact-c"] },
];
const lapses = (entries: Record<string, number>) =>
  new Map(Object.entries(entries).map(([id, n]) => [id, { lapses: n }]));

describe("hardest facts", () => {
  it("is empty for an empty history or a history without lapses", () => {
    expect(hardestFacts(QUESTIONS, new Map())).toEqual([]);
    const { cards } = playLog([{ at: "2026-01-05T10:00:00Z", questionId: "q1", rating: "Good" }]);
    expect(hardestFacts(QUESTIONS, cards)).toEqual([]);
  });

  it("ranks a fact by the lapses of a real log", () => {
    const { cards } = playLog([
      { at: "2026-01-05T10:00:00Z", questionId: "q4", rating: "Easy" },
      { at: "2026-01-25T10:00:00Z", questionId: "q4", rating: "Again" },
    ]);
    expect(hardestFacts(QUESTIONS, cards)).toEqual([
      { factId: "fact-c", lapses: 1, questionIds: ["q4"], sourceIds: [] },
    ]);
  });

  it("sums lapses over a fact's questions, a shared question counting for both facts", () => {
    const facts = hardestFacts(QUESTIONS, lapses({ q1: 1, q2: 3, q3: 0, q4: 2 }));
    expect(facts).toEqual([
      { factId: "fact-a", lapses: 4, questionIds: ["q2", "q1"], sourceIds: ["s1", "s2", "s3"] },
      { factId: "fact-b", lapses: 3, questionIds: ["q2", "q3"], sourceIds: ["s1", "s3"] },
      { factId: "fact-c", lapses: 2, questionIds: ["q4"], sourceIds: [] },
    ]);
  });

  it("breaks ties by fact id and keeps the top N", () => {
    const facts = hardestFacts(QUESTIONS, lapses({ q1: 2, q3: 2, q4: 2 }), { limit: 2 });
    expect(facts.map((f) => [f.factId, f.lapses])).toEqual([
      ["fact-a", 2],
      ["fact-b", 2],
    ]);
    expect(facts[0]?.questionIds).toEqual(["q1"]); // q2 has no card
    expect(hardestFacts(QUESTIONS, lapses({ q1: 1 }), { limit: 0 })).toEqual([]);
    expect(() => hardestFacts(QUESTIONS, new Map(), { limit: -1 })).toThrow(
      ProgressValidationError,
    );
  });

  it("does not depend on the order of the questions", () => {
    const cards = lapses({ q1: 1, q2: 1, q3: 1, q4: 1 });
    expect(hardestFacts([...QUESTIONS].reverse(), cards)).toEqual(hardestFacts(QUESTIONS, cards));
  });
});
