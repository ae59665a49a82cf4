import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { defaultSchedulerSettings, type ReviewRating, studyDayKey } from "@/lib/scheduling";
import { getCourse } from "@/lib/server/courses";
import { getRetentionRows } from "@/lib/server/data/progress/get-retention-rows";
import { getReviewsPerDay } from "@/lib/server/data/progress/get-reviews-per-day";
import { submitReview } from "@/lib/server/data/reviews/submit-review";
import { saveStudySettings } from "@/lib/server/data/study-settings/save-study-settings";
import { getQuestionHistory, getStatistics } from "@/lib/server/progress/student-progress";
import { createStudent, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error("default course missing");
const [q1, q2] = course.questions;
if (!q1 || !q2) throw new Error("bank too small");

function answer(userId: string, questionId: string, rating: ReviewRating, reviewedAt: Date) {
  return submitReview({
    userId,
    courseId: COURSE,
    questionId,
    answerId: randomUUID(),
    mode: "quiz",
    rating,
    correct: rating !== "Again",
    response: null,
    answerText: rating === "Again" ? "wrong" : "right",
    verdictCode: null,
    responseMs: 2000,
    reviewedAt,
  });
}

describe("getReviewsPerDay", () => {
  it("groups by the student's study day (time zone and rollover hour), like studyDayKey", async () => {
    const user = await createStudent(app.prisma);
    const times = [
      "2026-06-01T17:30:00Z", // 22:30 in Almaty: 1 June
      "2026-06-01T19:30:00Z", // 00:30 on 2 June in Almaty, before the 4 am rollover: still 1 June
      "2026-06-01T23:30:00Z", // 04:30 on 2 June in Almaty: 2 June
    ].map((t) => new Date(t));
    for (const [i, t] of times.entries()) await answer(user.id, i === 2 ? q2.id : q1.id, "Good", t);
    const day = { timeZone: "Asia/Almaty", rolloverHour: 4 };
    const rows = await getReviewsPerDay({
      userId: user.id,
      courseId: COURSE,
      since: new Date("2026-05-01T00:00:00Z"),
      ...day,
    });
    expect(rows).toEqual([
      { day: "2026-06-01", count: 2 },
      { day: "2026-06-02", count: 1 },
    ]);
    expect(times.map((t) => studyDayKey(t, day))).toEqual([
      "2026-06-01",
      "2026-06-01",
      "2026-06-02",
    ]);
  });
});

describe("getRetentionRows", () => {
  it("counts all and mature answers, right and wrong, in the 7- and 30-day windows", async () => {
    const user = await createStudent(app.prisma);
    const now = new Date("2026-07-31T12:00:00Z");
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    await answer(user.id, q1.id, "Good", daysAgo(40)); // outside both windows
    await answer(user.id, q1.id, "Good", daysAgo(39.99));
    await answer(user.id, q1.id, "Good", daysAgo(20)); // Review state before: mature, right
    await answer(user.id, q1.id, "Again", daysAgo(3)); // mature, wrong (a lapse)
    const rows = await getRetentionRows({ userId: user.id, courseId: COURSE, now });
    expect(rows).toEqual([
      {
        questionId: q1.id,
        last7: { all: { correct: 0, total: 1 }, mature: { correct: 0, total: 1 } },
        last30: { all: { correct: 1, total: 2 }, mature: { correct: 1, total: 2 } },
      },
    ]);
  });
});

describe("statistics of a student", () => {
  it("computes the page's figures from their own reviews only", async () => {
    const user = await createStudent(app.prisma);
    const other = await createStudent(app.prisma, "Other");
    await saveStudySettings({
      userId: user.id,
      settings: { ...defaultSchedulerSettings, timeZone: "UTC" },
    });
    const now = new Date("2026-08-10T10:00:00Z");
    const days = (d: number) => new Date(now.getTime() - d * 86_400_000);
    await answer(user.id, q1.id, "Good", days(2));
    await answer(user.id, q1.id, "Good", days(1.99));
    await answer(user.id, q1.id, "Again", days(1));
    await answer(user.id, q2.id, "Good", days(0.1));
    await answer(other.id, q1.id, "Good", days(0.2));

    const stats = await getStatistics({
      userId: user.id,
      courseId: COURSE,
      now,
      examDay: "2026-09-01",
    });
    expect(stats.totalReviews).toBe(4);
    expect(stats.streak.current).toBe(3);
    expect(stats.heatmap.to).toBe("2026-08-10");
    expect(stats.retention.overall.last7.all).toEqual({ correct: 3, total: 4, rate: 0.75 });
    expect(stats.hardest.map((f) => f.lapses)).toEqual(q1.factIds.map(() => 1));
    expect(stats.mastery.overall.total).toBe(course.questions.length);
    expect(stats.mastery.overall.new).toBe(course.questions.length - 2);
    const all = stats.exam?.find((plan) => plan.deckId === "all");
    expect(all).toMatchObject({ status: "planned", newQuestions: course.questions.length - 2 });

    const history = await getQuestionHistory({
      userId: user.id,
      courseId: COURSE,
      questionId: q1.id,
    });
    expect(history.history.entries.map((e) => e.rating)).toEqual(["Good", "Good", "Again"]);
    expect(history.history.entries.map((e) => e.answerText)).toEqual(["right", "right", "wrong"]);
    expect(history.history.lapses).toBe(1);
  });
});
