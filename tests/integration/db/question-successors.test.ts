import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { readLegacyBank } from "@/lib/cli/successor-file";
import { contentDir } from "@/lib/content/content-dir";
import { applyQuestionSuccessors, readSuccessorFiles } from "@/lib/db/question-successors";
import type { SuccessorFile } from "@/lib/questions/successors";
import { getCourse } from "@/lib/server/courses";
import { getUserCards } from "@/lib/server/data/cards/get-user-cards";
import {
  createStudent,
  createTeacher,
  recordAnswer,
  setUpAppDatabase,
} from "../helpers/app-database";

/**
 * Progress survives the new wording (issue 12, point 8): a database filled with question ids of an
 * earlier bank, then a successor file applied as `npm start` applies it.
 */
const COURSE = "azerbaijan-kazakhstan";
const FROM = "tests/fixtures/legacy-bank/azerbaijan-kazakhstan-2026-12-04.json.gz";
const root = fileURLToPath(new URL("../../../", import.meta.url));

const app = setUpAppDatabase();
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

/** Every row the migration may touch, in a stable order. */
async function everything(prisma: PrismaClient) {
  return {
    cards: await prisma.card.findMany({
      orderBy: { id: "asc" },
      include: { reviews: { orderBy: { id: "asc" } } },
    }),
    decks: await prisma.customDeck.findMany({ orderBy: { id: "asc" } }),
    assignments: await prisma.assignment.findMany({ orderBy: { id: "asc" } }),
    retired: await prisma.retiredQuestion.findMany({ orderBy: { questionId: "asc" } }),
    migrations: await prisma.questionIdMigration.findMany({ orderBy: { name: "asc" } }),
    reports: await prisma.questionReport.findMany({ orderBy: { id: "asc" } }),
    exclusions: await prisma.classQuestionExclusion.findMany({
      orderBy: [{ classId: "asc" }, { questionId: "asc" }],
    }),
  };
}
type Snapshot = Awaited<ReturnType<typeof everything>>;

/** A card without what the migration may change: its question id (and its reviews'). */
function progressOf({ questionId, updatedAt, reviews, ...card }: Snapshot["cards"][number]) {
  return { ...card, reviews: reviews.map(({ questionId: _, ...review }) => review) };
}

/**
 * The question each card should be on after `file`: a mapped card moves unless the student has a
 * card on the successor answered later (or as late); then the successor's card keeps its id, and
 * when the moved card wins, the successor's card takes the old id.
 */
function expectedQuestionIds(before: Snapshot, file: SuccessorFile): Map<string, string> {
  const expected = new Map(before.cards.map((c) => [c.id, c.questionId]));
  const onQuestion = new Map(before.cards.map((c) => [`${c.userId}|${c.questionId}`, c]));
  for (const card of before.cards) {
    const successor = file.mapped[card.questionId];
    if (successor === undefined) continue;
    const there = onQuestion.get(`${card.userId}|${successor}`);
    const last = (c: typeof card) => c.lastReview?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (there && last(there) >= last(card)) continue;
    expected.set(card.id, successor);
    if (there) expected.set(there.id, card.questionId);
  }
  return expected;
}

/** A deck column after `file`: ids mapped, retired ones dropped unless kept, first of duplicates. */
function expectedIds(ids: string[], file: SuccessorFile, dropRetired: boolean): string[] {
  const retired = new Set(file.retired.map((r) => r.id));
  const out = ids
    .filter((id) => !(dropRetired && retired.has(id)))
    .map((id) => file.mapped[id] ?? id);
  return [...new Set(out)];
}

