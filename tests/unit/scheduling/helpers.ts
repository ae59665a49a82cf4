import { newCard, type ReviewRating, reviewCard, type StoredCard } from "@/lib/scheduling";
import { type SchedulerSettings, schedulerSettingsSchema } from "@/lib/scheduling/settings";

export const T0 = new Date("2026-01-05T09:00:00Z");
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const at = (offsetMs: number) => new Date(T0.getTime() + offsetMs);

export function settingsWith(overrides: Partial<SchedulerSettings> = {}): SchedulerSettings {
  return schedulerSettingsSchema.parse({ enableFuzz: false, ...overrides });
}

/** A card after answering `ratings` at the given times (through our own reviewCard). */
export function cardAfter(
  steps: readonly { rating: ReviewRating; at: Date }[],
  settings: SchedulerSettings = settingsWith(),
  createdAt: Date = T0,
): StoredCard {
  let card = newCard(createdAt);
  for (const step of steps) card = reviewCard(card, step.rating, step.at, settings).after;
  return card;
}

/** A card in Review state, last reviewed at `lastReview`, due at `due`, with the given stability. */
export function reviewStateCard(lastReview: Date, due: Date, stability = 5): StoredCard {
  return {
    due,
    stability,
    difficulty: 5,
    elapsedDays: 3,
    scheduledDays: Math.round((due.getTime() - lastReview.getTime()) / DAY),
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: "Review",
    lastReview,
  };
}
