import { describe, expect, it } from "vitest";
import type { Course, DateValue } from "@/lib/content/types";
import { generateQuestionBank } from "@/lib/questions";
import type { Question } from "@/lib/questions/types";
import { defaultCourse, fixtureCourse } from "./helpers/courses";

const GROUP_TYPES = new Set(["chronology", "which-came-first", "matching"]);

/**
 * A copy of the course with the first asked document's first date claim moved one year later.
 * (`structuredClone` keeps the records' shape; the bank is generated from the copy.)
 */
function withOneDateEdited(
  course: Course,
  asked: ReadonlySet<string>,
): { edited: Course; factId: string } {
  const edited = structuredClone(course);
  const doc = edited.documents.find(
    (d) =>
      d.date && d.date.claims[0]?.value.precision !== "approximate" && asked.has(`${d.id}#date`),
  );
  const claim = doc?.date?.claims[0];
  if (!doc || !claim) throw new Error("the course has no dated document");
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
  const value: DateValue = {
    ...claim.value,
    start: shift(claim.value.start),
    end: shift(claim.value.end),
    text: shift(claim.value.text),
  };
  claim.value = value;
  return { edited, factId: `${doc.id}#date` };
}

function byId(bank: readonly Question[]): Map<string, Question> {
  return new Map(bank.map((q) => [q.id, q]));
}

describe.each([
  ["fixture course", fixtureCourse],
  ["default course", defaultCourse],
])("question ids on the %s", (_, load) => {
  const course = load();
  const before = generateQuestionBank(course, { seed: 3 });

  it("stay the same when the bank is regenerated with another seed", () => {
    expect(generateQuestionBank(course, { seed: 4 }).map((q) => q.id)).toEqual(
      before.map((q) => q.id),
    );
  });

  it("change only for the questions of an edited fact (and, by its caps, its record's)", () => {
    const { edited, factId } = withOneDateEdited(course, new Set(before.flatMap((q) => q.factIds)));
    const after = generateQuestionBank(edited, { seed: 3 });
    const afterIds = byId(after);
    const beforeIds = byId(before);
    const record = factId.slice(0, factId.indexOf("#"));
    const ofRecord = (q: Question) => q.factIds.some((id) => id.startsWith(`${record}#`));
    // Every question not about the edited record survives with the same id.
    const lost = before.filter((q) => !ofRecord(q) && !afterIds.has(q.id));
    expect(lost.map((q) => q.id)).toEqual([]);
    // The edited fact's own single-fact questions all get new ids.
    const own = before.filter((q) => q.factIds.length === 1 && q.factIds[0] === factId);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((q) => afterIds.has(q.id)).map((q) => q.id)).toEqual([]);
    // New ids belong to the edited record (its per-record cap may now keep another of its
    // questions), to the one group its bucket re-formed, or repeat word for word a question of
    // the edited record that used to hide them (two records quoting one sentence: one is kept).
    const editedPrompts = new Set(before.filter(ofRecord).map((q) => q.prompt));
    const added = after.filter((q) => !beforeIds.has(q.id));
    for (const q of added) {
      const unhidden = [...editedPrompts].some(
        (p) => p.replace(/\d{4}/g, "") === q.prompt.replace(/\d{4}/g, ""),
      );
      expect(ofRecord(q) || GROUP_TYPES.has(q.type) || unhidden, q.id).toBe(true);
    }
  });
});