/** Applies `file` twice at once (two instances starting), checks what every migration promises. */
async function applyAndCheck(prisma: PrismaClient, file: SuccessorFile) {
  const before = await everything(prisma);
  const runs = await Promise.all([
    applyQuestionSuccessors({ prisma, files: [file] }),
    applyQuestionSuccessors({ prisma, files: [file] }),
  ]);
  expect(runs.map((r) => r.length).sort()).toEqual([0, 1]);
  const after = await everything(prisma);

  // Nothing deleted or created; every card keeps its FSRS state and its reviews.
  expect(after.cards.map(progressOf)).toEqual(before.cards.map(progressOf));
  const expected = expectedQuestionIds(before, file);
  for (const card of after.cards) {
    expect(card.questionId).toBe(expected.get(card.id));
    for (const review of card.reviews) expect(review.questionId).toBe(card.questionId);
  }
  // Decks offer successors, never retired questions; assignments still point at their decks.
  for (const [i, deck] of after.decks.entries()) {
    const old = before.decks[i];
    if (!old) throw new Error("a deck appeared");
    expect(deck.questionIds).toEqual(expectedIds(old.questionIds, file, true));
    expect(deck.addedIds).toEqual(expectedIds(old.addedIds, file, true));
    expect(deck.removedIds).toEqual(expectedIds(old.removedIds, file, false));
  }
  expect(after.assignments).toEqual(before.assignments);
  // Reports follow their question; a class's exclusion too, unless it already excludes the successor.
  expect(after.reports.map((r) => r.questionId)).toEqual(
    before.reports.map((r) => file.mapped[r.questionId] ?? r.questionId),
  );
  const excluded = new Set(before.exclusions.map((e) => `${e.classId}|${e.questionId}`));
  expect(after.exclusions.map((e) => `${e.classId}|${e.questionId}`)).toEqual(
    before.exclusions
      .map((e) => {
        const next = file.mapped[e.questionId];
        const moves = next !== undefined && !excluded.has(`${e.classId}|${next}`);
        return `${e.classId}|${moves ? next : e.questionId}`;
      })
      .sort(),
  );
  // Every retired question has its snapshot.
  const snapshots = new Map(after.retired.map((r) => [r.questionId, r]));
  for (const r of file.retired) {
    expect(snapshots.get(r.id)).toMatchObject({
      courseId: file.course,
      type: r.type,
      prompt: r.prompt,
      answer: r.answer,
    });
  }
  expect(after.migrations.map((m) => [m.courseId, m.name])).toContainEqual([
    file.course,
    file.name,
  ]);

  // Starting again changes nothing.
  expect(await applyQuestionSuccessors({ prisma, files: [file] })).toEqual([]);
  expect(await everything(prisma)).toEqual(after);
  return { applied: runs.flat()[0], after };
}

/** A teacher's deck of `ids` in all three arrays, assigned to a class of `students`. */
async function deckAssignedTo(
  prisma: PrismaClient,
  students: { id: string }[],
  deck: { questionIds: string[]; addedIds: string[]; removedIds: string[] },
) {
  const teacher = await createTeacher(prisma);
  const { id: deckId } = await prisma.customDeck.create({
    data: { teacherId: teacher.id, courseId: COURSE, title: "Old ids", filters: {}, ...deck },
  });
  const klass = await prisma.class.create({
    data: {
      teacherId: teacher.id,
      courseId: COURSE,
      name: "Class",
      joinCode: `M${Math.random().toString(36).slice(2, 9).toUpperCase()}`,
    },
  });
  await prisma.classMember.createMany({
    data: students.map((s) => ({ classId: klass.id, studentId: s.id })),
  });
  await prisma.assignment.create({
    data: { classId: klass.id, deckId, dueDay: "2026-12-31", timeZone: "UTC", goal: "all_correct" },
  });
  return { deckId, classId: klass.id };
}

/** A report by `authorId` on each of `questionIds`, and the class excluding each of them. */
async function reportsAndExclusions(
  prisma: PrismaClient,
  authorId: string,
  classId: string,
  questionIds: string[],
) {
  for (const [i, questionId] of questionIds.entries()) {
    await prisma.questionReport.create({
      data: {
        clientId: `report-${i}`,
        authorId,
        courseId: COURSE,
        questionId,
        factIds: [],
        reason: "unclear",
        prompt: `Question ${questionId}`,
        answer: "?",
        questionType: "typed",
      },
    });
  }
  await prisma.classQuestionExclusion.createMany({
    data: questionIds.map((questionId) => ({ classId, questionId })),
  });
}

