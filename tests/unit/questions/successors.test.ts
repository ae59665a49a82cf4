import { describe, expect, it } from "vitest";
import type { Course, Project } from "@/lib/content/types";
import {
  answerLine,
  findSuccessors,
  type LegacyQuestion,
  RETIRE_REASONS,
} from "@/lib/questions/successors";
import type { Question, QuestionType } from "@/lib/questions/types";

function question(
  id: string,
  type: QuestionType,
  template: string,
  factIds: string[],
  answer: string | string[],
  prompt = `${id}?`,
): Question {
  return { id, type, template, factIds, answer, prompt } as unknown as Question;
}

const legacy = (q: Question): LegacyQuestion => ({
  id: q.id,
  type: q.type,
  template: q.template,
  factIds: q.factIds,
  prompt: q.prompt,
  answer: q.answer,
});

const lantern = {
  id: "lantern-cable",
  milestones: [
    { kind: "opened", label: "began carrying messages" },
    { kind: "expanded", label: "extended to Osk under the Lantern Cable Agreement" },
    { kind: "expanded", label: "extended to Osk under the Lantern Cable Agreement" },
  ],
} as unknown as Project;
const course = { projects: [lantern] } as Pick<Course, "projects">;

function map(old: Question[], bank: Question[]) {
  return findSuccessors(old.map(legacy), bank, course);
}

const reasonOf = (result: ReturnType<typeof map>, id: string) =>
  result.retired.find((r) => r.id === id)?.reason;

