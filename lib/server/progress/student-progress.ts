import "server-only";
import {
  currentStreak,
  dueCountsFromCards,
  dueForecast,
  hardestFacts,
  homeSummary,
  longestStreak,
  masteryReport,
  planExam,
  questionHistory,
  retentionByDeck,
  reviewHeatmap,
} from "@/lib/progress";
import type { Question } from "@/lib/questions/types";
import { type StoredCard, studyDayKey } from "@/lib/scheduling";
import { getCourse, type LoadedCourse } from "../courses";
import { getQuestionReviews } from "../data/progress/get-question-reviews";
import { getRetentionRows } from "../data/progress/get-retention-rows";
import { getReviewsPerDay } from "../data/progress/get-reviews-per-day";
import { getRetiredQuestions } from "../data/questions/get-retired-questions";
import { getStudySettings } from "../data/study-settings/get-study-settings";
import { notFound } from "../errors";
import { getStudyQueue } from "../study/study-queue";

/** The start of everything: reviews before this are not in the database. */
const BEGINNING = new Date("2000-01-01T00:00:00Z");

function courseOrThrow(courseId: string) {
  const course = getCourse(courseId);
  if (!course) throw notFound("Course");
  return course;
}

/** What the student's home shows for one course: due, new today, done today, streak, Continue. */
export async function getHomeProgress(options: { userId: string; courseId: string; now: Date }) {
  const settings = await getStudySettings({ userId: options.userId });
  const day = { timeZone: settings.timeZone, rolloverHour: settings.dayRolloverHour };
  const [{ queue, activity }, reviewsPerDay] = await Promise.all([
    getStudyQueue({ ...options, deckId: "all", settings }),
    getReviewsPerDay({
      ...options,
      since: new Date(options.now.getTime() - 400 * 86_400_000),
      ...day,
    }),
  ]);
  return homeSummary({
    queue,
    reviewsDoneToday: activity.reviewsDone,
    reviewsPerDay,
    today: studyDayKey(options.now, day),
  });
}

/** Everything the statistics page shows for one course, from four aggregate queries. */
export async function getStatistics(options: {
  userId: string;
  courseId: string;
  now: Date;
  examDay?: string;
}) {
  const loaded = courseOrThrow(options.courseId);
  const settings = await getStudySettings({ userId: options.userId });
  const day = { timeZone: settings.timeZone, rolloverHour: settings.dayRolloverHour };
  const today = studyDayKey(options.now, day);
  const [{ cards }, perDay, retentionRows] = await Promise.all([
    getStudyQueue({ ...options, deckId: "all", settings }),
    getReviewsPerDay({ ...options, since: BEGINNING, ...day }),
    getRetentionRows(options),
  ]);
  const questions = loaded.questions;
  // Cards on questions that left the bank are history: not due, listed apart (retired).
  const inBank = [...cards].filter(([id]) => loaded.questionsById.has(id)).map(([, c]) => c);
  return {
    today,
    heatmap: reviewHeatmap(perDay, { today, weeks: 26 }),
    streak: { current: currentStreak(perDay, today), longest: longestStreak(perDay) },
    totalReviews: perDay.reduce((sum, d) => sum + d.count, 0),
    forecast: dueForecast(dueCountsFromCards(inBank, day), { today, days: 30 }),
    retention: retentionByDeck(retentionRows, loaded.decks),
    mastery: masteryReport(questions, cards, {
      now: options.now,
      themeOrder: loaded.course.themes.map((t) => t.id),
    }),
    hardest: hardestFacts(questions, cards, { limit: 10 }),
    exam: options.examDay
      ? planExam(loaded.decks, cards, { now: options.now, examDay: options.examDay, day })
      : null,
    retired: await retiredStudied(loaded, cards),
  };
}

/** A question the student has history on that the bank no longer asks. */
export interface RetiredStudied {
  questionId: string;
  prompt: string;
  reps: number;
  lapses: number;
}

async function retiredStudied(
  loaded: LoadedCourse,
  cards: ReadonlyMap<string, StoredCard>,
): Promise<RetiredStudied[]> {
  const gone = [...cards.keys()].filter((id) => !loaded.questionsById.has(id));
  const snapshots = new Map(
    (await getRetiredQuestions({ courseId: loaded.course.id, questionIds: gone })).map((r) => [
      r.questionId,
      r,
    ]),
  );
  return gone.flatMap((questionId) => {
    const card = cards.get(questionId);
    const shown = shownQuestion(loaded, questionId, snapshots.get(questionId) ?? null);
    if (!card || !shown || shown.status === "current") return [];
    const prompt = shown.status === "retired" ? shown.prompt : shown.successor.prompt;
    return [{ questionId, prompt, reps: card.reps, lapses: card.lapses }];
  });
}

/**
 * What history shows for a question id: the bank's question; a retired question's snapshot; or,
 * for an old id still on a card because the student also had a card on its successor (see
 * lib/db/question-successors.ts), the successor, which asks the same fact and value.
 */
export type ShownQuestion =
  | { status: "current"; question: Question }
  | { status: "retired"; type: string; prompt: string; answer: string; retiredAt: Date }
  | { status: "reworded"; successor: Question };

function shownQuestion(
  loaded: LoadedCourse,
  questionId: string,
  snapshot: Awaited<ReturnType<typeof getRetiredQuestions>>[number] | null,
): ShownQuestion | null {
  const question = loaded.questionsById.get(questionId);
  if (question) return { status: "current", question };
  if (snapshot) return { status: "retired", ...snapshot };
  const successor = loaded.questionsById.get(loaded.successorOf.get(questionId) ?? "");
  return successor ? { status: "reworded", successor } : null;
}

/**
 * One question's history for the student, with the question itself for context: a retired
 * question by its snapshot. NOT_FOUND for an id the course never had.
 */
export async function getQuestionHistory(options: {
  userId: string;
  courseId: string;
  questionId: string;
}) {
  const loaded = courseOrThrow(options.courseId);
  const [snapshot] = loaded.questionsById.has(options.questionId)
    ? []
    : await getRetiredQuestions({
        courseId: options.courseId,
        questionIds: [options.questionId],
      });
  const question = shownQuestion(loaded, options.questionId, snapshot ?? null);
  if (!question) throw notFound("Question");
  const settings = await getStudySettings({ userId: options.userId });
  const rows = await getQuestionReviews(options);
  return {
    question,
    history: questionHistory(rows, {
      timeZone: settings.timeZone,
      rolloverHour: settings.dayRolloverHour,
    }),
  };
}