describe("the committed successor file, on a database of the 2026-12-04 bank's ids", () => {
  const file = readSuccessorFiles(contentDir()).find((f) => f.course === COURSE && f.from === FROM);

  it("keeps everyone's progress: moved to a successor, or kept on a retired question", async () => {
    if (!file) throw new Error(`no successor file from ${FROM} for ${COURSE}: run the command`);
    const loaded = getCourse(COURSE);
    if (!loaded) throw new Error(`no course ${COURSE}`);
    const legacy = readLegacyBank(`${root}${FROM}`).map((q) => q.id);
    // Today's ids, whatever the bank is today: some with a successor, some retired, some kept.
    const mapped = Object.entries(file.mapped).slice(0, 4);
    const retired = file.retired.slice(0, 4).map((r) => r.id);
    const kept = legacy.filter((id) => loaded.questionsById.has(id)).slice(0, 2);
    const old = [...mapped.map(([id]) => id), ...retired, ...kept];
    expect(old.length).toBeGreaterThan(0);

    const ana = await createStudent(app.prisma, "Ana");
    const bek = await createStudent(app.prisma, "Bek");
    for (const [i, id] of old.entries()) {
      await recordAnswer(ana.id, id, "Good", day(1 + i));
      await recordAnswer(ana.id, id, i % 2 === 0 ? "Again" : "Hard", day(10 + i));
      if (i % 2 === 1) await recordAnswer(bek.id, id, "Easy", day(2 + i));
    }
    // Cards on successors too: Ana's answered before her old card (it moves), Bek's after (it stays).
    for (const [i, [, successor]] of mapped.entries()) {
      await recordAnswer(ana.id, successor, "Good", day(1));
      if (i % 2 === 1) await recordAnswer(bek.id, successor, "Again", day(25));
    }
    const deck = {
      questionIds: [...old, loaded.questions[0]?.id ?? "q-none"],
      addedIds: [...retired.slice(0, 2), ...mapped.slice(0, 2).map(([id]) => id)],
      removedIds: [...retired.slice(2), ...mapped.slice(2).map(([id]) => id)],
    };
    const { deckId, classId } = await deckAssignedTo(app.prisma, [ana, bek], deck);
    await reportsAndExclusions(app.prisma, ana.id, classId, old);

    const { after } = await applyAndCheck(app.prisma, file);

    // Nobody's progress is lost: every card is on a question of today's bank, on a retired
    // question whose snapshot history shows, or (the older of two cards on one question) on an old
    // id whose successor history shows.
    const retiredNow = new Set(after.retired.map((r) => r.questionId));
    for (const card of after.cards) {
      const successor = file.mapped[card.questionId];
      const shown =
        loaded.questionsById.has(card.questionId) ||
        retiredNow.has(card.questionId) ||
        (successor !== undefined && loaded.questionsById.has(successor));
      expect(shown, card.questionId).toBe(true);
    }
    // What the study queue reads: Ana's moved cards under their successors, with every review.
    const anaCards = await getUserCards({ userId: ana.id, courseId: COURSE });
    for (const [, successor] of mapped) expect(anaCards.get(successor)?.reps).toBe(2);
    const assigned = await app.prisma.assignment.findFirstOrThrow({ where: { deckId } });
    expect(assigned.deckId).toBe(deckId);
  });
});

