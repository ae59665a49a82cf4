import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildStudyQueue,
  currentRetrievability,
  type QueueQuestion,
  reviewCard,
  type StoredCard,
  type StudyDayProgress,
} from "@/lib/scheduling";
import { at, DAY, HOUR, MINUTE, reviewStateCard, settingsWith, T0 } from "./helpers";

const NOW = T0; // 2026-01-05 09:00Z; with UTC and rollover 4, the study day ends 2026-01-06 04:00Z.
const NEXT_DAY = new Date("2026-01-06T04:00:00Z");

const nothingYet: StudyDayProgress = {
  reviewsDone: 0,
  newIntroduced: 0,
  siblingKeysSeen: new Set(),
};

function question(id: string, overrides: Partial<QueueQuestion> = {}): QueueQuestion {
  return { id, type: "mcq", siblingKeys: [`fact-${id}`], themes: ["theme"], ...overrides };
}

/** A Review card last seen `daysAgo` days before NOW with the given stability, due `dueIn` from NOW. */
function dueCard(daysAgo: number, stability: number, dueIn = -HOUR): StoredCard {
  return reviewStateCard(at(-daysAgo * DAY), at(dueIn), stability);
}

const ids = (queue: { items: { questionId: string }[] }) =>
  queue.items.map((item) => item.questionId);

