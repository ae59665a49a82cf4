import "server-only";
import { type Deck, introductionOrder } from "@/lib/decks/built-in-decks";
import { type PublicQuestion, toPublicQuestion } from "@/lib/questions";
import { siblingKeysOf } from "@/lib/questions/siblings";
import {
  buildPracticeQueue,
  buildStudyQueue,
  type SchedulerSettings,
  startOfStudyDay,
} from "@/lib/scheduling";
import { parseCustomDeckStudyId } from "@/lib/teaching/custom-deck-id";
import { excludedForStudent } from "@/lib/teaching/exclusions";
import { getCourse, type LoadedCourse } from "../courses";
import { getAssignedDeck } from "../data/assignments/get-assigned-deck";
import { getUserCards } from "../data/cards/get-user-cards";
import { getStudyDayActivity } from "../data/reviews/get-study-day-activity";
import { notFound } from "../errors";
import { deckQueueQuestions } from "./deck-queue-questions";

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

/** What a session needs of a deck, built-in or a teacher's. */
export type StudyDeck = Pick<Deck, "id" | "title" | "questionIds">;

export function requireCourse(courseId: string): LoadedCourse {
  const course = getCourse(courseId);
  if (!course) throw notFound("Course");
  return course;
}

/**
 * The deck a student studies: a built-in deck id, or `custom-<id>` for a teacher's deck assigned to
 * a class the student is in (anything else is NOT_FOUND, like a made-up id). A teacher's deck keeps
 * only the questions still in the bank and not taken out by the student's classes (every class
 * through which the student has the deck), in the introduction order built-in decks use.
 */
export async function resolveDeck(options: {
  userId: string;
  courseId: string;
  deckId: string;
}): Promise<{ course: LoadedCourse; deck: StudyDeck }> {
  const course = requireCourse(options.courseId);
  const customId = parseCustomDeckStudyId(options.deckId);
  if (!customId) {
    const deck = course.decksById.get(options.deckId);
    if (!deck) throw notFound("Deck");
    return { course, deck };
  }
  const assigned = await getAssignedDeck({
    studentId: options.userId,
    courseId: options.courseId,
    deckId: customId,
  });
  if (!assigned) throw notFound("Deck");
  const excluded = excludedForStudent(assigned.classExclusions);
  const questions = introductionOrder(
    assigned.questionIds.flatMap((id) =>
      excluded.has(id) ? [] : (course.questionsById.get(id) ?? []),
    ),
  );
  return {
    course,
    deck: { id: options.deckId, title: assigned.title, questionIds: questions.map((q) => q.id) },
  };
}

/** Today's FSRS queue for one deck, as `lib/scheduling` builds it from the user's cards and day. */
export async function getStudyQueue(options: {
  userId: string;
  courseId: string;
  deckId: string;
  settings: SchedulerSettings;
  now: Date;
}) {
  const { course, deck } = await resolveDeck(options);
  const since = startOfStudyDay(options.now, {
    timeZone: options.settings.timeZone,
    rolloverHour: options.settings.dayRolloverHour,
  });
  const [cards, activity] = await Promise.all([
    getUserCards({ userId: options.userId, courseId: options.courseId }),
    getStudyDayActivity({ userId: options.userId, courseId: options.courseId, since }),
  ]);
  const siblingKeysSeen = new Set(
    activity.questionIdsAnswered.flatMap((id) => {
      const question = course.questionsById.get(id);
      return question ? siblingKeysOf(question) : [];
    }),
  );
  const queue = buildStudyQueue({
    now: options.now,
    questions: deckQueueQuestions(deck, course.questionsById),
    cards,
    settings: options.settings,
    today: {
      reviewsDone: activity.reviewsDone,
      newIntroduced: activity.newIntroduced,
      siblingKeysSeen,
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
export async function getNextPracticeItem(options: {
  userId: string;
  courseId: string;
  deckId: string;
  seed: number;
  seen: ReadonlySet<string>;
}): Promise<NextStudyItem> {
  const { course, deck } = await resolveDeck(options);
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
