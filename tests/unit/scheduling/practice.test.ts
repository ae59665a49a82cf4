import { describe, expect, it } from "vitest";
import { buildPracticeQueue, type StoredCard } from "@/lib/scheduling";
import { at, DAY, reviewStateCard, T0 } from "./helpers";

const questions = Array.from({ length: 30 }, (_, i) => ({ id: `q${String(i).padStart(2, "0")}` }));
const ids = (items: { questionId: string }[]) => items.map((item) => item.questionId);

describe("buildPracticeQueue", () => {
  it("is a seeded shuffle: same seed, same order; another seed, another order", () => {
    const a = buildPracticeQueue(questions, { seed: "user-1", size: 30 });
    expect(buildPracticeQueue(questions, { seed: "user-1", size: 30 })).toEqual(a);
    expect(ids(buildPracticeQueue(questions, { seed: "user-2", size: 30 }))).not.toEqual(ids(a));
    expect(ids(a)).not.toEqual(questions.map((q) => q.id));
    expect([...ids(a)].sort()).toEqual(questions.map((q) => q.id));
  });

  it("returns at most `size` distinct questions", () => {
    const withDuplicates = [...questions, ...questions.slice(0, 5)];
    const items = buildPracticeQueue(withDuplicates, { seed: 1, size: 10 });
    expect(items).toHaveLength(10);
    expect(new Set(ids(items)).size).toBe(10);
    expect(buildPracticeQueue(questions, { seed: 1, size: 0 })).toEqual([]);
    expect(buildPracticeQueue(questions, { seed: 1, size: 100 })).toHaveLength(30);
  });

  it("puts the weakest studied questions first, then unstudied ones, without changing cards", () => {
    const cards = new Map<string, StoredCard>([
      ["q05", reviewStateCard(at(-10 * DAY), at(0), 50)],
      ["q10", reviewStateCard(at(-10 * DAY), at(0), 1)],
      ["q20", reviewStateCard(at(-10 * DAY), at(0), 8)],
    ]);
    const snapshot = structuredClone([...cards]);
    const items = buildPracticeQueue(questions, {
      seed: 9,
      size: 30,
      prefer: "weakest",
      cards,
      now: T0,
    });
    expect(ids(items).slice(0, 3)).toEqual(["q10", "q20", "q05"]);
    expect(items).toHaveLength(30);
    expect([...cards]).toEqual(snapshot);
  });

  it("does not modify its input", () => {
    const input = questions.map((q) => ({ ...q }));
    buildPracticeQueue(input, { seed: 5, size: 30 });
    expect(input).toEqual(questions);
  });
});