describe("buildStudyQueue", () => {
  it("puts due reviews before new questions", () => {
    const queue = buildStudyQueue({
      now: NOW,
      questions: [question("n1"), question("r1"), question("n2"), question("r2")],
      cards: new Map([
        ["r1", dueCard(5, 5)],
        ["r2", dueCard(5, 5)],
      ]),
      settings: settingsWith(),
      today: nothingYet,
    });
    expect(queue.items).toEqual([
      { questionId: "r1", kind: "review" },
      { questionId: "r2", kind: "review" },
      { questionId: "n1", kind: "new" },
      { questionId: "n2", kind: "new" },
    ]);
    expect(queue).toMatchObject({
      dueCount: 2,
      newAvailable: 2,
      newLeftToday: 20,
      doneForToday: false,
    });
  });

  it("takes a question listed twice once, where it first appears", () => {
    const queue = buildStudyQueue({
      now: NOW,
      questions: [question("n1"), question("r1"), question("n1"), question("r1")],
      cards: new Map([["r1", dueCard(5, 5)]]),
      settings: settingsWith(),
      today: nothingYet,
    });
    expect(queue.items).toEqual([
      { questionId: "r1", kind: "review" },
      { questionId: "n1", kind: "new" },
    ]);
    expect(queue).toMatchObject({ dueCount: 1, newAvailable: 1 });
  });

  it("orders due reviews by lowest current retrievability, ties by id", () => {
    const cards = new Map<string, StoredCard>([
      ["strong", dueCard(5, 50)],
      ["weak", dueCard(5, 1)],
      ["mid-b", dueCard(5, 5)],
      ["mid-a", dueCard(5, 5)],
    ]);
    const queue = buildStudyQueue({
      now: NOW,
      questions: ["strong", "mid-b", "weak", "mid-a"].map((id) => question(id)),
      cards,
      settings: settingsWith(),
      today: nothingYet,
    });
    expect(ids(queue)).toEqual(["weak", "mid-a", "mid-b", "strong"]);
    const r = ids(queue).map((id) => currentRetrievability(cards.get(id) as StoredCard, NOW));
    expect([...r].sort((a, b) => a - b)).toEqual(r);
  });

  it("counts a review due later in the same study day as due, but not one due tomorrow", () => {
    const queue = buildStudyQueue({
      now: NOW,
      questions: [question("tonight"), question("tomorrow")],
      cards: new Map([
        ["tonight", dueCard(5, 5, 12 * HOUR)],
        ["tomorrow", dueCard(5, 5, 20 * HOUR)],
      ]),
      settings: settingsWith({ newPerDay: 0 }),
      today: nothingYet,
    });
    expect(ids(queue)).toEqual(["tonight"]);
    expect(queue.nextDueAt).toEqual(NEXT_DAY);
  });

  it("limits new questions to what is left of the daily new limit", () => {
    const questions = ["a", "b", "c", "d", "e"].map((id) => question(id));
    const settings = settingsWith({ newPerDay: 3 });
    const base = { now: NOW, questions, cards: new Map(), settings };
    expect(ids(buildStudyQueue({ ...base, today: nothingYet }))).toEqual(["a", "b", "c"]);
    const later = buildStudyQueue({ ...base, today: { ...nothingYet, newIntroduced: 2 } });
    expect(ids(later)).toEqual(["a"]);
    expect(later.newLeftToday).toBe(1);
    const done = buildStudyQueue({ ...base, today: { ...nothingYet, newIntroduced: 3 } });
    expect(done).toMatchObject({ items: [], doneForToday: true, newAvailable: 5, newLeftToday: 0 });
  });

  it("caps reviews and new questions by the reviews left today, and says when the rest comes", () => {
    const reviews = ["r1", "r2", "r3", "r4", "r5"];
    const queue = buildStudyQueue({
      now: NOW,
      questions: [...reviews, "n1"].map((id) => question(id)),
      cards: new Map(reviews.map((id) => [id, dueCard(5, 5)])),
      settings: settingsWith({ maxReviewsPerDay: 5 }),
      today: { ...nothingYet, reviewsDone: 2 },
    });
    expect(ids(queue)).toEqual(["r1", "r2", "r3"]);
    expect(queue.dueCount).toBe(5);
    expect(queue.nextDueAt).toEqual(NEXT_DAY);

    const withRoom = buildStudyQueue({
      now: NOW,
      questions: ["r1", "n1", "n2"].map((id) => question(id)),
      cards: new Map([["r1", dueCard(5, 5)]]),
      settings: settingsWith({ maxReviewsPerDay: 4 }),
      today: { ...nothingYet, reviewsDone: 2 },
    });
    expect(withRoom.items).toEqual([
      { questionId: "r1", kind: "review" },
      { questionId: "n1", kind: "new" },
    ]);
  });

  it("never drops a card in its learning steps, even past the review cap", () => {
    const settings = settingsWith({ maxReviewsPerDay: 1 });
    const learning = reviewCard(null, "Again", at(-5 * MINUTE), settings).after;
    const queue = buildStudyQueue({
      now: NOW,
      questions: [question("learning"), question("r1")],
      cards: new Map([
        ["learning", learning],
        ["r1", dueCard(5, 5)],
      ]),
      settings,
      today: { reviewsDone: 1, newIntroduced: 1, siblingKeysSeen: new Set(["fact-learning"]) },
    });
    expect(queue.items).toEqual([{ questionId: "learning", kind: "review" }]);
  });

  it("buries questions sharing a fact with one answered today or already queued", () => {
    const queue = buildStudyQueue({
      now: NOW,
      questions: [
        question("seen-sibling", { siblingKeys: ["f1"] }),
        question("review", { siblingKeys: ["f2", "f3"] }),
        question("new-sibling-of-review", { siblingKeys: ["f3"] }),
        question("new-a", { siblingKeys: ["f4"] }),
        question("new-b", { siblingKeys: ["f4", "f5"] }),
        question("free", { siblingKeys: ["f6"] }),
      ],
      cards: new Map([
        ["seen-sibling", dueCard(5, 5)],
        ["review", dueCard(5, 5)],
      ]),
      settings: settingsWith(),
      today: { reviewsDone: 1, newIntroduced: 0, siblingKeysSeen: new Set(["f1"]) },
    });
    expect(ids(queue)).toEqual(["review", "new-a", "free"]);
    // The buried review comes back tomorrow.
    expect(queue.nextDueAt).toEqual(NEXT_DAY);
  });

  it("does not bury a learning card because of its own answer today", () => {
    const settings = settingsWith();
    const learning = reviewCard(null, "Good", at(-15 * MINUTE), settings).after;
    const queue = buildStudyQueue({
      now: NOW,
      questions: [
        question("q", { siblingKeys: ["f1"] }),
        question("sibling", { siblingKeys: ["f1"] }),
      ],
      cards: new Map([["q", learning]]),
      settings,
      today: { reviewsDone: 1, newIntroduced: 1, siblingKeysSeen: new Set(["f1"]) },
    });
    expect(ids(queue)).toEqual(["q"]);
  });

  it("interleaves question types and themes without breaking due-before-new", () => {
    const cards = new Map<string, StoredCard>([
      ["m1", dueCard(5, 1)],
      ["m2", dueCard(5, 2)],
      ["c1", dueCard(5, 3)],
      ["c2", dueCard(5, 4)],
    ]);
    const queue = buildStudyQueue({
      now: NOW,
      questions: [
        question("m1", { type: "mcq" }),
        question("m2", { type: "mcq" }),
        question("c1", { type: "cloze" }),
        question("c2", { type: "cloze" }),
        question("new-cloze", { type: "cloze", themes: ["theme"] }),
        question("new-mcq-same-theme", { type: "mcq", themes: ["theme"] }),
        question("new-mcq-other-theme", { type: "mcq", themes: ["other"] }),
      ],
      cards,
      settings: settingsWith(),
      today: nothingYet,
    });
    expect(ids(queue)).toEqual([
      "m1",
      "c1",
      "m2",
      "c2",
      "new-mcq-other-theme",
      "new-cloze",
      "new-mcq-same-theme",
    ]);
    expect(queue.items.slice(0, 4).every((item) => item.kind === "review")).toBe(true);
  });

  it("says done for today with the time of the next due review", () => {
    const settings = settingsWith();
    const learning = reviewCard(null, "Good", at(-5 * MINUTE), settings).after; // due NOW + 5 min
    const queue = buildStudyQueue({
      now: NOW,
      questions: [question("learning"), question("later")],
      cards: new Map([
        ["learning", learning],
        ["later", dueCard(1, 5, 3 * DAY)],
      ]),
      settings,
      today: { reviewsDone: 1, newIntroduced: 1, siblingKeysSeen: new Set(["fact-learning"]) },
    });
    expect(queue).toMatchObject({ items: [], doneForToday: true, dueCount: 0 });
    expect(queue.nextDueAt).toEqual(at(5 * MINUTE));

    const onlyLater = buildStudyQueue({
      now: NOW,
      questions: [question("later")],
      cards: new Map([["later", dueCard(1, 5, 3 * DAY)]]),
      settings,
      today: nothingYet,
    });
    // Due 2026-01-08 09:00Z, available from the start of that study day (04:00Z).
    expect(onlyLater.nextDueAt).toEqual(new Date("2026-01-08T04:00:00Z"));
    expect(
      buildStudyQueue({ now: NOW, questions: [], cards: new Map(), settings, today: nothingYet }),
    ).toMatchObject({
      items: [],
      nextDueAt: null,
      doneForToday: true,
    });
  });

  it("returns at most `limit` items without changing the counts", () => {
    const queue = buildStudyQueue({
      now: NOW,
      questions: ["a", "b", "c"].map((id) => question(id)),
      cards: new Map(),
      settings: settingsWith(),
      today: nothingYet,
      limit: 2,
    });
    expect(ids(queue)).toEqual(["a", "b"]);
    expect(queue.newAvailable).toBe(3);
  });
});

