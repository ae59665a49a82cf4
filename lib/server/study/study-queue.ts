import "server-only";
import type { Deck } from "@/lib/decks/built-in-decks";
import { type PublicQuestion, toPublicQuestion } from "@/lib/questions";
import {
  buildPracticeQueue,
  buildStudyQueue,
  type SchedulerSettings,
  startOfStudyDay,
} from "@/lib/scheduling";
import { getCourse, type LoadedCourse } from "../courses";
import { getUserCards } from "../data/cards/get-user-cards";
import { getStudyDayActivity } from "../data/reviews/get-study-day-activity";
import { notFound } from "../errors";

export interface StudyCounts {
  /** Reviews due today in this deck (before limits). */
  due: number;
  /** New questions today's limit still allows. */
  newLeft: number;
  /** Items left in today's queue for this deck. */
  remaining: number;
}

export interface NextStudyItem {
  question: PublicQuestion | null;
  kind: "review" | "new" | "practice" | null;
  counts: StudyCounts;
  doneForToday: boolean;
  /** ISO time of the next review that is not available yet. */
  nextDueAt: string | null;
}

export function requireDeck(
  courseId: string,
  deckId: string,
): { course: LoadedCourse; deck: Deck } {
  const course = getCourse(courseId);
  if (!course) throw notFound("Course");
  const deck = course.decksById.get(deckId);
  if (!deck) throw notFound("Deck");
  return { course, deck };
}

/** Today's FSRS queue for one deck, as `lib/scheduling` builds it from the user's cards and day. */
export async function getStudyQueue(options: {
  userId: string;
  courseId: string;
  deckId: string;
  settings: SchedulerSettings;
  now: Date;
}) {
  const { course, deck } = requireDeck(options.courseId, options.deckId);
  const since = startOfStudyDay(options.now, {
    timeZone: options.settings.timeZone,
    rolloverHour: options.settings.dayRolloverHour,
  });
  const [cards, activity] = await Promise.all([
    getUserCards({ userId: options.userId, courseId: options.courseId }),
    getStudyDayActivity({ userId: options.userId, courseId: options.courseId, since }),
  ]);
  const factIdsSeen = new Set(
    activity.questionIdsAnswered.flatMap((id) => course.questionsById.get(id)?.factIds ?? []),
  );
  const questions = deck.questionIds.flatMap((id) => {
    const q = course.questionsById.get(id);
    return q ? [{ id: q.id, type: q.type, factIds: q.factIds, themes: q.tags.themes }] : [];
  });
  const queue = buildStudyQueue({
    now: options.now,
    questions,
    cards,
    settings: options.settings,
    today: {
      reviewsDone: activity.reviewsDone,
      newIntroduced: activity.newIntroduced,
      factIdsSeen,
    },
  });
  return { course, deck, cards, queue, activity };
}

/** The next question of today's queue for a deck, with the counts the session shows. */
export async function getNextStudyItem(options: {
  userId: string;
  courseId: string;
  deckId: string;
  settings: SchedulerSettings;
  now: Date;
}): Promise<NextStudyItem> {
  const { course, queue } = await getStudyQueue(options);
  const first = queue.items[0];
  const question = first ? course.questionsById.get(first.questionId) : undefined;
  return {
    question: question ? toPublicQuestion(question) : null,
    kind: first?.kind ?? null,
    counts: { due: queue.dueCount, newLeft: queue.newLeftToday, remaining: queue.items.length },
    doneForToday: queue.doneForToday,
    nextDueAt: queue.nextDueAt?.toISOString() ?? null,
  };
}

/** The next practice (cram) question: a seeded shuffle of the deck, skipping those already seen. */
export function getNextPracticeItem(options: {
  courseId: string;
  deckId: string;
  seed: number;
  seen: ReadonlySet<string>;
}): NextStudyItem {
  const { course, deck } = requireDeck(options.courseId, options.deckId);
  const order = buildPracticeQueue(
    deck.questionIds.map((id) => ({ id })),
    { seed: options.seed, size: deck.questionIds.length },
  );
  const left = order.filter((item) => !options.seen.has(item.questionId));
  const question = left[0] ? course.questionsById.get(left[0].questionId) : undefined;
  return {
    question: question ? toPublicQuestion(question) : null,
    kind: question ? "practice" : null,
    counts: { due: 0, newLeft: 0, remaining: left.length },
    doneForToday: !question,
    nextDueAt: null,
  };
}
