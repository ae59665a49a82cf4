import { addDays, type DayKey } from "@/lib/progress/day-key";
import { startOfDayKey } from "@/lib/progress/day-start";

/** What an assignment asks for. */
export type AssignmentGoal = { kind: "all_correct" } | { kind: "reviews"; reviews: number };

export interface AssignmentTerms {
  goal: AssignmentGoal;
  /** How many questions the deck has now. */
  deckSize: number;
  /** When the assignment was set. */
  setAt: Date;
  /** The end of the due day (see `assignmentDueAt`). */
  dueAt: Date;
}

/** One student's answers to the assignment's deck, as the data layer aggregates them. */
export interface AssignmentActivity {
  /** Deck question → the student's first correct answer to it, ever (progress is kept). */
  firstCorrectAt: ReadonlyMap<string, Date>;
  /** Answers to the deck's questions since the assignment was set. */
  answersSinceSet: number;
  /** When the answer that reached a reviews goal was given (the goal-th since set), if it was. */
  goalAnswerAt: Date | null;
}

/** A student who has not answered the assignment's deck at all. */
export const NO_ACTIVITY: AssignmentActivity = {
  firstCorrectAt: new Map(),
  answersSinceSet: 0,
  goalAnswerAt: null,
};

/** An assignment as it is stored, with its deck's question ids. */
export interface StoredAssignment {
  id: string;
  goal: "all_correct" | "reviews";
  /** Set (and > 0) exactly for a reviews goal: a CHECK constraint keeps it so. */
  goalReviews: number | null;
  dueDay: DayKey;
  timeZone: string;
  createdAt: Date;
  deck: { questionIds: readonly string[] };
}

/**
 * How one assignment is measured, the same on every page (class, analytics, student home): its
 * goal, its due time and the deck's questions that the course's bank still has (`bank`: the ids
 * it knows; none without a course), so a question removed from the bank never counts, less those
 * the teacher took out of the assignment's class (`excluded`).
 */
export function assignmentTerms(
  assignment: StoredAssignment,
  bank: { has(questionId: string): boolean } | undefined,
  excluded: { has(questionId: string): boolean } = new Set<string>(),
): { questionIds: string[]; terms: AssignmentTerms } {
  const questionIds = assignment.deck.questionIds.filter(
    (id) => (bank?.has(id) ?? false) && !excluded.has(id),
  );
  return {
    questionIds,
    terms: {
      goal: assignmentGoal(assignment),
      deckSize: questionIds.length,
      setAt: assignment.createdAt,
      dueAt: assignmentDueAt(assignment.dueDay, assignment.timeZone),
    },
  };
}

function assignmentGoal(assignment: StoredAssignment): AssignmentGoal {
  if (assignment.goal === "all_correct") return { kind: "all_correct" };
  if (assignment.goalReviews === null) throw new Error(`Assignment ${assignment.id} has no goal`);
  return { kind: "reviews", reviews: assignment.goalReviews };
}

/**
 * - `not-started`: nothing towards the goal yet;
 * - `in-progress`: started, not complete, not past due;
 * - `complete`: reached on or before the due time; `late`: reached after it;
 * - `overdue`: past due and not complete.
 */
export type AssignmentStatus = "not-started" | "in-progress" | "complete" | "late" | "overdue";

/**
 * The teacher's bands: `on-track` (complete, or progress at least the share of the time elapsed
 * minus `PACE_TOLERANCE`), `behind` (started but slower than that, or overdue), `not-started`.
 */
export type AssignmentBand = "on-track" | "behind" | "not-started";

export interface AssignmentProgress {
  /** Questions answered correctly (all_correct) or answers given (reviews), capped at `target`. */
  done: number;
  target: number;
  /** done / target, 0…1 (1 for an empty deck). */
  fraction: number;
  completedAt: Date | null;
  status: AssignmentStatus;
  band: AssignmentBand;
}

/** How far progress may trail the elapsed share of the time before a student is "behind". */
export const PACE_TOLERANCE = 0.1;

/**
 * The instant an assignment is due: the end of `dueDay` (midnight after it) in `timeZone`, so
 * "due 5 December" includes all of the 5th where the teacher set it.
 */
export function assignmentDueAt(dueDay: DayKey, timeZone: string): Date {
  return startOfDayKey(addDays(dueDay, 1), { timeZone, rolloverHour: 0 });
}

/** A student's progress toward one assignment at `now`. Pure; the data layer supplies `activity`. */
export function assignmentProgress(
  terms: AssignmentTerms,
  activity: AssignmentActivity,
  now: Date,
): AssignmentProgress {
  const { done, target, completedAt } = reached(terms, activity);
  const fraction = target === 0 ? 1 : done / target;
  const pastDue = now.getTime() >= terms.dueAt.getTime();
  const status: AssignmentStatus = completedAt
    ? completedAt.getTime() > terms.dueAt.getTime()
      ? "late"
      : "complete"
    : pastDue
      ? "overdue"
      : done === 0
        ? "not-started"
        : "in-progress";
  let band: AssignmentBand;
  if (completedAt) band = "on-track";
  else if (done === 0) band = "not-started";
  else if (pastDue) band = "behind";
  else band = fraction >= elapsedShare(terms, now) - PACE_TOLERANCE ? "on-track" : "behind";
  return { done, target, fraction, completedAt, status, band };
}

function reached(
  terms: AssignmentTerms,
  activity: AssignmentActivity,
): { done: number; target: number; completedAt: Date | null } {
  if (terms.goal.kind === "reviews") {
    const target = terms.goal.reviews;
    const done = Math.min(activity.answersSinceSet, target);
    return { done, target, completedAt: done >= target ? activity.goalAnswerAt : null };
  }
  const target = terms.deckSize;
  const times = [...activity.firstCorrectAt.values()];
  const done = Math.min(times.length, target);
  if (done < target) return { done, target, completedAt: null };
  // Complete when the last question was first answered correctly; an empty deck, when it was set.
  const last = times.reduce((latest, t) => Math.max(latest, t.getTime()), terms.setAt.getTime());
  return { done, target, completedAt: new Date(last) };
}

/** Share of the time from set to due that has passed, 0…1. */
function elapsedShare(terms: AssignmentTerms, now: Date): number {
  const span = terms.dueAt.getTime() - terms.setAt.getTime();
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (now.getTime() - terms.setAt.getTime()) / span));
}