describe("buildStudyQueue properties", () => {
  const factArb = fc.constantFrom("f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8");
  const cardArb = fc.option(
    fc.record({
      daysAgo: fc.integer({ min: 0, max: 60 }),
      stability: fc.double({ min: 0.5, max: 100, noNaN: true }),
      dueInHours: fc.integer({ min: -200, max: 200 }),
      inSteps: fc.boolean(),
    }),
    { nil: undefined },
  );
  const inputArb = fc.record({
    questions: fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        type: fc.constantFrom("mcq", "cloze", "order"),
        siblingKeys: fc.uniqueArray(factArb, { minLength: 1, maxLength: 3 }),
        themes: fc.uniqueArray(fc.constantFrom("t1", "t2"), { maxLength: 2 }),
        card: cardArb,
      }),
      { selector: (q) => q.id, maxLength: 25 },
    ),
    seen: fc.uniqueArray(factArb, { maxLength: 3 }),
    newPerDay: fc.integer({ min: 0, max: 10 }),
    maxReviewsPerDay: fc.integer({ min: 1, max: 15 }),
    reviewsDone: fc.integer({ min: 0, max: 15 }),
    newIntroduced: fc.integer({ min: 0, max: 10 }),
  });

  it("never queues two questions sharing a fact, respects the limits and is deterministic", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cards = new Map<string, StoredCard>();
        for (const q of input.questions) {
          if (!q.card) continue;
          const card = dueCard(q.card.daysAgo, q.card.stability, q.card.dueInHours * HOUR);
          cards.set(q.id, q.card.inSteps ? { ...card, state: "Relearning" } : card);
        }
        const args = {
          now: NOW,
          questions: input.questions,
          cards,
          settings: settingsWith({
            newPerDay: input.newPerDay,
            maxReviewsPerDay: input.maxReviewsPerDay,
          }),
          today: {
            reviewsDone: input.reviewsDone,
            newIntroduced: input.newIntroduced,
            siblingKeysSeen: new Set(input.seen),
          },
        };
        const queue = buildStudyQueue(args);
        expect(buildStudyQueue(args)).toEqual(queue);

        const byId = new Map(input.questions.map((q) => [q.id, q]));
        const facts = new Set<string>();
        for (const item of queue.items) {
          const q = byId.get(item.questionId);
          if (!q) throw new Error("queued an unknown question");
          for (const fact of q.siblingKeys) {
            expect(facts.has(fact)).toBe(false);
            facts.add(fact);
          }
          const stepping = cards.get(q.id)?.state === "Relearning";
          if (!stepping) expect(q.siblingKeys.some((f) => input.seen.includes(f))).toBe(false);
        }
        const newCount = queue.items.filter((item) => item.kind === "new").length;
        expect(newCount).toBeLessThanOrEqual(Math.max(0, input.newPerDay - input.newIntroduced));
        const capped = queue.items.filter(
          (item) => cards.get(item.questionId)?.state !== "Relearning",
        );
        const stepping = queue.items.length - capped.length;
        expect(capped.length).toBeLessThanOrEqual(
          Math.max(0, Math.max(0, input.maxReviewsPerDay - input.reviewsDone) - stepping),
        );
        const firstNew = queue.items.findIndex((item) => item.kind === "new");
        if (firstNew >= 0)
          expect(queue.items.slice(firstNew).every((item) => item.kind === "new")).toBe(true);
        expect(queue.doneForToday).toBe(queue.items.length === 0);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
