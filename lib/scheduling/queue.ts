import type { StoredCard } from "./card";
import { type StudyDayOptions, startOfNextStudyDay, startOfStudyDay } from "./day";
import { interleave } from "./interleave";
import { currentRetrievability } from "./retrievability";
import type { SchedulerSettings } from "./settings";

export interface QueueQuestion {
  id: string;
  /** Question type (e.g. "multiple-choice", "cloze"); neighbours differ when possible. */
  type: string;
  /** What the question is about (its record); two questions sharing a key are siblings. */
  siblingKeys: readonly string[];
  themes: readonly string[];
}

/** What the user has already done in the current study day. */
export interface StudyDayProgress {
  /** Review log entries today (all kinds, including first answers of new questions). */
  reviewsDone: number;
  /** Questions answered for the first time today. */
  newIntroduced: number;
  /** Sibling keys of every question answered today. */
  siblingKeysSeen: ReadonlySet<string>;
}

export interface BuildStudyQueueInput {
  now: Date;
  /** Questions the user studies; new ones are introduced in this order. */
  questions: readonly QueueQuestion[];
  /** The user's cards by question id; a question without one (or in state New) is new. */
  cards: ReadonlyMap<string, StoredCard>;
  settings: SchedulerSettings;
  today: StudyDayProgress;
  /** Return at most this many items (a page); counts are unaffected. */
  limit?: number;
}

export interface StudyQueueItem {
  questionId: string;
  kind: "review" | "new";
}

export interface StudyQueue {
  items: StudyQueueItem[];
  /** Started cards due today (before burying and limits). */
  dueCount: number;
  /** Questions never studied (before the daily new limit). */
  newAvailable: number;
  /** How many more new questions today's limit allows. */
  newLeftToday: number;
  /** Earliest time a review not in `items` becomes available (a learning step, tomorrow's reviews), or null. */
  nextDueAt: Date | null;
  /** True when there is nothing to study now. */
  doneForToday: boolean;
}

/** A started card available now, with what orders it. */
interface DueCandidate {
  question: QueueQuestion;
  card: StoredCard;
  retrievability: number;
}

const inSteps = (card: StoredCard) => card.state === "Learning" || card.state === "Relearning";

function sharesSiblingKey(question: QueueQuestion, facts: ReadonlySet<string>): boolean {
  return question.siblingKeys.some((fact) => facts.has(fact));
}

const byRetrievabilityThenId = (a: DueCandidate, b: DueCandidate) =>
  a.retrievability - b.retrievability ||
  (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0);

interface Sorted {
  /** Started cards available now, lowest retrievability first. */
  due: DueCandidate[];
  /** Questions never studied, in the given order. */
  fresh: QueueQuestion[];
  /** Earliest time a started card that is not due yet becomes available. */
  nextAvailableAt: Date | null;
}

/**
 * Splits questions into due, new and later (ignoring repeated ids). Cards in (re)learning
 * steps are due at their exact due time; reviews are day-based (like Anki): due today if
 * their due time falls before the next study day starts, available from the start of the
 * study day that contains their due time. Runs over every question of the deck on each
 * request, so it allocates only for due cards (copying each question cost more than the rest).
 */
function sortQuestions(
  { now, questions, cards }: BuildStudyQueueInput,
  day: StudyDayOptions,
  nextDayStart: Date,
): Sorted {
  const due: DueCandidate[] = [];
  const fresh: QueueQuestion[] = [];
  const nowMs = now.getTime();
  const nextDayStartMs = nextDayStart.getTime();
  let nextStepAt: number | null = null;
  let nextReviewDue: number | null = null;
  const seen = new Set<string>();
  for (const question of questions) {
    if (seen.has(question.id)) continue;
    seen.add(question.id);
    const card = cards.get(question.id);
    if (!card || card.state === "New") {
      fresh.push(question);
      continue;
    }
    const dueAt = card.due.getTime();
    if (inSteps(card) ? dueAt <= nowMs : dueAt < nextDayStartMs) {
      due.push({ question, card, retrievability: currentRetrievability(card, now) });
    } else if (inSteps(card)) {
      nextStepAt = Math.min(nextStepAt ?? dueAt, dueAt);
    } else {
      nextReviewDue = Math.min(nextReviewDue ?? dueAt, dueAt);
    }
  }
  due.sort(byRetrievabilityThenId);
  const later = [
    nextStepAt,
    nextReviewDue === null ? null : startOfStudyDay(new Date(nextReviewDue), day).getTime(),
  ].filter((time): time is number => time !== null);
  const nextAvailableAt = later.length === 0 ? null : new Date(Math.min(...later));
  return { due, fresh, nextAvailableAt };
}

