import { describe, expect, it } from "vitest";
import type { Course, DateValue } from "@/lib/content/types";
import { generateQuestionBank } from "@/lib/questions";
import type { Question } from "@/lib/questions/types";
import { defaultCourse, fixtureCourse } from "./helpers/courses";

const GROUP_TYPES = new Set(["chronology", "which-came-first", "matching"]);

/** A copy of the course with the first dated document's first date claim moved one year later. */
function withOneDateEdited(course: Course): { edited: Course; factId: string } {
  const edited = structuredClone(course);
  const doc = edited.documents.find(
    (d) => d.date && d.date.claims[0]?.value.precision !== "approximate",
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

  it("change only for the questions of an edited fact", () => {
    const { edited, factId } = withOneDateEdited(course);
    const after = generateQuestionBank(edited, { seed: 3 });
    const afterIds = byId(after);
    const beforeIds = byId(before);
    // Every question not about the edited fact survives with the same id.
    const lost = before.filter((q) => !q.factIds.includes(factId) && !afterIds.has(q.id));
    expect(lost.map((q) => q.id)).toEqual([]);
    // The edited fact's own single-fact questions all get new ids.
    const own = before.filter((q) => q.factIds.length === 1 && q.factIds[0] === factId);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((q) => afterIds.has(q.id)).map((q) => q.id)).toEqual([]);
    // New ids belong to the edited fact (or to the one group its bucket re-formed).
    const added = after.filter((q) => !beforeIds.has(q.id));
    for (const q of added) {
      expect(q.factIds.includes(factId) || GROUP_TYPES.has(q.type), q.id).toBe(true);
    }
  });
});
