import { type Card, createEmptyCard, fsrs, type Grade, generatorParameters, Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  fromFsrsCard,
  previewIntervals,
  type ReviewRating,
  reviewCard,
  SchedulingValidationError,
  type StoredCard,
  storedCardSchema,
} from "@/lib/scheduling";
import { at, DAY, MINUTE, settingsWith, T0 } from "./helpers";

const GRADE: Record<ReviewRating, Grade> = {
  Again: Rating.Again,
  Hard: Rating.Hard,
  Good: Rating.Good,
  Easy: Rating.Easy,
};

const SEQUENCE: { rating: ReviewRating; at: Date }[] = [
  { rating: "Good", at: at(0) },
  { rating: "Good", at: at(10 * MINUTE) },
  { rating: "Good", at: at(3 * DAY) },
  { rating: "Again", at: at(12 * DAY) },
  { rating: "Good", at: at(12 * DAY + 10 * MINUTE) },
  { rating: "Hard", at: at(20 * DAY) },
  { rating: "Easy", at: at(41 * DAY + 5 * 60 * MINUTE) },
  { rating: "Good", at: at(130 * DAY) },
];

describe("reviewCard equals ts-fsrs applied directly", () => {
  it.each([
    { enableFuzz: false },
    { enableFuzz: true },
    { enableFuzz: true, desiredRetention: 0.8, maximumInterval: 60 },
    { enableFuzz: false, desiredRetention: 0.97, learningSteps: [], relearningSteps: [] },
    { enableFuzz: true, learningSteps: ["5m", "30m", "1d"], relearningSteps: ["1h", "2h"] },
  ] as const)("over a sequence of reviews with %o", (overrides) => {
    const settings = settingsWith({
      ...overrides,
      learningSteps: overrides.learningSteps ? [...overrides.learningSteps] : undefined,
      relearningSteps: overrides.relearningSteps ? [...overrides.relearningSteps] : undefined,
    });
    const direct = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumInterval,
        enable_fuzz: settings.enableFuzz,
        learning_steps: settings.learningSteps,
        relearning_steps: settings.relearningSteps,
      }),
    );
    let expected: Card = createEmptyCard(T0);
    let ours: StoredCard | null = null;
    for (const step of SEQUENCE) {
      const outcome = reviewCard(ours, step.rating, step.at, settings);
      const reference = direct.next(expected, step.at, GRADE[step.rating]);
      expect(outcome.after).toEqual(fromFsrsCard(reference.card));
      expect(outcome.before).toEqual(ours ?? fromFsrsCard(createEmptyCard(step.at)));
      expect(outcome.log.rating).toBe(step.rating);
      expect(outcome.log.reviewedAt).toEqual(step.at);
      expect(outcome.log.scheduledDays).toBe(reference.log.scheduled_days);
      expected = reference.card;
      ours = outcome.after;
    }
    expect(ours?.reps).toBe(SEQUENCE.length);
    expect(ours?.lapses).toBe(1);
  });
});

describe("reviewCard known answers (default steps 1m, 10m)", () => {
  const settings = settingsWith();

  it("a new card answered Good waits for the 10-minute step", () => {
    const { after, log } = reviewCard(null, "Good", T0, settings);
    expect(after.state).toBe("Learning");
    expect(after.due).toEqual(at(10 * MINUTE));
    expect(after.reps).toBe(1);
    expect(log.state).toBe("New");
  });

  it("a new card answered Again comes back after 1 minute", () => {
    expect(reviewCard(null, "Again", T0, settings).after.due).toEqual(at(MINUTE));
  });

  it("a new card answered Easy graduates to Review with a whole-day interval", () => {
    const { after } = reviewCard(null, "Easy", T0, settings);
    expect(after.state).toBe("Review");
    expect(after.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(after.due).toEqual(at(after.scheduledDays * DAY));
  });

  it("a lapse counts and enters relearning", () => {
    const review = reviewCard(null, "Easy", T0, settings).after;
    const { after } = reviewCard(review, "Again", review.due, settings);
    expect(after.state).toBe("Relearning");
    expect(after.lapses).toBe(1);
    expect(after.due).toEqual(new Date(review.due.getTime() + 10 * MINUTE));
  });

  it("higher desired retention gives shorter intervals", () => {
    const review = reviewCard(null, "Easy", T0, settings).after;
    const interval = (desiredRetention: number) =>
      reviewCard(review, "Good", review.due, settingsWith({ desiredRetention })).after
        .scheduledDays;
    expect(interval(0.97)).toBeLessThan(interval(0.9));
    expect(interval(0.9)).toBeLessThan(interval(0.8));
  });

  it("rejects a review earlier than the card's last review", () => {
    const { after } = reviewCard(null, "Good", T0, settings);
    expect(() => reviewCard(after, "Good", at(-MINUTE), settings)).toThrow(
      SchedulingValidationError,
    );
    expect(() => reviewCard(after, "Good", at(-MINUTE), settings)).toThrow(
      expect.objectContaining({ code: "REVIEW_BEFORE_LAST_REVIEW" }),
    );
    expect(() => reviewCard(after, "Good", new Date(Number.NaN), settings)).toThrow(
      expect.objectContaining({ code: "INVALID_TIME" }),
    );
  });
});

describe("fuzz is deterministic", () => {
  const settings = settingsWith({ enableFuzz: true });
  const fuzzless = settingsWith({ enableFuzz: false });

  it("gives the same card for the same input, also after a JSON (database) round trip", () => {
    let card: StoredCard | null = null;
    for (const step of SEQUENCE) {
      const first: StoredCard = reviewCard(card, step.rating, step.at, settings).after;
      const again = reviewCard(card, step.rating, step.at, settings).after;
      expect(again).toEqual(first);
      const restored = card ? storedCardSchema.parse(JSON.parse(JSON.stringify(card))) : null;
      expect(reviewCard(restored, step.rating, step.at, settings).after).toEqual(first);
      card = first;
    }
  });

  it("actually moves some long intervals", () => {
    let changed = 0;
    for (let day = 20; day < 60; day++) {
      const card = reviewCard(null, "Easy", T0, settings).after;
      const later = new Date(T0.getTime() + day * DAY);
      const fuzzed = reviewCard(card, "Easy", later, settings).after.scheduledDays;
      const plain = reviewCard(card, "Easy", later, fuzzless).after.scheduledDays;
      if (fuzzed !== plain) changed++;
    }
    expect(changed).toBeGreaterThan(0);
  });
});

describe("previewIntervals", () => {
  it("gives, per rating, the due date reviewCard would give", () => {
    const settings = settingsWith({ enableFuzz: true });
    const card = reviewCard(null, "Good", T0, settings).after;
    const now = at(10 * MINUTE);
    const preview = previewIntervals(card, now, settings);
    for (const rating of ["Again", "Hard", "Good", "Easy"] as const) {
      const due = reviewCard(card, rating, now, settings).after.due;
      expect(preview[rating].due).toEqual(due);
      expect(preview[rating].intervalMs).toBe(due.getTime() - now.getTime());
    }
    expect(preview.Again.label).toBe("1m");
    expect(preview.Good.label).toMatch(/^\d+d$/);
  });

  it("previews a question never seen as a new card", () => {
    const preview = previewIntervals(null, T0, settingsWith());
    expect(preview.Again.due).toEqual(at(MINUTE));
    expect(preview.Good.due).toEqual(at(10 * MINUTE));
  });
});
