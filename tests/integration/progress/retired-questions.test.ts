import { describe, expect, it } from "vitest";
import { contentDir } from "@/lib/content/content-dir";
import { applyQuestionSuccessors, readSuccessorFiles } from "@/lib/db/question-successors";
import { defaultSchedulerSettings } from "@/lib/scheduling";
import { getCourse } from "@/lib/server/courses";
import { saveStudySettings } from "@/lib/server/data/study-settings/save-study-settings";
import { getQuestionHistory, getStatistics } from "@/lib/server/progress/student-progress";
import { getStudyQueue } from "@/lib/server/study/study-queue";
import { createStudent, recordAnswer, setUpAppDatabase } from "../helpers/app-database";

/** After a rewording: questions that left the bank stay in history, labelled, and out of queues. */
const COURSE = "azerbaijan-kazakhstan";
const app = setUpAppDatabase();
const loaded = getCourse(COURSE);
if (!loaded) throw new Error("default course missing");
const files = readSuccessorFiles(contentDir()).filter((f) => f.course === COURSE);

describe("retired questions", () => {
  it("are shown by their snapshot in history and statistics, and never queued", async () => {
    const retired = files[0]?.retired[0];
    const [oldId, successorId] = [...loaded.successorOf][0] ?? [];
    const current = loaded.questions.find((q) => q.id !== successorId);
    if (!retired || !oldId || !successorId || !current)
      throw new Error("needs a retired question and a successor in the successor files");

    const student = await createStudent(app.prisma);
    await saveStudySettings({
      userId: student.id,
      settings: { ...defaultSchedulerSettings, timeZone: "UTC" },
    });
    await recordAnswer(student.id, retired.id, "Good", "2026-11-01T09:00:00Z");
    await recordAnswer(student.id, retired.id, "Again", "2026-11-03T09:00:00Z");
    // An old card, and a card on its successor answered later: the old one stays on its old id.
    await recordAnswer(student.id, oldId, "Good", "2026-11-02T09:00:00Z");
    await recordAnswer(student.id, successorId, "Hard", "2026-11-04T09:00:00Z");
    await recordAnswer(student.id, current.id, "Good", "2026-11-04T10:00:00Z");
    await applyQuestionSuccessors({ prisma: app.prisma, files });

    const now = new Date("2026-12-20T12:00:00Z");
    const { cards, queue } = await getStudyQueue({
      userId: student.id,
      courseId: COURSE,
      deckId: "all",
      settings: { ...defaultSchedulerSettings, timeZone: "UTC" },
      now,
    });
    expect(cards.has(retired.id) && cards.has(oldId)).toBe(true);
    const queued = new Set(queue.items.map((item) => item.questionId));
    expect(queued.has(retired.id) || queued.has(oldId)).toBe(false);
    expect(queue.dueCount).toBe(2);

    const stats = await getStatistics({ userId: student.id, courseId: COURSE, now });
    expect(stats.forecast.total).toBe(2);
    expect(stats.totalReviews).toBe(5);
    expect(stats.retired).toEqual(
      expect.arrayContaining([
        { questionId: retired.id, prompt: retired.prompt, reps: 2, lapses: 0 },
        {
          questionId: oldId,
          prompt: loaded.questionsById.get(successorId)?.prompt,
          reps: 1,
          lapses: 0,
        },
      ]),
    );
    expect(stats.retired).toHaveLength(2);

    const history = await getQuestionHistory({
      userId: student.id,
      courseId: COURSE,
      questionId: retired.id,
    });
    expect(history.question).toMatchObject({
      status: "retired",
      prompt: retired.prompt,
      answer: retired.answer,
    });
    expect(history.history.entries.map((e) => e.rating)).toEqual(["Good", "Again"]);
    const reworded = await getQuestionHistory({
      userId: student.id,
      courseId: COURSE,
      questionId: oldId,
    });
    expect(reworded.question).toMatchObject({ status: "reworded", successor: { id: successorId } });
    expect(reworded.history.entries).toHaveLength(1);
    await expect(
      getQuestionHistory({ userId: student.id, courseId: COURSE, questionId: "q-never" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