describe("findSuccessors", () => {
  it("maps a reworded question: same type, same fact, same value", () => {
    const old = question(
      "q-old",
      "multiple-choice",
      "choice:treaty-date:year",
      ["hallow#date"],
      "1921",
      "In which year was this signed: the Treaty of Hallow?",
    );
    const now = question(
      "q-new",
      "multiple-choice",
      "choice:document-date:year",
      ["hallow#date"],
      "1921",
      "When was the Treaty of Hallow signed?",
    );
    const result = map([old], [now]);
    expect(result.mapped).toEqual(new Map([["q-old", "q-new"]]));
    expect(result.retired).toEqual([]);
  });

  it("compares normalised answers", () => {
    const old = question("q-old", "typed", "typed:event-place:value", ["fair#place"], "Kell-Osk");
    const now = question("q-new", "typed", "typed:event-place:value", ["fair#place"], "Kéll Osk");
    expect(map([old], [now]).mapped.get("q-old")).toBe("q-new");
  });

  it("translates old property names (in-force → inForce, successor-of → successorOf)", () => {
    const old = [
      question("q-1", "typed", "typed:document-in:year", ["hallow#in-force"], "1922"),
      question(
        "q-2",
        "typed",
        "typed:organisation-successor:value",
        ["guild#successor-of"],
        "Old Guild",
      ),
    ];
    const now = [
      question("q-a", "typed", "typed:document-inForce:year", ["hallow#inForce"], "1922"),
      question(
        "q-b",
        "typed",
        "typed:organisation-successorOf:value",
        ["guild#successorOf"],
        "Old Guild",
      ),
    ];
    expect(map(old, now).mapped).toEqual(
      new Map([
        ["q-1", "q-a"],
        ["q-2", "q-b"],
      ]),
    );
  });

  it("finds a milestone by kind and label (the old engine's slug, repeats numbered)", () => {
    const old = [
      question(
        "q-1",
        "typed",
        "typed:project-milestone:year",
        ["lantern-cable#milestone-opened-began-carrying-messages"],
        "1902",
      ),
      question(
        "q-2",
        "typed",
        "typed:project-milestone:year",
        ["lantern-cable#milestone-expanded-extended-to-osk-under-the-lantern-cable--2"],
        "1931",
      ),
      question(
        "q-3",
        "typed",
        "typed:project-milestone:year",
        ["lantern-cable#milestone-closed-shut-down"],
        "1990",
      ),
    ];
    const now = [
      question(
        "q-a",
        "typed",
        "typed:project-milestones:year",
        ["lantern-cable#milestones.0"],
        "1902",
      ),
      question(
        "q-b",
        "typed",
        "typed:project-milestones:year",
        ["lantern-cable#milestones.2"],
        "1931",
      ),
    ];
    const result = map(old, now);
    expect(result.mapped).toEqual(
      new Map([
        ["q-1", "q-a"],
        ["q-2", "q-b"],
      ]),
    );
    expect(reasonOf(result, "q-3")).toBe("milestone-gone");
  });

  it("retires a role question: it asked the office, a role now asks the person", () => {
    const old = question(
      "q-old",
      "multiple-choice",
      "choice:person-role:value",
      ["tamsin-oakhart#role-harbour-master"],
      "Harbour master",
    );
    const now = question(
      "q-new",
      "multiple-choice",
      "choice:person-roles:value",
      ["tamsin-oakhart#roles.0"],
      "Tamsin Oakhart",
    );
    expect(reasonOf(map([old], [now]), "q-old")).toBe("role-asks-person");
  });

  it("tells a year from a full date, and a missing type from a missing fact", () => {
    const old = [
      question("q-exact", "typed", "typed:document-date:exact", ["hallow#date"], "4 May 1921"),
      question("q-cloze", "cloze", "cloze:document-date:year", ["hallow#date"], "1921"),
      question("q-gone", "typed", "typed:place-type:value", ["brine#type"], "island"),
    ];
    const now = [question("q-year", "typed", "typed:document-date:year", ["hallow#date"], "1921")];
    const result = map(old, now);
    expect(result.mapped.size).toBe(0);
    expect(reasonOf(result, "q-exact")).toBe("value-differs");
    expect(reasonOf(result, "q-cloze")).toBe("type-not-asked");
    expect(reasonOf(result, "q-gone")).toBe("fact-not-asked");
  });

  it("gives each new question to one old question, the first by id, whatever the input order", () => {
    const a = question(
      "q-a",
      "multiple-choice",
      "choice:document-date:year",
      ["hallow#date"],
      "1921",
    );
    const b = question(
      "q-b",
      "multiple-choice",
      "choice:treaty-date:year",
      ["hallow#date"],
      "1921",
    );
    const now = question(
      "q-new",
      "multiple-choice",
      "choice:document-date:year",
      ["hallow#date"],
      "1921",
    );
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const result = map(order, [now]);
      expect(result.mapped).toEqual(new Map([["q-a", "q-new"]]));
      expect(reasonOf(result, "q-b")).toBe("successor-taken");
    }
  });

  it("prefers the new question with the same template when several ask the same", () => {
    const old = question(
      "q-old",
      "multiple-choice",
      "choice:document-date:year",
      ["hallow#date"],
      "1921",
    );
    const other = question("q-1", "multiple-choice", "dispute:year", ["hallow#date"], "1921");
    const same = question(
      "q-2",
      "multiple-choice",
      "choice:document-date:year",
      ["hallow#date"],
      "1921",
    );
    expect(map([old], [other, same]).mapped.get("q-old")).toBe("q-2");
  });

  it("leaves a question still in the bank where it is, and nobody takes its id", () => {
    const kept = question("q-kept", "cloze", "cloze:document-date:year", ["hallow#date"], "1921");
    const twin = question("q-0", "cloze", "cloze:treaty-date:year", ["hallow#date"], "1921");
    const result = map([kept, twin], [kept]);
    expect(result.mapped.size).toBe(0);
    expect(result.counts.kept).toBe(1);
    expect(reasonOf(result, "q-0")).toBe("successor-taken");
  });

  it("carries a true statement while the fact's value holds, never a differently false one", () => {
    const oldTrue = question(
      "q-t",
      "true-false",
      "true-false:event-place:value",
      ["fair#place"],
      "True",
    );
    const oldFalse = question(
      "q-f",
      "true-false",
      "true-false:event-place:value",
      ["fair#place"],
      "False",
      "True or false? The fair took place in Osk.",
    );
    const oldPlace = question("q-p", "typed", "typed:event-place:value", ["fair#place"], "Kell");
    const newTrue = question(
      "q-nt",
      "true-false",
      "true-false:event-place:value",
      ["fair#place"],
      "True",
    );
    const newFalse = question(
      "q-nf",
      "true-false",
      "true-false:event-place:value",
      ["fair#place"],
      "False",
      "True or false? In 1930 the fair was held in Brine.",
    );
    const kell = question("q-np", "typed", "typed:event-place:value", ["fair#place"], "Kell");
    const result = map([oldTrue, oldFalse, oldPlace], [newTrue, newFalse, kell]);
    expect(result.mapped.get("q-t")).toBe("q-nt");
    expect(reasonOf(result, "q-f")).toBe("value-differs");

    const moved = question("q-np", "typed", "typed:event-place:value", ["fair#place"], "Osk");
    expect(reasonOf(map([oldTrue, oldPlace], [newTrue, moved]), "q-t")).toBe("value-differs");
  });

  it("compares an order as an order and pairs as a set", () => {
    const facts = ["a#date", "b#date", "c#founded"];
    const oldOrder = question("q-o", "chronology", "chronology:order", facts, ["A", "B", "C"]);
    const oldPairs = question(
      "q-m",
      "matching",
      "dispute:matching",
      ["fig#value"],
      ["Gazette → 40", "Chronicle → 42"],
    );
    const result = map(
      [oldOrder, oldPairs],
      [
        question("q-no", "chronology", "chronology:order", [...facts].reverse(), ["A", "C", "B"]),
        question(
          "q-nm",
          "matching",
          "dispute:matching",
          ["fig#value"],
          ["Chronicle → 42", "Gazette → 40"],
        ),
      ],
    );
    expect(reasonOf(result, "q-o")).toBe("value-differs");
    expect(result.mapped.get("q-m")).toBe("q-nm");
  });

  it("counts every old question once", () => {
    const old = [
      question("q-1", "typed", "typed:document-date:year", ["hallow#date"], "1921"),
      question("q-2", "typed", "typed:person-role:value", ["tamsin#role-x"], "X"),
      question("q-3", "typed", "typed:document-date:year", ["gone#date"], "1900"),
    ];
    const result = map(old, [
      question("q-n", "typed", "typed:document-date:year", ["hallow#date"], "1921"),
    ]);
    expect(result.counts).toEqual({
      legacy: 3,
      kept: 0,
      mapped: 1,
      retired: 2,
      byReason: {
        ...Object.fromEntries(RETIRE_REASONS.map((r) => [r, 0])),
        "role-asks-person": 1,
        "fact-not-asked": 1,
      },
    });
    expect(result.retired.map((r) => r.id)).toEqual(["q-2", "q-3"]);
  });
});

describe("answerLine", () => {
  it("writes an order with arrows and pairs with semicolons", () => {
    expect(answerLine({ type: "chronology", answer: ["A", "B"] })).toBe("A → B");
    expect(answerLine({ type: "matching", answer: ["A → 1", "B → 2"] })).toBe("A → 1; B → 2");
    expect(answerLine({ type: "typed", answer: "Kell" })).toBe("Kell");
  });
});
