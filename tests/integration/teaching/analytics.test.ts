import { beforeAll, describe, expect, it } from "vitest";
import { retrievabilityAt } from "@/lib/scheduling";
import { getCourse } from "@/lib/server/courses";
import { getClassMemberActivity } from "@/lib/server/data/analytics/get-class-member-activity";
import { getClassMemberCards } from "@/lib/server/data/analytics/get-class-member-cards";
import { getClassQuestionStats } from "@/lib/server/data/analytics/get-class-question-stats";
import { toStoredCard } from "@/lib/server/data/cards/card-row";
import { exportClassTable, getClassAnalytics } from "@/lib/server/teaching/class-analytics";
import { expectedAnswerText } from "@/lib/teaching/class-analytics";
import {
  createStudent,
  createTeacher,
  recordAnswer,
  setUpAppDatabase,
} from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error("default course missing");
const [q1, q2, q3] = course.questions;
if (!q1 || !q2 || !q3) throw new Error("bank too small");
const right1 = expectedAnswerText(q1);

const now = new Date("2026-11-20T12:00:00Z");

let counter = 0;
async function createClass(teacherId: string, name: string, studentIds: string[]) {
  counter += 1;
  return app.prisma.class.create({
    data: {
      teacherId,
      courseId: COURSE,
      name,
      joinCode: `CODE${String(counter).padStart(4, "0")}`,
      members: { create: studentIds.map((studentId) => ({ studentId })) },
    },
    select: { id: true },
  });
}

async function assign(teacherId: string, classId: string, questionIds: string[]) {
  const deck = await app.prisma.customDeck.create({
    data: {
      teacherId,
      courseId: COURSE,
      title: "Treaties",
      filters: {},
      addedIds: questionIds,
      removedIds: [],
      questionIds,
    },
  });
  return app.prisma.assignment.create({
    data: {
      classId,
      deckId: deck.id,
      dueDay: "2026-11-25",
      timeZone: "UTC",
      goal: "all_correct",
      createdAt: new Date("2026-11-10T00:00:00Z"),
    },
  });
}

const ids = {} as Record<
  "teacher" | "other" | "leyla" | "bek" | "idle" | "outsider" | "cls",
  string
>;

beforeAll(async () => {
  const [teacher, other, leyla, bek, idle, outsider] = await Promise.all([
    createTeacher(app.prisma, "Ms Həsənova"),
    createTeacher(app.prisma, "Mr Other"),
    createStudent(app.prisma, "Ağayeva, Leyla"),
    createStudent(app.prisma, "Bek"),
    createStudent(app.prisma, "Idle"),
    createStudent(app.prisma, "Outsider"),
  ]);
  const cls = await createClass(teacher.id, "10B Tarix (Ağayeva)", [leyla.id, bek.id, idle.id]);
  await assign(teacher.id, cls.id, [q1.id, q2.id]);
  Object.assign(ids, {
    teacher: teacher.id,
    other: other.id,
    leyla: leyla.id,
    bek: bek.id,
    idle: idle.id,
    outsider: outsider.id,
    cls: cls.id,
  });

  // Leyla: q1 learned before the assignment (Easy → Review), then forgotten once; q2 learned
  // and then remembered. Mature answers in 30 days: the q1 lapse and the q2 recall.
  await recordAnswer(leyla.id, q1.id, "Easy", "2026-11-01T10:00:00Z", right1);
  await recordAnswer(leyla.id, q1.id, "Again", "2026-11-15T10:00:00Z", "1996");
  await recordAnswer(leyla.id, q2.id, "Easy", "2026-11-16T09:00:00Z");
  await recordAnswer(leyla.id, q2.id, "Good", "2026-11-19T09:00:00Z");
  // Not assigned: never counted, though it is her latest answer.
  await recordAnswer(leyla.id, q3.id, "Again", "2026-11-20T08:00:00Z", "zzz");
  // Bek: two wrong tries then right on q1: half the deck at 10.5 of 16 days: behind.
  await recordAnswer(bek.id, q1.id, "Again", "2026-11-18T10:00:00Z", "1996 ");
  await recordAnswer(bek.id, q1.id, "Again", "2026-11-18T10:01:00Z", "1995");
  await recordAnswer(bek.id, q1.id, "Good", "2026-11-18T10:02:00Z", right1);
  // Not a member: never counted.
  for (const minute of ["00", "01", "02"]) {
    await recordAnswer(outsider.id, q1.id, "Again", `2026-11-19T10:${minute}:00Z`, "2001");
  }
}, 60_000);

