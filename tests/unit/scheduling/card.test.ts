import { createEmptyCard, fsrs, Rating, State } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { fromFsrsCard, newCard, storedCardSchema, toFsrsCard } from "@/lib/scheduling";
import { T0 } from "./helpers";

describe("stored card ⇄ ts-fsrs card", () => {
  it("newCard is ts-fsrs's empty card", () => {
    const card = newCard(T0);
    expect(card).toEqual({
      due: T0,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: "New",
      lastReview: null,
    });
    expect(toFsrsCard(card)).toEqual({ ...createEmptyCard(T0), last_review: undefined });
  });

  it("round-trips a reviewed card field for field", () => {
    const reviewed = fsrs({ enable_fuzz: false }).next(createEmptyCard(T0), T0, Rating.Good).card;
    const stored = fromFsrsCard(reviewed);
    expect(stored.state).toBe("Learning");
    expect(stored.lastReview).toEqual(T0);
    expect(toFsrsCard(stored)).toEqual(reviewed);
    expect(toFsrsCard(stored).state).toBe(State.Learning);
  });

  it("does not alias dates", () => {
    const stored = newCard(T0);
    const converted = toFsrsCard(stored);
    converted.due.setTime(0);
    expect(stored.due).toEqual(T0);
  });

  it("parses a JSON round trip back into the same card", () => {
    const reviewed = fromFsrsCard(fsrs().next(createEmptyCard(T0), T0, Rating.Easy).card);
    const parsed = storedCardSchema.parse(JSON.parse(JSON.stringify(reviewed)));
    expect(parsed).toEqual(reviewed);
    expect(storedCardSchema.safeParse({ ...reviewed, state: "Lost" }).success).toBe(false);
  });
});
