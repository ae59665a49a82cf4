import fc from "fast-check";
import { createEmptyCard, fsrs, generatorParameters, Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  fromFsrsCard,
  newCard,
  REVIEW_RATINGS,
  type ReviewRating,
  replayReviews,
  reviewCard,
  sortReviewsForReplay,
} from "@/lib/scheduling";
import { at, DAY, HOUR, MINUTE, settingsWith, T0 } from "./helpers";

const ratingArb = fc.constantFrom(...REVIEW_RATINGS);
/** Gaps between consecutive reviews: from seconds (a second tab) to months. */
const gapArb = fc.oneof(
  fc.integer({ min: 0, max: 5 * MINUTE }),
  fc.integer({ min: MINUTE, max: 6 * HOUR }),
  fc.integer({ min: DAY, max: 120 * DAY }),
);
const historyArb = fc.array(fc.record({ rating: ratingArb, gap: gapArb }), { maxLength: 15 });

function timeline(history: { rating: ReviewRating; gap: number }[]) {
  let time = T0.getTime();
  return history.map(({ rating, gap }) => {
    time += gap;
    return { rating, reviewedAt: new Date(time) };
  });
}

describe("replayReviews", () => {
  it("of any rating sequence equals sequential reviewCard and ts-fsrs applied directly (fuzz on)", () => {
    const settings = settingsWith({ enableFuzz: true });
    const direct = fsrs(generatorParameters({ enable_fuzz: true }));
    const grade = {
      Again: Rating.Again,
      Hard: Rating.Hard,
      Good: Rating.Good,
      Easy: Rating.Easy,
    } as const;
    fc.assert(
      fc.property(historyArb, (history) => {
        const reviews = timeline(history);
        let sequential = newCard(T0);
        let reference = createEmptyCard(T0);
        for (const review of reviews) {
          sequential = reviewCard(sequential, review.rating, review.reviewedAt, settings).after;
          reference = direct.next(reference, review.reviewedAt, grade[review.rating]).card;
        }
        const replayed = replayReviews(reviews, settings, T0);
        expect(replayed).toEqual(sequential);
        expect(replayed).toEqual(fromFsrsCard(reference));
      }),
      { numRuns: 150, seed: 20260105 },
    );
  });

  it("of an empty log is a new card", () => {
    expect(replayReviews([], settingsWith(), T0)).toEqual(newCard(T0));
  });

  it("orders by time, keeping the given order for equal times (two tabs)", () => {
    const settings = settingsWith();
    const tabA = { id: 1, rating: "Again" as const, reviewedAt: at(10 * MINUTE) };
    const tabB = { id: 2, rating: "Good" as const, reviewedAt: at(10 * MINUTE) };
    const first = { id: 0, rating: "Good" as const, reviewedAt: at(0) };
    expect(sortReviewsForReplay([tabA, first, tabB]).map((r) => r.id)).toEqual([0, 1, 2]);
    expect(sortReviewsForReplay([tabB, tabA, first]).map((r) => r.id)).toEqual([0, 2, 1]);
    const card = replayReviews(
      [tabB, first, tabA].sort((a, b) => a.id - b.id),
      settings,
      T0,
    );
    expect(card.reps).toBe(3);
    expect(card).toEqual(replayReviews([first, tabA, tabB], settings, T0));
    expect(card).not.toEqual(replayReviews([first, tabB, tabA], settings, T0));
  });

  it("orders equal times by arrival (seq) when given, whatever the order passed in", () => {
    const settings = settingsWith();
    const first = { seq: 1n, rating: "Good" as const, reviewedAt: at(0) };
    const tabA = { seq: 7n, rating: "Again" as const, reviewedAt: at(10 * MINUTE) };
    const tabB = { seq: 8n, rating: "Easy" as const, reviewedAt: at(10 * MINUTE) };
    const late = { seq: 9n, rating: "Hard" as const, reviewedAt: at(5 * MINUTE) };
    for (const given of [
      [tabB, tabA, late, first],
      [first, late, tabA, tabB],
      [tabB, first, tabA, late],
    ]) {
      expect(sortReviewsForReplay(given).map((r) => r.seq)).toEqual([1n, 9n, 7n, 8n]);
    }
    expect(replayReviews([tabB, tabA, late, first], settings, T0)).toEqual(
      replayReviews([first, late, tabA, tabB], settings, T0),
    );
  });

  it("without the last entry gives back the card before it (undo)", () => {
    const settings = settingsWith({ enableFuzz: true });
    fc.assert(
      fc.property(
        historyArb.filter((h) => h.length > 0),
        (history) => {
          const reviews = timeline(history);
          const beforeLast = replayReviews(reviews.slice(0, -1), settings, T0);
          const last = reviews[reviews.length - 1];
          if (!last) throw new Error("non-empty by construction");
          const outcome = reviewCard(beforeLast, last.rating, last.reviewedAt, settings);
          expect(outcome.after).toEqual(replayReviews(reviews, settings, T0));
          expect(outcome.before).toEqual(beforeLast);
        },
      ),
      { numRuns: 50, seed: 7 },
    );
  });
});
