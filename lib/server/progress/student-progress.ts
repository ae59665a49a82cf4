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
import { studyDayKey } from "@/lib/scheduling";
import { getCourse } from "../courses";
import { getQuestionReviews } from "../data/progress/get-question-reviews";
import { getRetentionRows } from "../data/progress/get-retention-rows";
import { getReviewsPerDay } from "../data/progress/get-reviews-per-day";
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
  return {
    today,
    heatmap: reviewHeatmap(perDay, { today, weeks: 26 }),
    streak: { current: currentStreak(perDay, today), longest: longestStreak(perDay) },
    totalReviews: perDay.reduce((sum, d) => sum + d.count, 0),
    forecast: dueForecast(dueCountsFromCards(cards.values(), day), { today, days: 30 }),
    retention: retentionByDeck(retentionRows, loaded.decks),
    mastery: masteryReport(questions, cards, {
      now: options.now,
      themeOrder: loaded.course.themes.map((t) => t.id),
    }),
    hardest: hardestFacts(questions, cards, { limit: 10 }),
    exam: options.examDay
      ? planExam(loaded.decks, cards, { now: options.now, examDay: options.examDay, day })
      : null,
  };
}

/** One question's history for the student, with the question itself for context. */
export async function getQuestionHistory(options: {
  userId: string;
  courseId: string;
  questionId: string;
}) {
  const loaded = courseOrThrow(options.courseId);
  const question = loaded.questionsById.get(options.questionId);
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
