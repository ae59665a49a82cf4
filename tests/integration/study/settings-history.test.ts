import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  defaultSchedulerSettings,
  type ReviewRating,
  reviewCard,
  type SchedulerSettings,
  type StoredCard,
  schedulerSettingsSchema,
} from "@/lib/scheduling";
import { getCourse } from "@/lib/server/courses";
import { toStoredCard } from "@/lib/server/data/cards/card-row";
import { getStudySettings } from "@/lib/server/data/study-settings/get-study-settings";
import { saveStudySettings } from "@/lib/server/data/study-settings/save-study-settings";
import { answerQuestion } from "@/lib/server/study/answer-question";
import { undoAnswer } from "@/lib/server/study/review-actions";
import { createStudent, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const question = getCourse(COURSE)?.questions[0];
const HOUR = 3_600_000;

/** Settings far from the defaults: a different retention and different steps. */
const changed = schedulerSettingsSchema.parse({
  desiredRetention: 0.97,
  learningSteps: ["30m", "2h"],
  relearningSteps: ["1h"],
});

/** A flashcard answer through the route's own function, answered at `answeredAt`, sent at `now`. */
function answer(userId: string, rating: ReviewRating, answeredAt: Date, now = new Date()) {
  return answerQuestion(
    userId,
    {
      answerId: randomUUID(),
      courseId: COURSE,
      deckId: "all",
      questionId: question?.id,
      mode: "flashcard",
      rating,
      responseMs: 1000,
      answeredAt: answeredAt.toISOString(),
    },
    now,
  );
}

async function storedCard(userId: string): Promise<StoredCard> {
  return toStoredCard(await app.prisma.card.findFirstOrThrow({ where: { userId } }));
}

/** The card each answer leaves, applied in order, each under the settings given with it. */
function applied(answers: Array<[ReviewRating, Date, SchedulerSettings]>): StoredCard {
  let card: StoredCard | null = null;
  for (const [rating, time, settings] of answers) {
    card = reviewCard(card, rating, time, settings).after;
  }
  if (!card) throw new Error("no answers");
  return card;
}

// Weakness of issue 13: saving new settings, then resending an old answer, rewrote the card's
// whole history under the new settings. Each answer is scheduled with the settings in force when
// it was given.
describe("settings with a history", () => {
  it("keeps every saved version and reads the latest as the current settings", async () => {
    const student = await createStudent(app.prisma);
    expect(await getStudySettings({ userId: student.id })).toEqual(defaultSchedulerSettings);
    await saveStudySettings({ userId: student.id, settings: { ...changed, newPerDay: 5 } });
    await saveStudySettings({ userId: student.id, settings: changed });
    const versions = await app.prisma.studySettingsVersion.findMany({
      where: { userId: student.id },
      orderBy: { validFrom: "asc" },
    });
    expect(versions.map((v) => v.newPerDay)).toEqual([5, changed.newPerDay]);
    expect(versions[1]?.validFrom.getTime()).toBeGreaterThan(versions[0]?.validFrom.getTime() ?? 0);
    expect(await getStudySettings({ userId: student.id })).toEqual(changed);
  });

  it("a late answer after a settings change replays the past under the settings of its time", async () => {
    const student = await createStudent(app.prisma);
    const start = Date.now();
    const first = new Date(start - 3 * HOUR);
    const second = new Date(start - 3 * HOUR + 11 * 60_000);
    const late = new Date(start - 2 * HOUR);
    await answer(student.id, "Good", first);
    await answer(student.id, "Good", second);

    await saveStudySettings({ userId: student.id, settings: changed });
    const savedAt = Date.now();
    // Wait for the clock to pass the save, so the next answer is after it.
    while (Date.now() <= savedAt) await new Promise((resolve) => setImmediate(resolve));
    const now = new Date();
    const latest = await answer(student.id, "Good", now, now);
    // The answer given at `late` under the old settings, resent after the change.
    const resent = await answer(student.id, "Hard", late);
    expect(resent.recorded).toBe(true);

    const before = defaultSchedulerSettings;
    const expected = applied([
      ["Good", first, before],
      ["Good", second, before],
      ["Hard", late, before],
      ["Good", now, changed],
    ]);
    expect(await storedCard(student.id)).toEqual(expected);
    // The resent answer's log entry is what the old settings gave at its time.
    const resentRow = await app.prisma.review.findUniqueOrThrow({
      where: { userId_answerId: { userId: student.id, answerId: resent.answerId } },
    });
    expect(resentRow.stateAfter).toMatchObject({
      due: applied([
        ["Good", first, before],
        ["Good", second, before],
        ["Hard", late, before],
      ]).due.toISOString(),
    });

    // Undoing the latest answer gives back the card the old settings left.
    await undoAnswer(student.id, latest.answerId);
    expect(await storedCard(student.id)).toEqual(
      applied([
        ["Good", first, before],
        ["Good", second, before],
        ["Hard", late, before],
      ]),
    );
  });
});