describe("a successor file's rewrites", () => {
  const file: SuccessorFile = {
    name: "2000-01-01-test",
    course: COURSE,
    from: "invented",
    mapped: { "q-old-a": "q-new-a", "q-old-b": "q-new-b", "q-old-c": "q-new-c" },
    retired: [
      { id: "q-gone-x", type: "typed", prompt: "Who?", answer: "Tamsin", reason: "fact-not-asked" },
      {
        id: "q-gone-y",
        type: "chronology",
        prompt: "Order",
        answer: "A → B",
        reason: "role-asks-person",
      },
    ],
  };

  it("move cards with their reviews, settle two cards on one question, rewrite decks", async () => {
    const ana = await createStudent(app.prisma, "Ana");
    const bek = await createStudent(app.prisma, "Bek");
    await recordAnswer(ana.id, "q-new-a", "Good", day(1));
    for (const n of [2, 3, 4]) await recordAnswer(ana.id, "q-old-a", "Good", day(n));
    await recordAnswer(ana.id, "q-old-b", "Again", day(5));
    await recordAnswer(ana.id, "q-gone-x", "Hard", day(6));
    await recordAnswer(bek.id, "q-old-a", "Good", day(1));
    await recordAnswer(bek.id, "q-new-a", "Again", day(7));
    await recordAnswer(bek.id, "q-new-a", "Good", day(8));
    await recordAnswer(bek.id, "q-gone-y", "Good", day(2));
    const { deckId, classId } = await deckAssignedTo(app.prisma, [ana, bek], {
      questionIds: ["q-old-a", "q-gone-x", "q-current", "q-old-b", "q-new-b"],
      addedIds: ["q-old-c", "q-gone-y"],
      removedIds: ["q-gone-x", "q-old-b"],
    });
    await reportsAndExclusions(app.prisma, ana.id, classId, ["q-old-a", "q-gone-x", "q-old-b"]);
    // The class already excludes q-new-c: its exclusion of q-old-c stays where it is.
    await app.prisma.classQuestionExclusion.createMany({
      data: ["q-new-c", "q-old-c"].map((questionId) => ({ classId, questionId })),
    });
    const cardOf = (userId: string, questionId: string) =>
      app.prisma.card.findUniqueOrThrow({
        where: { userId_courseId_questionId: { userId, courseId: COURSE, questionId } },
        include: { reviews: true },
      });
    const anaOld = await cardOf(ana.id, "q-old-a");
    const anaNew = await cardOf(ana.id, "q-new-a");
    const bekOld = await cardOf(bek.id, "q-old-a");
    const bekNew = await cardOf(bek.id, "q-new-a");

    const { applied, after } = await applyAndCheck(app.prisma, file);

    expect(applied).toMatchObject({ cardsMoved: 2, cardsDisplaced: 1, reviewsMoved: 5 });
    const on = (id: string) => after.cards.find((c) => c.id === id)?.questionId;
    // Ana answered her old card last: it takes the new id, her new-id card the old one.
    expect([on(anaOld.id), on(anaNew.id)]).toEqual(["q-new-a", "q-old-a"]);
    // Bek answered his new-id card last: it stays, his old card stays on the retired id.
    expect([on(bekOld.id), on(bekNew.id)]).toEqual(["q-old-a", "q-new-a"]);
    expect(after.decks.find((d) => d.id === deckId)).toMatchObject({
      questionIds: ["q-new-a", "q-current", "q-new-b"],
      addedIds: ["q-new-c"],
      removedIds: ["q-gone-x", "q-new-b"],
    });
    const reports = after.reports.filter((r) => r.authorId === ana.id);
    expect(reports.map((r) => r.questionId).sort()).toEqual(["q-gone-x", "q-new-a", "q-new-b"]);
    const exclusions = after.exclusions.filter((e) => e.classId === classId);
    expect(exclusions.map((e) => e.questionId)).toEqual([
      "q-gone-x",
      "q-new-a",
      "q-new-b",
      "q-new-c",
      "q-old-c",
    ]);
    const gone = after.retired.filter((r) => r.questionId.startsWith("q-gone-"));
    expect(gone.map((r) => [r.questionId, r.answer])).toEqual([
      ["q-gone-x", "Tamsin"],
      ["q-gone-y", "A → B"],
    ]);
  });
});
