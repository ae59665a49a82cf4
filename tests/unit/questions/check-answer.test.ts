import { describe, expect, it } from "vitest";
import {
  checkAnswer,
  questionResponseSchema,
  toFlashcard,
  toPublicQuestion,
} from "@/lib/questions";
import type {
  ChoiceQuestion,
  ChronologyQuestion,
  MatchingQuestion,
  TrueFalseQuestion,
  TypedQuestion,
} from "@/lib/questions/types";

const base = {
  template: "test",
  factIds: ["f#x"],
  explanation: "Because.",
  citations: [{ sourceId: "s", sourceTitle: "Source", quote: "a quote" }],
  tags: { themes: ["t"], periods: ["1990s"], kind: "dates" as const, extra: [] },
  difficulty: 0.5,
};

const choice: ChoiceQuestion = {
  ...base,
  id: "q-choice",
  type: "multiple-choice",
  prompt: "In which year?",
  options: [
    { id: "o-a", text: "1991" },
    { id: "o-b", text: "1992" },
    { id: "o-c", text: "1993" },
    { id: "o-d", text: "1994" },
  ],
  answer: "1992",
  correctOptionId: "o-b",
};

const trueFalse: TrueFalseQuestion = {
  ...base,
  id: "q-tf",
  type: "true-false",
  prompt: "True or false? X.",
  statement: "X.",
  options: [
    { id: "true", text: "True" },
    { id: "false", text: "False" },
  ],
  answer: "False",
  correctOptionId: "false",
};

const typed: TypedQuestion = {
  ...base,
  id: "q-typed",
  type: "typed",
  prompt: "Which year?",
  answer: "1992",
  accept: [],
  check: { answerKind: "year", date: { year: 1992 }, confusables: [] },
};

const chronology: ChronologyQuestion = {
  ...base,
  id: "q-chrono",
  type: "chronology",
  prompt: "Order",
  items: [
    { id: "i-2", text: "B" },
    { id: "i-1", text: "A" },
    { id: "i-3", text: "C" },
  ],
  answer: ["A", "B", "C"],
  correctOrder: ["i-1", "i-2", "i-3"],
};

const matching: MatchingQuestion = {
  ...base,
  id: "q-match",
  type: "matching",
  prompt: "Match",
  left: [
    { id: "l-1", text: "A" },
    { id: "l-2", text: "B" },
  ],
  right: [
    { id: "r-2", text: "2" },
    { id: "r-1", text: "1" },
  ],
  answer: ["A → 1", "B → 2"],
  correctPairs: { "l-1": "r-1", "l-2": "r-2" },
};

describe("checkAnswer", () => {
  it("accepts a choice by index, id or text", () => {
    expect(checkAnswer(choice, 1).correct).toBe(true);
    expect(checkAnswer(choice, "o-b").correct).toBe(true);
    expect(checkAnswer(choice, " 1992 ").correct).toBe(true);
    expect(checkAnswer(choice, 0)).toMatchObject({
      correct: false,
      code: "wrong-option",
      expected: "1992",
    });
    expect(checkAnswer(choice, 9)).toMatchObject({ correct: false, code: "invalid" });
  });

  it("accepts true/false as a boolean, an id or a word", () => {
    expect(checkAnswer(trueFalse, false).correct).toBe(true);
    expect(checkAnswer(trueFalse, "False").correct).toBe(true);
    expect(checkAnswer(trueFalse, true)).toMatchObject({ correct: false, code: "wrong-option" });
  });

  it("checks typed text and rejects non-text", () => {
    expect(checkAnswer(typed, "1992")).toMatchObject({ correct: true, code: "year" });
    expect(checkAnswer(typed, "1993")).toMatchObject({ correct: false, code: "wrong-year" });
    expect(checkAnswer(typed, 1992)).toMatchObject({ correct: false, code: "invalid" });
  });

  it("checks an order and says how many items are out of place", () => {
    expect(checkAnswer(chronology, ["i-1", "i-2", "i-3"]).correct).toBe(true);
    const wrong = checkAnswer(chronology, ["i-2", "i-1", "i-3"]);
    expect(wrong).toMatchObject({ correct: false, code: "wrong-order", expected: "A → B → C" });
    expect(wrong.reason).toMatch(/2 of 3/);
    expect(checkAnswer(chronology, ["i-1", "i-1", "i-3"])).toMatchObject({ code: "invalid" });
  });

  it("checks pairs", () => {
    expect(checkAnswer(matching, { "l-1": "r-1", "l-2": "r-2" }).correct).toBe(true);
    expect(checkAnswer(matching, { "l-1": "r-2", "l-2": "r-1" })).toMatchObject({
      code: "wrong-pairs",
    });
    expect(checkAnswer(matching, ["r-1"])).toMatchObject({ code: "invalid" });
  });
});

describe("questionResponseSchema", () => {
  it("validates each type's response shape", () => {
    expect(questionResponseSchema(choice).safeParse(2).success).toBe(true);
    expect(questionResponseSchema(choice).safeParse({}).success).toBe(false);
    expect(questionResponseSchema(trueFalse).safeParse(true).success).toBe(true);
    expect(questionResponseSchema(typed).safeParse("x".repeat(501)).success).toBe(false);
    expect(questionResponseSchema(chronology).safeParse(["a", "b"]).success).toBe(true);
    expect(questionResponseSchema(chronology).safeParse("a").success).toBe(false);
    expect(questionResponseSchema(matching).safeParse({ a: "b" }).success).toBe(true);
    expect(questionResponseSchema(matching).safeParse([["a", "b"]]).success).toBe(false);
  });
});

describe("toPublicQuestion", () => {
  it("keeps ids and options but no answer", () => {
    const pub = toPublicQuestion(choice);
    expect(pub.options).toEqual(choice.options);
    expect(pub).not.toHaveProperty("answer");
    expect(pub).not.toHaveProperty("correctOptionId");
    expect(toPublicQuestion(chronology)).not.toHaveProperty("correctOrder");
    expect(toPublicQuestion(matching)).not.toHaveProperty("correctPairs");
    expect(toPublicQuestion(typed)).not.toHaveProperty("check");
  });
});

describe("toFlashcard", () => {
  it("puts the prompt (and options) on the front and the answer and explanation on the back", () => {
    const card = toFlashcard(choice);
    expect(card.front).toContain("In which year?");
    expect(card.front).toContain("• 1994");
    expect(card.back).toBe("1992\n\nBecause.");
    expect(toFlashcard(chronology).back).toContain("1. A\n2. B\n3. C");
  });
});
