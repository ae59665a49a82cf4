import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Course } from "@/lib/content/types";
import {
  checkAnswer,
  generateQuestionBank,
  QUESTION_KINDS,
  toPublicQuestion,
} from "@/lib/questions";
import { askableDate } from "@/lib/questions/facts/date-values";
import { compactText } from "@/lib/questions/normalise-text";
import type { Question } from "@/lib/questions/types";
import {
  correctResponse,
  DAY_DATE,
  distractorsOf,
  factsOf,
  MONTH_DATE,
  unsoundDistractor,
} from "./helpers/bank-checks";
import { courseAt, defaultCourse, fixtureCourse, KESSFORD_DIR } from "./helpers/courses";

const courses: [string, () => Course, number][] = [
  // [name, course, share of its facts that must be asked]: a tiny invented course may lack the
  // three plausible wrong options a fact needs; every fact of the default course is asked.
  ["fixture course", fixtureCourse, 0.8],
  ["second fixture course", () => courseAt(KESSFORD_DIR), 0.9],
  ["default course", defaultCourse, 1],
];

const SINGLE_FACT_TYPES = new Set(["multiple-choice", "cloze", "typed", "true-false"]);

describe.each(courses)("question bank of the %s", (_, load, askedShare) => {
  const course = load();
  const bank = generateQuestionBank(course, { seed: 1 });
  const facts = factsOf(course);

  it("is not empty and is plain JSON", () => {
    expect(bank.length).toBeGreaterThan(20);
    expect(JSON.parse(JSON.stringify(bank))).toEqual(bank);
  });

  it("is byte-identical for the same seed, and its ids do not depend on the seed", () => {
    expect(JSON.stringify(generateQuestionBank(course, { seed: 1 }))).toBe(JSON.stringify(bank));
    const other = generateQuestionBank(course, { seed: 99 });
    expect(other.map((q) => q.id)).toEqual(bank.map((q) => q.id));
  });

  it("asks every fact (an authored stem is never wasted)", () => {
    const asked = new Set(bank.flatMap((q) => q.factIds));
    const missing = [...facts.keys()].filter((id) => !asked.has(id));
    if (askedShare === 1) expect(missing).toEqual([]);
    else
      expect(missing.length / facts.size, missing.join(", ")).toBeLessThanOrEqual(1 - askedShare);
  });

  it("has unique ids and no near-duplicate prompts", () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    const keys = bank
      .filter((q) => SINGLE_FACT_TYPES.has(q.type))
      .map((q) => `${q.type}|${compactText(q.prompt)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("carries the required fields", () => {
    for (const q of bank) {
      expect(q.factIds.length, q.id).toBeGreaterThan(0);
      expect(
        q.factIds.every((id) => facts.has(id)),
        q.id,
      ).toBe(true);
      expect(q.citations.length, q.id).toBeGreaterThan(0);
      expect(q.citations.every((c) => c.quote.length > 0 && c.sourceTitle.length > 0)).toBe(true);
      expect(q.explanation.length, q.id).toBeGreaterThan(0);
      expect(q.explanation.includes("\n"), q.id).toBe(false);
      expect(QUESTION_KINDS).toContain(q.tags.kind);
      expect(q.tags.themes.length, q.id).toBeGreaterThan(0);
      expect(q.difficulty).toBeGreaterThanOrEqual(0);
      expect(q.difficulty).toBeLessThanOrEqual(1);
    }
  });

  it("has exactly one correct option, four distinct options, and the checker agrees", () => {
    for (const q of bank) {
      expect(checkAnswer(q, correctResponse(q)).correct, q.id).toBe(true);
      if (q.type === "typed") {
        for (const alt of q.accept)
          expect(checkAnswer(q, alt.text).correct, `${q.id} ${alt.text}`).toBe(true);
      }
      if (q.type === "multiple-choice" || q.type === "cloze" || q.type === "which-came-first") {
        expect(q.options).toHaveLength(4);
        expect(new Set(q.options.map((o) => compactText(o.text))).size).toBe(4);
        expect(q.options.filter((o) => o.text === q.answer)).toHaveLength(1);
        for (const o of q.options) {
          expect(checkAnswer(q, o.id).correct, `${q.id} ${o.text}`).toBe(
            o.id === q.correctOptionId,
          );
        }
      }
    }
  });

  it("never offers a distractor that is true under some source", () => {
    const problems: string[] = [];
    for (const q of bank) {
      if (q.factIds.length !== 1) continue;
      const fact = facts.get(q.factIds[0] as string);
      if (!fact) continue;
      for (const text of distractorsOf(q)) {
        const why = unsoundDistractor(course, fact, text);
        if (why) problems.push(`${q.id}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("asks a disputed value only with attribution, about the dispute, or where all sources agree", () => {
    for (const q of bank) {
      if (q.factIds.length !== 1) continue;
      const fact = facts.get(q.factIds[0] as string);
      if (!fact?.disputed || q.attribution || q.template.startsWith("dispute:")) continue;
      // The only unattributed asks of a disputed fact: the year every claim agrees on (and
      // cloze quotes, which name their source).
      if (q.type === "cloze") continue;
      expect(q.template.endsWith(":year"), q.id).toBe(true);
      const years =
        fact.valueType === "date" ? fact.claims.map((c) => askableDate(c.value)?.year) : [];
      expect(new Set(years).size, q.id).toBe(1);
    }
  });

  it("never asks a corrected value as the source printed it", () => {
    for (const q of bank) {
      const printed = q.factIds.flatMap((id) => {
        const fact = facts.get(id);
        return fact ? fact.claims.flatMap((c) => (c.erratum ? [c.erratum.printed] : [])) : [];
      });
      for (const p of printed) {
        const answer = Array.isArray(q.answer) ? q.answer.join(" ") : q.answer;
        expect(compactText(answer).includes(compactText(p)), q.id).toBe(false);
        expect(q.prompt.includes(p), q.id).toBe(false);
      }
    }
  });

  it("never asks a fact more precisely than its sources give it", () => {
    for (const q of bank) {
      if (q.factIds.length !== 1) continue;
      const fact = facts.get(q.factIds[0] as string);
      if (fact?.valueType !== "date") continue;
      const finest = fact.claims.map((c) => askableDate(c.value));
      const hasDay = finest.some((d) => d?.day !== undefined);
      const hasMonth = finest.some((d) => d?.month !== undefined);
      // The asked values (a title may itself contain a date, so prompts are not checked).
      const texts = [
        ...(q.type === "typed" ? [q.answer] : []),
        ...(q.type === "multiple-choice" ? q.options.map((o) => o.text) : []),
      ];
      for (const text of texts) {
        if (!hasDay) expect(DAY_DATE.test(text), `${q.id}: ${text}`).toBe(false);
        if (!hasMonth) expect(MONTH_DATE.test(text), `${q.id}: ${text}`).toBe(false);
      }
      if (q.type === "typed" && q.check.date) {
        if (!hasDay) expect(q.check.date.day, q.id).toBeUndefined();
        if (!hasMonth) expect(q.check.date.month, q.id).toBeUndefined();
      }
    }
  });

  it("strips every answer-bearing field from the public question", () => {
    for (const q of bank) {
      const text = JSON.stringify(toPublicQuestion(q));
      for (const key of [
        "answer",
        "accept",
        "explanation",
        "citations",
        "correctOptionId",
        "check",
        "correctOrder",
        "correctPairs",
      ]) {
        expect(text.includes(`"${key}"`), `${q.id} ${key}`).toBe(false);
      }
      const leaks = q.type === "typed" || q.type === "multiple-choice" || q.type === "cloze";
      if (leaks && compactText(q.answer).length >= 4) {
        expect(compactText(q.prompt).includes(compactText(q.answer)), q.id).toBe(false);
      }
    }
  });
});

describe("correct option position", () => {
  it("is uniform over the default course's four-option questions (chi-square, p > 0.001)", () => {
    const bank = generateQuestionBank(defaultCourse(), { seed: 7 });
    const counts = [0, 0, 0, 0];
    for (const q of bank) {
      if (q.type !== "multiple-choice" && q.type !== "cloze" && q.type !== "which-came-first")
        continue;
      const position = q.options.findIndex((o) => o.id === q.correctOptionId);
      counts[position] = (counts[position] ?? 0) + 1;
    }
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(100);
    const expected = total / 4;
    const chi = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chi).toBeLessThan(16.27);
  });
});

describe("properties over seeds (fast-check)", () => {
  it("every seed gives the same ids, one correct option per question, and a correct checker", () => {
    const course = fixtureCourse();
    const reference = generateQuestionBank(course, { seed: 1 }).map((q) => q.id);
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (seed) => {
        const bank: Question[] = generateQuestionBank(course, { seed });
        expect(bank.map((q) => q.id)).toEqual(reference);
        for (const q of bank) {
          expect(checkAnswer(q, correctResponse(q)).correct).toBe(true);
          if (q.type === "multiple-choice" || q.type === "cloze") {
            expect(q.options.filter((o) => o.id === q.correctOptionId)).toHaveLength(1);
          }
        }
      }),
      { numRuns: 25, seed: 20261122 },
    );
  });

  it("holds on the default course for a few seeds", () => {
    const course = defaultCourse();
    const reference = generateQuestionBank(course, { seed: 1 }).map((q) => q.id);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const bank = generateQuestionBank(course, { seed });
        expect(bank.map((q) => q.id)).toEqual(reference);
        expect(bank.every((q) => checkAnswer(q, correctResponse(q)).correct)).toBe(true);
      }),
      { numRuns: 4, seed: 42 },
    );
  });
});
