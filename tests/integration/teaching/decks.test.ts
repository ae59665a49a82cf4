import { describe, expect, it } from "vitest";
import { getCourse } from "@/lib/server/courses";
import {
  createDeck,
  type DeckInput,
  deleteDeck,
  duplicateDeck,
  getDeck,
  listDecks,
  previewDeckQuestions,
  updateDeck,
} from "@/lib/server/teaching/decks";
import { NO_FILTERS, resolveDeckQuestions } from "@/lib/teaching/deck-filter";
import { createStudent, createTeacher, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const COURSE = "azerbaijan-kazakhstan";
const course = getCourse(COURSE);
if (!course) throw new Error("default course missing");
const bank = course.questions;

const energy: DeckInput = {
  title: "Energy in the 2000s",
  filters: { themes: ["energy"], decades: ["2000s"] },
};
const energyIds = resolveDeckQuestions(bank, {
  filters: { ...NO_FILTERS, themes: ["energy"], decades: ["2000s"] },
  addedIds: [],
  removedIds: [],
});

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toMatchObject({ code: "NOT_FOUND" });
}

async function deckRow(id: string) {
  return app.prisma.customDeck.findUniqueOrThrow({ where: { id } });
}

describe("custom decks", () => {
  it("creates a deck resolved from the bank and lists it", async () => {
    const teacher = await createTeacher(app.prisma);
    expect(energyIds.length).toBeGreaterThan(3);
    const { id } = await createDeck({ teacherId: teacher.id, courseId: COURSE, input: energy });
    const row = await deckRow(id);
    expect(row).toMatchObject({
      teacherId: teacher.id,
      courseId: COURSE,
      title: "Energy in the 2000s",
      addedIds: [],
      removedIds: [],
      questionIds: energyIds,
    });
    expect(await listDecks(teacher.id)).toEqual([
      expect.objectContaining({
        id,
        title: "Energy in the 2000s",
        courseId: COURSE,
        courseTitle: course.course.title,
        questionCount: energyIds.length,
        assignmentCount: 0,
      }),
    ]);
    const deck = await getDeck({ teacherId: teacher.id, deckId: id });
    expect(deck.filters).toEqual({ ...NO_FILTERS, themes: ["energy"], decades: ["2000s"] });
  });

  it("refuses a blank or long title, an empty deck and an unknown course", async () => {
    const teacher = await createTeacher(app.prisma);
    const create = (input: DeckInput, courseId = COURSE) =>
      createDeck({ teacherId: teacher.id, courseId, input });
    await expect(create({ ...energy, title: "   " })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "title",
    });
    await expect(create({ ...energy, title: "x".repeat(81) })).rejects.toMatchObject({
      field: "title",
    });
    await expect(
      create({ title: "Nothing", filters: { themes: ["no-such-theme"] } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "questions" });
    await expectNotFound(create(energy, "no-such-course"));
    expect(await app.prisma.customDeck.count({ where: { teacherId: teacher.id } })).toBe(0);
  });

  it("updates: keeps the ids that stay, applies changes by hand and drops forged ids", async () => {
    const teacher = await createTeacher(app.prisma);
    const { id } = await createDeck({ teacherId: teacher.id, courseId: COURSE, input: energy });
    const [keep1, gone, keep2] = energyIds;
    const outside = bank.find((q) => !energyIds.includes(q.id));
    if (!keep1 || !gone || !keep2 || !outside) throw new Error("bank too small");

    await updateDeck({
      teacherId: teacher.id,
      deckId: id,
      input: {
        title: "Energy, edited",
        filters: energy.filters,
        addedIds: [outside.id, "q-0000000000000000"],
        removedIds: [gone],
      },
    });
    const row = await deckRow(id);
    expect(row.title).toBe("Energy, edited");
    expect(row.addedIds).toEqual([outside.id]);
    expect(row.removedIds).toEqual([gone]);
    expect(row.questionIds).not.toContain(gone);
    expect(row.questionIds).not.toContain("q-0000000000000000");
    expect(row.questionIds).toContain(outside.id);
    for (const stay of energyIds.filter((q) => q !== gone)) expect(row.questionIds).toContain(stay);
    expect(row.questionIds).toEqual(
      bank
        .map((q) => q.id)
        .filter((q) => (energyIds.includes(q) || q === outside.id) && q !== gone),
    );
  });

  it("duplicates as “Copy of …”, within the title limit", async () => {
    const teacher = await createTeacher(app.prisma);
    const long = { ...energy, title: "L".repeat(80) };
    const { id } = await createDeck({ teacherId: teacher.id, courseId: COURSE, input: energy });
    const copy = await duplicateDeck({ teacherId: teacher.id, deckId: id });
    const [original, copied] = [await deckRow(id), await deckRow(copy.id)];
    expect(copied).toMatchObject({
      teacherId: teacher.id,
      courseId: COURSE,
      title: "Copy of Energy in the 2000s",
      filters: original.filters,
      questionIds: original.questionIds,
    });
    const longDeck = await createDeck({ teacherId: teacher.id, courseId: COURSE, input: long });
    const longCopy = await duplicateDeck({ teacherId: teacher.id, deckId: longDeck.id });
    expect((await deckRow(longCopy.id)).title).toHaveLength(80);
  });

  it("deletes an unused deck and refuses one an assignment uses", async () => {
    const teacher = await createTeacher(app.prisma);
    const unused = await createDeck({ teacherId: teacher.id, courseId: COURSE, input: energy });
    await deleteDeck({ teacherId: teacher.id, deckId: unused.id });
    expect(await app.prisma.customDeck.count({ where: { id: unused.id } })).toBe(0);

    const used = await createDeck({ teacherId: teacher.id, courseId: COURSE, input: energy });
    const klass = await app.prisma.class.create({
      data: { teacherId: teacher.id, courseId: COURSE, name: "9B", joinCode: `DK${Date.now()}` },
    });
    await app.prisma.assignment.create({
      data: {
        classId: klass.id,
        deckId: used.id,
        dueDay: "2026-12-01",
        timeZone: "UTC",
        goal: "all_correct",
      },
    });
    await expect(deleteDeck({ teacherId: teacher.id, deckId: used.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("used by an assignment"),
    });
    expect(await app.prisma.customDeck.count({ where: { id: used.id } })).toBe(1);
    expect((await listDecks(teacher.id))[0]).toMatchObject({ id: used.id, assignmentCount: 1 });
  });

  it("gives NOT_FOUND to another teacher, a student id and a made-up id, changing nothing", async () => {
    const owner = await createTeacher(app.prisma, "Owner");
    const other = await createTeacher(app.prisma, "Other");
    const student = await createStudent(app.prisma);
    const { id } = await createDeck({ teacherId: owner.id, courseId: COURSE, input: energy });
    const before = await deckRow(id);

    for (const [teacherId, deckId] of [
      [other.id, id],
      [student.id, id],
      [owner.id, "made-up-deck-id"],
    ] as const) {
      await expectNotFound(getDeck({ teacherId, deckId }));
      await expectNotFound(
        updateDeck({ teacherId, deckId, input: { ...energy, title: "Hijacked" } }),
      );
      await expectNotFound(duplicateDeck({ teacherId, deckId }));
      await expectNotFound(deleteDeck({ teacherId, deckId }));
    }
    expect(await deckRow(id)).toEqual(before);
    expect(await app.prisma.customDeck.count()).toBeGreaterThan(0);
    expect(await app.prisma.customDeck.count({ where: { teacherId: other.id } })).toBe(0);
    expect(await app.prisma.customDeck.count({ where: { teacherId: student.id } })).toBe(0);
    expect(await listDecks(other.id)).toEqual([]);
  });
});

describe("previewDeckQuestions", () => {
  it("counts matches and the deck over the course's bank", () => {
    const result = previewDeckQuestions({
      courseId: COURSE,
      query: {
        filters: NO_FILTERS,
        addedIds: [],
        removedIds: [energyIds[0] as string],
        offset: 0,
        limit: 100,
      },
    });
    expect(result.count).toBe(bank.length);
    expect(result.deckCount).toBe(bank.length - 1);
    expect(result.questions).toHaveLength(100);
    expect(result.facets.themes.energy).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for an unknown course", () => {
    expect(() =>
      previewDeckQuestions({
        courseId: "no-such-course",
        query: { filters: NO_FILTERS, addedIds: [], removedIds: [], offset: 0, limit: 10 },
      }),
    ).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});
