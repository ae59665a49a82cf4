import { describe, expect, it } from "vitest";
import { getCourse } from "@/lib/server/courses";
import { getAssignmentActivity } from "@/lib/server/data/assignments/get-assignment-activity";
import { createStudent, recordAnswer, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error("default course missing");
const [q1, q2, q3] = course.questions;
if (!q1 || !q2 || !q3) throw new Error("bank too small");

describe("getAssignmentActivity", () => {
  it("aggregates first correct answers, answers since set and the goal-th answer per student", async () => {
    const [ana, bek, idle] = await Promise.all([
      createStudent(app.prisma, "Ana"),
      createStudent(app.prisma, "Bek"),
      createStudent(app.prisma, "Idle"),
    ]);
    await recordAnswer(ana.id, q1.id, "Again", "2026-10-01T10:00:00Z");
    await recordAnswer(ana.id, q1.id, "Good", "2026-10-01T10:05:00Z"); // before set: still counts as correct
    await recordAnswer(ana.id, q2.id, "Again", "2026-11-02T10:00:00Z");
    await recordAnswer(ana.id, q2.id, "Good", "2026-11-02T10:10:00Z");
    await recordAnswer(ana.id, q3.id, "Good", "2026-11-03T09:00:00Z"); // not in the deck
    await recordAnswer(bek.id, q2.id, "Again", "2026-11-04T08:00:00Z");

    const setAt = new Date("2026-11-01T00:00:00Z");
    const activity = await getAssignmentActivity({
      studentIds: [ana.id, bek.id, idle.id],
      courseId: COURSE,
      questionIds: [q1.id, q2.id],
      setAt,
      goal: { kind: "reviews", reviews: 2 },
    });

    const a = activity.get(ana.id);
    expect(a?.firstCorrectAt).toEqual(
      new Map([
        [q1.id, new Date("2026-10-01T10:05:00Z")],
        [q2.id, new Date("2026-11-02T10:10:00Z")],
      ]),
    );
    expect(a?.answersSinceSet).toBe(2);
    expect(a?.goalAnswerAt).toEqual(new Date("2026-11-02T10:10:00Z"));

    expect(activity.get(bek.id)).toEqual({
      firstCorrectAt: new Map(),
      answersSinceSet: 1,
      goalAnswerAt: null,
    });
    expect(activity.get(idle.id)).toEqual({
      firstCorrectAt: new Map(),
      answersSinceSet: 0,
      goalAnswerAt: null,
    });
  });

  it("returns only the students asked about", async () => {
    const [asked, other] = await Promise.all([
      createStudent(app.prisma, "Asked"),
      createStudent(app.prisma, "Other"),
    ]);
    await recordAnswer(other.id, q1.id, "Good", "2026-11-02T10:00:00Z");
    const activity = await getAssignmentActivity({
      studentIds: [asked.id],
      courseId: COURSE,
      questionIds: [q1.id],
      setAt: new Date("2026-11-01T00:00:00Z"),
      goal: { kind: "all_correct" },
    });
    expect([...activity.keys()]).toEqual([asked.id]);
    expect(activity.get(asked.id)?.firstCorrectAt.size).toBe(0);
  });
});
