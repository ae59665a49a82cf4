import type { StudyQueue } from "@/lib/scheduling";
import type { DayCount, DayKey } from "./day-key";
import { assertCount } from "./day-key";
import { currentStreak } from "./streak";

/** What the Continue button starts. */
export type ContinueAction =
  /** Due reviews first (the session goes on to new questions if there is room). */
  | { kind: "review" }
  /** Nothing due: learn new questions. */
  | { kind: "learn" }
  /** Nothing to study now; `nextDueAt` is when something comes back (null: nothing scheduled). */
  | { kind: "done"; nextDueAt: Date | null };

export interface HomeSummary {
  /** Started cards due today (learning steps due now included), before burying and limits. */
  dueNow: number;
  /** New questions today's limit still allows: min(never studied, left under newPerDay). */
  newAvailableToday: number;
  reviewsDoneToday: number;
  /** Days in a row with a review, ending today (or yesterday if today has none yet). */
  streak: number;
  /** True once today has a review (the streak is safe for today). */
  studiedToday: boolean;
  continueAction: ContinueAction;
}

export interface HomeSummaryInput {
  /** `buildStudyQueue` over the course, so Home and the session agree. */
  queue: Pick<StudyQueue, "items" | "dueCount" | "newAvailable" | "newLeftToday" | "nextDueAt">;
  /** Reviews since the start of today's study day (`count` on the (userId, reviewedAt) index). */
  reviewsDoneToday: number;
  /** Reviews per study day for recent days (enough to cover the streak, e.g. the last year). */
  reviewsPerDay: readonly DayCount[];
  today: DayKey;
}

/** The signed-in student's Home figures and where Continue leads. */
export function homeSummary({
  queue,
  reviewsDoneToday,
  reviewsPerDay,
  today,
}: HomeSummaryInput): HomeSummary {
  assertCount(reviewsDoneToday, "reviewsDoneToday");
  // Today's row may lag behind the live count (or be missing); the live count wins.
  const days = [
    ...reviewsPerDay.filter((row) => row.day !== today),
    { day: today, count: reviewsDoneToday },
  ];
  const continueAction: ContinueAction = queue.items.some((item) => item.kind === "review")
    ? { kind: "review" }
    : queue.items.length > 0
      ? { kind: "learn" }
      : { kind: "done", nextDueAt: queue.nextDueAt };
  return {
    dueNow: queue.dueCount,
    newAvailableToday: Math.min(queue.newAvailable, queue.newLeftToday),
    reviewsDoneToday,
    streak: currentStreak(days, today),
    studiedToday: reviewsDoneToday > 0,
    continueAction,
  };
}
