import { describe, expect, it } from "vitest";
import { checkAnswer, generateQuestionBank } from "@/lib/questions";
import type {
  ChoiceQuestion,
  ChronologyQuestion,
  MatchingQuestion,
  Question,
  TrueFalseQuestion,
  TypedQuestion,
} from "@/lib/questions/types";
import { parseOk, readFixture, withEdit } from "../content/fixture-files";
import { courseAt, defaultCourse } from "./helpers/courses";

// Known answers of the invented Kessford course (tests/fixtures/kessford-bridges), whose records
// carry their authored wording.
const KESSFORD = "tests/fixtures/kessford-bridges";
const course = courseAt(KESSFORD);
const bank = generateQuestionBank(course, { seed: 11 });

function about(factId: string, type: Question["type"]): Question[] {
  return bank.filter((q) => q.type === type && q.factIds.includes(factId));
}

function one<T extends Question>(factId: string, type: T["type"]): T {
  const found = about(factId, type);
  if (found.length === 0) throw new Error(`no ${type} question on ${factId}`);
  return found[0] as T;
}

describe("multiple choice", () => {
  it("asks a document's year in the author's words, with near years as options", () => {
    const q = one<ChoiceQuestion>("kessford-toll-act#date", "multiple-choice");
    expect(q.prompt).toBe("In which year was the Kessford Toll Act signed?");
    expect(q.answer).toBe("1771");
    expect(new Set(q.options.map((o) => o.text)).size).toBe(4);
    for (const o of q.options) expect(Math.abs(Number(o.text) - 1771)).toBeLessThanOrEqual(8);
  });

  it("offers documents as options for a document, and bridges for a bridge", () => {
    const q = one<ChoiceQuestion>("great-flood#projects", "multiple-choice");
    expect(q.prompt).toBe("Which bridge did the Great Flood sweep away?");
    expect(q.answer).toBe("Mill Bridge");
    const projects = new Set(course.projects.map((p) => p.name));
    for (const o of q.options) expect(projects.has(o.text)).toBe(true);
  });

  it("never asks a date at a precision no source gives, nor a day", () => {
    const dated = bank.filter(
      (q) => q.type === "multiple-choice" && q.template.includes("date") && !q.attribution,
    ) as ChoiceQuestion[];
    expect(dated.length).toBeGreaterThan(3);
    for (const q of dated) for (const o of q.options) expect(o.text).toMatch(/^\d{3,4}$/);
  });
});

describe("signatories", () => {
  // The default course's Declaration of 2004, signed by the two presidents and asked as a pair.
  const defaultBank = generateQuestionBank(defaultCourse(), { seed: 3 });
  const pair = defaultBank.find(
    (q) =>
      q.type === "multiple-choice" &&
      q.factIds.includes("declaration-friendly-relations-2004#signatories"),
  ) as ChoiceQuestion;

  it("asks every signatory at once, each option a pair of the same shape", () => {
    expect(pair.answer).toBe("Ilham Aliyev and Nursultan Nazarbayev");
    expect(pair.options).toHaveLength(4);
    for (const o of pair.options) expect(o.text).toMatch(/^[\w .'-]+ and [\w .'-]+$/);
  });

  it("offers no typed answer for a pair (two names, one box)", () => {
    expect(
      defaultBank.filter(
        (q) =>
          q.type === "typed" &&
          q.factIds.includes("declaration-friendly-relations-2004#signatories"),
      ),
    ).toEqual([]);
  });
});

