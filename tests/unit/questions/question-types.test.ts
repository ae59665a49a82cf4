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
import { fixtureCourse } from "./helpers/courses";

// Known answers of the made-up fixture course (tests/fixtures/saltmere-isles).
const bank = generateQuestionBank(fixtureCourse(), { seed: 11 });

function about(factId: string, type: Question["type"]): Question[] {
  return bank.filter((q) => q.type === type && q.factIds.includes(factId));
}

describe("multiple choice", () => {
  it("asks a document's year with near years as distractors", () => {
    const q = about("act-of-union#date", "multiple-choice").find((x) =>
      x.template.endsWith(":year"),
    ) as ChoiceQuestion;
    expect(q.prompt).toBe("In which year was the Act of Union signed?");
    expect(q.answer).toBe("1921");
    for (const o of q.options) expect(Math.abs(Number(o.text) - 1921)).toBeLessThanOrEqual(8);
  });

  it("asks the day where the source gives the day, with days near it", () => {
    const q = about("act-of-union#date", "multiple-choice").find((x) =>
      x.template.endsWith(":exact"),
    ) as ChoiceQuestion;
    expect(q.answer).toBe("14 March 1921");
    expect(q.options.every((o) => /\d{1,2} \w+ 192\d/.test(o.text))).toBe(true);
  });
});

describe("true / false", () => {
  it("states the fact or a minimally altered one, and says which", () => {
    const tf = bank.filter((q): q is TrueFalseQuestion => q.type === "true-false");
    expect(tf.some((q) => q.answer === "True")).toBe(true);
    expect(tf.some((q) => q.answer === "False")).toBe(true);
    for (const q of tf) {
      expect(q.prompt).toBe(`True or false? ${q.statement}`);
      expect(q.explanation.startsWith(q.answer)).toBe(true);
    }
  });

  it("alters a date by changing the year only", () => {
    const altered = about("act-of-union#date", "true-false").filter((q) => q.answer === "False");
    for (const q of altered as TrueFalseQuestion[]) {
      expect(q.statement).toMatch(/1(9[12]\d)/);
      expect(q.statement).not.toMatch(/\b1921\b/);
    }
  });
});

describe("typed answer", () => {
  it("accepts a city's other name with its note", () => {
    const q = about("act-of-union#place", "typed")[0] as TypedQuestion;
    expect(q.answer).toBe("Hallowmere");
    expect(checkAnswer(q, "Port Hallow")).toMatchObject({
      correct: true,
      code: "other-period-name",
    });
    expect(checkAnswer(q, "hallow mere")).toMatchObject({ correct: true, code: "exact" });
    expect(checkAnswer(q, "Dunmarrow").correct).toBe(false);
  });

  it("accepts a dataset spelling variant of a person and rejects another person", () => {
    const q = about("act-of-union#signatories", "typed")[0] as TypedQuestion;
    expect(checkAnswer(q, "Tamsyn Oakheart")).toMatchObject({ correct: true, code: "variant" });
    expect(checkAnswer(q, "Tamsin Oakhard")).toMatchObject({
      correct: true,
      spellingWarning: true,
    });
    expect(checkAnswer(q, "Osric Pell")).toMatchObject({ correct: false, code: "other-entity" });
  });

  it("checks a figure with its unit and separators", () => {
    const q = about("kelp-road-length#value", "typed")[0] as TypedQuestion;
    expect(checkAnswer(q, "3.2 km").correct).toBe(true);
    expect(checkAnswer(q, "3,2").correct).toBe(true);
    expect(checkAnswer(q, "3.5 km")).toMatchObject({ correct: false, code: "wrong-number" });
  });
});

describe("disputes and errata", () => {
  it("asks a disputed day only with attribution, and asks about the disagreement", () => {
    const qs = bank.filter(
      (q) => q.factIds.includes("federation-proclaimed#date") && q.factIds.length === 1,
    );
    const exact = qs.filter((q) => q.template.endsWith(":exact"));
    expect(exact.length).toBeGreaterThan(0);
    expect(
      exact.every((q) => q.attribution && q.prompt.includes(`According to ${q.attribution}`)),
    ).toBe(true);
    const dispute = qs.find((q) => q.template === "dispute:matching") as MatchingQuestion;
    expect(dispute.answer.sort()).toEqual([
      "Varrow → 14 March 1921",
      "“The Hallowmere Gazette, centenary supplement” → 12 March 1921",
    ]);
    // The year both sources agree on is asked without attribution.
    const year = qs.find((q) => q.type === "multiple-choice" && q.template.endsWith(":year"));
    expect(year?.attribution).toBeUndefined();
  });

  it("asks the corrected value of an erratum, never the printed one", () => {
    const qs = bank.filter((q) => q.factIds.some((id) => id.startsWith("kelp-road#milestone")));
    expect(qs.length).toBeGreaterThan(0);
    // Only the citation may show what the source printed.
    for (const q of qs) expect(JSON.stringify({ ...q, citations: [] })).not.toMatch(/1393/);
    const year = qs.find(
      (q) => q.type === "typed" && q.template.endsWith(":year"),
    ) as TypedQuestion;
    expect(year.answer).toBe("1934");
  });
});

describe("chronology and which came first", () => {
  const chronology = bank.filter((q): q is ChronologyQuestion => q.type === "chronology");

  it("orders 3 to 5 items and checks the order", () => {
    expect(chronology.length).toBeGreaterThan(0);
    for (const q of chronology) {
      expect(q.items.length).toBeGreaterThanOrEqual(3);
      expect(q.items.length).toBeLessThanOrEqual(5);
      expect(checkAnswer(q, q.correctOrder).correct).toBe(true);
      const reversed = [...q.correctOrder].reverse();
      expect(checkAnswer(q, reversed)).toMatchObject({ correct: false, code: "wrong-order" });
    }
  });

  it("asks which came first with four options", () => {
    const first = bank.filter((q) => q.type === "which-came-first") as ChoiceQuestion[];
    expect(first.length).toBeGreaterThan(0);
    for (const q of first) expect(q.options).toHaveLength(4);
  });
});

describe("cloze", () => {
  it("blanks the asked value in a cited quote", () => {
    const cloze = bank.filter((q) => q.type === "cloze") as ChoiceQuestion[];
    expect(cloze.length).toBeGreaterThan(0);
    for (const q of cloze) {
      expect(q.prompt).toContain("_____");
      expect(q.citations).toHaveLength(1);
      const quote = q.citations[0]?.quote ?? "";
      const blanked = q.prompt.slice(q.prompt.indexOf(": “") + 3, q.prompt.lastIndexOf("”"));
      expect(blanked.replaceAll("_____", q.answer).toLowerCase()).toBe(quote.toLowerCase());
    }
  });
});