describe("class analytics", () => {
  it("gives each member's band, reviews in 7 days, true retention and last activity", async () => {
    const analytics = await getClassAnalytics({ teacherId: ids.teacher, classId: ids.cls, now });
    const byId = new Map(analytics.students.map((s) => [s.studentId, s]));
    expect([...byId.keys()].sort()).toEqual([ids.leyla, ids.bek, ids.idle].sort());

    expect(byId.get(ids.leyla)).toMatchObject({
      name: "Ağayeva, Leyla",
      band: "on-track",
      progress: 1,
      reviews7: 3,
      retention: { correct: 1, total: 2, rate: 0.5 },
      lastActive: new Date("2026-11-19T09:00:00Z"),
    });
    expect(byId.get(ids.leyla)?.assignments[0]?.progress).toMatchObject({
      done: 2,
      target: 2,
      status: "complete",
      completedAt: new Date("2026-11-16T09:00:00Z"),
    });
    expect(byId.get(ids.bek)).toMatchObject({
      band: "behind",
      progress: 0.5,
      reviews7: 3,
      retention: { correct: 0, total: 0, rate: null },
      lastActive: new Date("2026-11-18T10:02:00Z"),
    });
    expect(byId.get(ids.idle)).toMatchObject({
      band: "not-started",
      progress: 0,
      reviews7: 0,
      retention: { rate: null },
      lastActive: null,
    });
  });

  it("gives each answered question's attempts, share correct and confusions, members only", async () => {
    const analytics = await getClassAnalytics({ teacherId: ids.teacher, classId: ids.cls, now });
    expect(analytics.assignedQuestions).toBe(2);
    expect(
      analytics.questions.map((q) => [q.questionId, q.attempts, q.correct, q.correctShare]),
    ).toEqual([
      [q1.id, 5, 2, 0.4],
      [q2.id, 2, 2, 1],
    ]);
    expect(analytics.questions[0]?.confusions).toEqual([
      { answer: "1996", count: 2, share: 0.4 },
      { answer: "1995", count: 1, share: 0.2 },
    ]);
  });

  it("predicts the class's recall on an exam day from the members' cards of assigned questions", async () => {
    const analytics = await getClassAnalytics({
      teacherId: ids.teacher,
      classId: ids.cls,
      now,
      examDay: "2026-11-30",
    });
    const exam = analytics.exam;
    if (exam?.status !== "planned") throw new Error(`unexpected ${exam?.status}`);
    const at = new Date("2026-11-30T00:00:00Z");
    const recallOf = async (userId: string, questionId: string) => {
      const card = await app.prisma.card.findFirstOrThrow({ where: { userId, questionId } });
      return retrievabilityAt(toStoredCard(card), at);
    };
    const leyla = ((await recallOf(ids.leyla, q1.id)) + (await recallOf(ids.leyla, q2.id))) / 2;
    const bek = (await recallOf(ids.bek, q1.id)) / 2;
    const recall = new Map(exam.students.map((s) => [s.studentId, s.predictedRecall]));
    expect(recall.size).toBe(3);
    expect(recall.get(ids.leyla)).toBeCloseTo(leyla, 10);
    expect(recall.get(ids.bek)).toBeCloseTo(bek, 10);
    expect(recall.get(ids.idle)).toBe(0);
    expect(exam.mean).toBeCloseTo((leyla + bek) / 3, 10);
    expect(exam.median).toBeCloseTo([0, leyla, bek].sort((a, b) => a - b)[1] ?? -1, 10);
    expect(exam.questions).toBe(2);
    const { below50, from50to80, atLeast80 } = exam.distribution;
    expect(below50 + from50to80 + atLeast80).toBe(3);
    expect(below50).toBeGreaterThanOrEqual(2); // Idle (0) and Bek (at most half)
  });

  it("refuses an exam date that is not a real day", async () => {
    await expect(
      getClassAnalytics({ teacherId: ids.teacher, classId: ids.cls, now, examDay: "2026-02-31" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("never counts non-members or questions the class was not assigned", async () => {
    const scope = { teacherId: ids.teacher, classId: ids.cls };
    const activity = await getClassMemberActivity({ ...scope, now });
    expect([...activity.keys()].sort()).toEqual([ids.leyla, ids.bek].sort());
    const stats = await getClassQuestionStats(scope);
    expect(stats.map((s) => s.questionId).sort()).toEqual([q1.id, q2.id].sort());
    expect(stats.flatMap((s) => s.wrongAnswers.map((w) => w.text))).not.toContain("2001");
    const cards = await getClassMemberCards(scope);
    expect([...cards.keys()].sort()).toEqual([ids.leyla, ids.bek].sort());
    expect([...(cards.get(ids.leyla)?.keys() ?? [])].sort()).toEqual([q1.id, q2.id].sort());
  });

  it("exports the student and question tables as UTF-8 CSV with a BOM and CRLF", async () => {
    const students = await exportClassTable({
      teacherId: ids.teacher,
      classId: ids.cls,
      table: "students",
      now,
    });
    const bytes = Buffer.from(students.csv, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = students.csv.slice(1).split("\r\n");
    expect(lines).toEqual([
      "Student,Band,Treaties (due 2026-11-25): progress %,Treaties (due 2026-11-25): status," +
        "Reviews (7 days),True retention % (30 days),Mature answers (30 days),Last active (UTC)",
      '"Ağayeva, Leyla",On track,100,complete,3,50,2,2026-11-19 09:00',
      "Bek,Behind,50,in progress,3,,0,2026-11-18 10:02",
      "Idle,Not started,0,not started,0,,0,",
      "",
    ]);
    expect(students.contentDisposition).toBe(
      "attachment; filename=\"10b-tarix-agayeva-students.csv\"; filename*=UTF-8''10B%20Tarix%20%28A%C4%9Fayeva%29-students.csv",
    );

    const questions = await exportClassTable({
      teacherId: ids.teacher,
      classId: ids.cls,
      table: "questions",
      now,
    });
    const rows = questions.csv.slice(1).split("\r\n");
    expect(rows[0]).toBe(
      "Question,Correct answer,Attempts,Correct %,Most common wrong answers,Said they were right",
    );
    expect(rows[1]).toContain(
      `,5,40,40% chose 1996 instead of ${right1}; 20% chose 1995 instead of ${right1}`,
    );
    expect(rows).toHaveLength(4); // header, two questions, the empty end after the last CRLF
  });

  it("is NOT_FOUND for another teacher, a student id or a made-up class id", async () => {
    for (const [teacherId, classId] of [
      [ids.other, ids.cls],
      [ids.leyla, ids.cls],
      [ids.teacher, "no-such-class"],
    ] as const) {
      await expect(getClassAnalytics({ teacherId, classId, now })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        exportClassTable({ teacherId, classId, table: "students", now }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      // The queries themselves are scoped: they find nothing rather than another's data.
      expect((await getClassMemberActivity({ teacherId, classId, now })).size).toBe(0);
      expect(await getClassQuestionStats({ teacherId, classId })).toEqual([]);
      expect((await getClassMemberCards({ teacherId, classId })).size).toBe(0);
    }
  });
});