describe("typed answer", () => {
  it("accepts the year and says how a wrong year is wrong", () => {
    const q = one<TypedQuestion>("kessford-toll-act#date", "typed");
    expect(checkAnswer(q, "1771")).toMatchObject({ correct: true });
    expect(checkAnswer(q, "1772")).toMatchObject({ correct: false, code: "wrong-year" });
  });

  it("accepts a person's name, and rejects another person of the course", () => {
    const q = one<TypedQuestion>("hester-vane#roles.0", "typed");
    expect(q.prompt).toBe("Who was mayor of Kessford from 1897 to 1903?");
    expect(checkAnswer(q, "Hester Vane")).toMatchObject({ correct: true, code: "exact" });
    expect(checkAnswer(q, "Josiah Crane")).toMatchObject({ correct: false, code: "other-entity" });
  });

  it("is offered only when the one answer is clear (any other true value is named in the question)", () => {
    for (const q of bank.filter((x): x is TypedQuestion => x.type === "typed")) {
      const [record, property] = (q.factIds[0] as string).split("#");
      const value = (course.byId.get(record as string) as unknown as Record<string, unknown>)[
        property as string
      ];
      if (!Array.isArray(value) || value.length < 2) continue;
      const others = (value as string[])
        .map((id) => course.byId.get(id))
        .filter((r) => r && "name" in r && r.name !== q.answer) as { name: string }[];
      for (const other of others) expect(q.prompt, q.id).toContain(other.name);
    }
  });
});

describe("true / false", () => {
  const tf = bank.filter((q): q is TrueFalseQuestion => q.type === "true-false");

  it("is the author's own sentence, or that sentence with one name swapped, and says which", () => {
    expect(tf.length).toBeGreaterThan(3);
    for (const q of tf) {
      expect(q.prompt).toBe(`True or false? ${q.statement}`);
      expect(q.explanation.startsWith(`${q.answer}: `)).toBe(true);
      const record = course.byId.get((q.factIds[0] as string).split("#")[0] as string);
      const authored = record && record.kind !== "source" ? record.say.statement : null;
      if (q.answer === "True") expect(q.statement).toBe(authored);
      else {
        expect(q.statement).not.toBe(authored);
        expect(q.explanation).toContain(authored);
      }
    }
  });

  it("never swaps a date or a figure inside a sentence", () => {
    for (const q of tf) expect(q.template).not.toMatch(/:year$|^true-false:figure-/);
  });
});

describe("disputes, reported claims and errata", () => {
  it("asks a disputed date only as each source's, and the disagreement itself", () => {
    const qs = bank.filter((q) => q.factIds.includes("great-flood#date"));
    const choices = qs.filter((q) => q.type === "multiple-choice");
    expect(choices.map((q) => q.answer).sort()).toEqual(["1795", "1796"]);
    for (const q of choices) expect(q.prompt).toMatch(/^According to /);
    const dispute = qs.find((q) => q.template === "dispute:matching") as MatchingQuestion;
    expect(dispute.prompt).toBe(
      "The sources disagree. When did the Great Flood sweep away the Mill Bridge? Match each source with the answer it gives.",
    );
    expect(dispute.explanation).toMatch(/^The sources disagree: /);
  });

  it("asks a reported claim as the claimant's, reported by the source", () => {
    const reported = bank.find(
      (q) =>
        q.factIds.includes("queens-bridge-traffic-1862#value") && q.answer === "1,400 carts a day",
    );
    expect(reported?.prompt).toMatch(
      /^According to Reuben Marsh, toll-keeper of the Queen's Bridge, as reported by /,
    );
  });

  it("asks the corrected value of an erratum, never the printed one, and explains the misprint", () => {
    const qs = bank.filter((q) => q.factIds.includes("kessford-tramway#milestones.0"));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.answer).toBe("1899");
      expect(JSON.stringify({ ...q, citations: [], explanation: "" })).not.toMatch(/1989/);
      expect(q.explanation).toMatch(/prints “1989”/);
    }
  });

  it("asks nothing about a record with quiz: false, and never a value marked as outside knowledge", () => {
    const silent = [...course.byId.values()].filter((r) => r.kind !== "source" && !r.quiz);
    expect(silent.length).toBeGreaterThan(0);
    for (const r of silent)
      expect(bank.some((q) => q.factIds.some((f) => f.startsWith(`${r.id}#`)))).toBe(false);
    for (const record of course.byId.values()) {
      if (record.kind === "source") continue;
      for (const [path, basis] of Object.entries(record.basis)) {
        if (basis.kind !== "outside") continue;
        expect(bank.some((q) => q.factIds.includes(`${record.id}#${path}`))).toBe(false);
      }
    }
  });
});

