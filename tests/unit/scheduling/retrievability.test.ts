import { fsrs } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  currentRetrievability,
  newCard,
  predictedRetrievability,
  reviewCard,
  toFsrsCard,
} from "@/lib/scheduling";
import { at, DAY, MINUTE, reviewStateCard, settingsWith, T0 } from "./helpers";

describe("retrievability", () => {
  it("is 0 for a card never reviewed", () => {
    expect(currentRetrievability(newCard(T0), at(DAY))).toBe(0);
  });

  it("is 1 right after a review and 0.9 after `stability` days (definition of stability)", () => {
    const card = reviewStateCard(T0, at(5 * DAY), 5);
    expect(currentRetrievability(card, T0)).toBe(1);
    expect(currentRetrievability(card, at(5 * DAY))).toBeCloseTo(0.9, 6);
  });

  it("decreases with time and counts times before the last review as no time", () => {
    const card = reviewStateCard(T0, at(5 * DAY), 5);
    const values = [1, 2, 10, 30, 365].map((d) => predictedRetrievability(card, at(d * DAY)));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1] as number);
    expect(currentRetrievability(card, at(-DAY))).toBe(1);
  });

  it("matches ts-fsrs get_retrievability at whole days", () => {
    const settings = settingsWith();
    const card = reviewCard(null, "Easy", T0, settings).after;
    const scheduler = fsrs({ enable_fuzz: false });
    for (const days of [0, 1, 3, 8, 40]) {
      const when = at(days * DAY);
      expect(currentRetrievability(card, when)).toBeCloseTo(
        scheduler.get_retrievability(toFsrsCard(card), when, false),
        7,
      );
    }
  });

  it("is fractional within a day, unlike ts-fsrs's floored days", () => {
    const card = reviewCard(null, "Good", T0, settingsWith()).after;
    expect(currentRetrievability(card, at(10 * MINUTE))).toBeLessThan(1);
    expect(currentRetrievability(card, at(10 * MINUTE))).toBeGreaterThan(
      currentRetrievability(card, at(20 * MINUTE)),
    );
  });
});
