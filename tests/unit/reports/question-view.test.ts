import { describe, expect, it } from "vitest";
import { generateQuestionBank } from "@/lib/questions/generate-question-bank";
import { questionView, snapshotView } from "@/lib/reports/question-view";
import { courseAt, KESSFORD_DIR } from "../questions/helpers/courses";

// The invented bridges course has every type of question.
const bank = generateQuestionBank(courseAt(KESSFORD_DIR), { seed: 1 });
const ofType = (type: string) => {
  const question = bank.find((q) => q.type === type);
  if (!question) throw new Error(`no ${type} question in the fixture bank`);
  return question;
};

describe("questionView", () => {
  it("shows a choice question's options, answer, explanation and sources", () => {
    const question = ofType("multiple-choice");
    const view = questionView(question);
    expect(view).toMatchObject({ prompt: question.prompt, inBank: true });
    expect(view.optionGroups).toEqual([
      { label: "Options", items: "options" in question ? question.options.map((o) => o.text) : [] },
    ]);
    expect(view.answer).toBe(question.answer);
    expect(view.citations).toEqual(question.citations);
  });

  it("lists what to order or match, and no options for a typed question", () => {
    expect(questionView(ofType("chronology")).optionGroups.map((g) => g.label)).toEqual([
      "Items to order",
    ]);
    expect(questionView(ofType("matching")).optionGroups.map((g) => g.label)).toEqual([
      "To match",
      "With",
    ]);
    expect(questionView(ofType("typed")).optionGroups).toEqual([]);
  });
});

describe("snapshotView", () => {
  it("is what the reporter saw, marked as no longer in the bank", () => {
    expect(snapshotView({ prompt: "P?", answer: "A", questionType: "cloze" })).toMatchObject({
      prompt: "P?",
      answer: "A",
      type: "cloze",
      inBank: false,
      citations: [],
    });
  });
});