describe("what the course title gives away", () => {
  it("is never asked: a question whose answer is a word of the title is dropped", () => {
    const saltmere = readFixture();
    // Make "Osk" part of the title: the island is then no longer a fair answer.
    const edited = withEdit(
      saltmere,
      "course.yaml",
      "title: The Saltmere Isles",
      "title: The Saltmere Isles and Osk",
    );
    const withOsk = generateQuestionBank(parseOk(edited), { seed: 3 });
    const answers = withOsk.flatMap((q) => (typeof q.answer === "string" ? [q.answer] : []));
    expect(answers).not.toContain("Osk");
  });
});

describe("chronology and which came first", () => {
  const chronology = bank.filter((q): q is ChronologyQuestion => q.type === "chronology");

  it("orders 3 to 5 items of one era, in different years, and checks the order", () => {
    expect(chronology.length).toBeGreaterThan(0);
    for (const q of chronology) {
      expect(q.items.length).toBeGreaterThanOrEqual(3);
      expect(q.items.length).toBeLessThanOrEqual(5);
      expect(checkAnswer(q, q.correctOrder).correct).toBe(true);
      const reversed = [...q.correctOrder].reverse();
      expect(checkAnswer(q, reversed)).toMatchObject({ correct: false, code: "wrong-order" });
      const years = [...q.explanation.matchAll(/\((?:[^()]*?)(\d{4})\)/g)].map((m) => Number(m[1]));
      expect(new Set(years).size).toBe(years.length);
      expect(Math.max(...years) - Math.min(...years)).toBeLessThanOrEqual(20);
    }
  });

  it("labels items with the authors' names, never with a headline or a bracketed tag", () => {
    for (const q of chronology) for (const item of q.items) expect(item.text).not.toMatch(/[()]/);
  });
});

describe("cloze", () => {
  const cloze = bank.filter((q): q is ChoiceQuestion => q.type === "cloze");

  it("blanks the answer's own words once in a cited quote, with enough context", () => {
    expect(cloze.length).toBeGreaterThan(0);
    for (const q of cloze) {
      expect(q.prompt.split("_____")).toHaveLength(2);
      expect(q.citations).toHaveLength(1);
      const quote = q.citations[0]?.quote ?? "";
      const blanked = q.prompt.slice(q.prompt.indexOf(": “") + 3, q.prompt.lastIndexOf("”"));
      expect(blanked.replace("_____", q.answer).toLowerCase()).toBe(quote.toLowerCase());
      expect(
        blanked.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length,
      ).toBeGreaterThanOrEqual(7);
    }
  });
});

describe("what a source says, and how it may be quoted", () => {
  it("asks nothing as a source's own when that source gives two values of the fact", () => {
    // The chronicle now also gives 47,900: "According to Varrow, …" would have two right answers.
    const edited = withEdit(
      readFixture(),
      "history.yaml",
      `      - value: 47900
        sources:`,
      `      - value: 47900
        sources:
          - source: chronicle
            quote: In the great census of 1950 the islands counted 48,200 inhabitants.`,
    );
    const qs = generateQuestionBank(parseOk(edited), { seed: 3 }).filter((q) =>
      q.factIds.includes("population-1950#value"),
    );
    expect(qs.filter((q) => q.attribution?.startsWith("Varrow"))).toEqual([]);
  });

  it("never blanks a quote marked cloze: false", () => {
    const plain = generateQuestionBank(courseAt(KESSFORD), { seed: 3 }).filter(
      (q) => q.type === "cloze" && q.factIds.includes("kessford-toll-act#date"),
    );
    expect(plain.length).toBe(1);
    const quote = plain[0]?.citations[0]?.quote as string;
    const kessford = readFixture(KESSFORD);
    const file = kessford.files.find((f) => f.text.includes(`quote: ${quote}`));
    if (!file) throw new Error("the toll act's quote is not in the fixture");
    const marked = {
      ...kessford,
      files: kessford.files.map((f) =>
        f === file
          ? {
              ...f,
              text: f.text.replace(`quote: ${quote}`, `quote: ${quote}\n        cloze: false`),
            }
          : f,
      ),
    };
    const after = generateQuestionBank(parseOk(marked), { seed: 3 }).filter(
      (q) => q.type === "cloze" && q.citations.some((c) => c.quote === quote),
    );
    expect(after).toEqual([]);
  });
});