/** Picks what to show, in priority order, burying siblings and applying the daily limits. */
function selectItems(
  { due, fresh }: Sorted,
  { settings, today }: BuildStudyQueueInput,
): {
  chosenDue: QueueQuestion[];
  chosenNew: QueueQuestion[];
  heldBackDue: boolean;
  newLeftToday: number;
} {
  const queuedKeys = new Set<string>();
  const take = (question: QueueQuestion) => {
    for (const fact of question.siblingKeys) queuedKeys.add(fact);
  };
  const isSibling = (question: QueueQuestion) =>
    sharesSiblingKey(question, today.siblingKeysSeen) || sharesSiblingKey(question, queuedKeys);

  // (Re)learning steps first, so they claim their facts and their share of the budget.
  const steps = due.filter((candidate) => inSteps(candidate.card));
  const chosenSteps = new Set<DueCandidate>();
  for (const candidate of steps) {
    if (sharesSiblingKey(candidate.question, queuedKeys)) continue;
    chosenSteps.add(candidate);
    take(candidate.question);
  }

  let budget = Math.max(0, settings.maxReviewsPerDay - today.reviewsDone) - chosenSteps.size;
  let heldBackDue = chosenSteps.size < steps.length;
  const chosenDue: QueueQuestion[] = [];
  for (const candidate of due) {
    if (chosenSteps.has(candidate)) {
      chosenDue.push(candidate.question);
    } else if (inSteps(candidate.card)) {
      // A buried step: already counted in heldBackDue.
    } else if (budget <= 0 || isSibling(candidate.question)) {
      heldBackDue = true;
    } else {
      chosenDue.push(candidate.question);
      take(candidate.question);
      budget--;
    }
  }

  const newLeftToday = Math.max(0, settings.newPerDay - today.newIntroduced);
  const chosenNew: QueueQuestion[] = [];
  for (const question of fresh) {
    if (chosenNew.length >= newLeftToday || budget <= 0) break;
    if (isSibling(question)) continue;
    chosenNew.push(question);
    take(question);
    budget--;
  }
  return { chosenDue, chosenNew, heldBackDue, newLeftToday };
}

/**
 * Today's study queue. Due cards first, lowest current retrievability first (ties by id),
 * then new questions in the given order up to the day's new limit; everything capped by the
 * reviews left under maxReviewsPerDay, except (re)learning steps, which are never dropped.
 * Siblings are buried: a question is skipped today when it shares a fact with a question
 * answered today (`today.siblingKeysSeen`) or already queued. Cards in (re)learning steps are
 * exempt from the first rule (their own answer is in siblingKeysSeen) but not the second.
 * Finally each group is interleaved by type and theme. Deterministic: no randomness.
 */
export function buildStudyQueue(input: BuildStudyQueueInput): StudyQueue {
  const { now, settings, limit } = input;
  const day: StudyDayOptions = {
    timeZone: settings.timeZone,
    rolloverHour: settings.dayRolloverHour,
  };
  const nextDayStart = startOfNextStudyDay(now, day);
  const sorted = sortQuestions(input, day, nextDayStart);
  const { chosenDue, chosenNew, heldBackDue, newLeftToday } = selectItems(sorted, input);

  // Reviews held back by a limit or burying come back when the next study day starts.
  const laterTimes = [sorted.nextAvailableAt, heldBackDue ? nextDayStart : null].filter(
    (time): time is Date => time !== null,
  );
  const nextDueAt =
    laterTimes.length === 0
      ? null
      : new Date(Math.min(...laterTimes.map((time) => time.getTime())));

  const orderedDue = interleave(chosenDue);
  const orderedNew = interleave(chosenNew, orderedDue[orderedDue.length - 1]);
  const items: StudyQueueItem[] = [
    ...orderedDue.map((c) => ({ questionId: c.id, kind: "review" as const })),
    ...orderedNew.map((c) => ({ questionId: c.id, kind: "new" as const })),
  ].slice(0, limit === undefined ? undefined : Math.max(0, Math.floor(limit)));

  return {
    items,
    dueCount: sorted.due.length,
    newAvailable: sorted.fresh.length,
    newLeftToday,
    nextDueAt,
    doneForToday: items.length === 0,
  };
}
