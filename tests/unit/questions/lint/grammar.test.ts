import { describe, expect, it } from "vitest";
import { grammar } from "@/lib/questions/lint/rules/grammar";
import {
  choice,
  chronicle,
  cloze,
  courseWith,
  errorsOf,
  findings,
  fixtureRecord,
  goodQuestions,
  trueFalse,
  typed,
  warningsOf,
} from "./helpers";

describe("grammar", () => {
  it("finds doubled words and a/an before the wrong sound", () => {
    expect(errorsOf(grammar, typed("Who signed the the Act of Union?", "Tamsin Oakhart"))).toEqual([
      "doubled word “the the”",
    ]);
    expect(errorsOf(grammar, typed("Which town lies on a island?", "Osk"))).toEqual([
      "“a island”: use “an”",
    ]);
    expect(errorsOf(grammar, typed("What is an ferry?", "a boat"))).toEqual([
      "“an ferry”: use “a”",
    ]);
  });

  it("knows sounds that spelling hides, and leaves acronyms alone", () => {
    const fine = typed(
      "Was it a university, an hour, a one-off or an NSC meeting?",
      "an NSC meeting",
    );
    expect(errorsOf(grammar, fine)).toEqual([]);
  });

  it("finds a sentence starting in lower case, but not in a quotation from a source", () => {
    const lower = typed("Where did it happen? the Act was signed where?", "Port Hallow");
    const quoted = cloze(
      "Complete the quotation from Varrow: “the mainland town of _____”",
      ["Dunmarrow"],
      {
        citations: [chronicle("the mainland town of Dunmarrow")],
      },
    );
    expect(errorsOf(grammar, lower)).toEqual([
      "sentence starts in lower case: “the Act was signed…”",
    ]);
    expect(errorsOf(grammar, quoted)).toEqual([]);
  });

  it("finds a role without its article", () => {
    const osric = fixtureRecord("osric-pell", "person");
    const course = courseWith({
      ...osric,
      roles: [
        ...osric.roles,
        {
          title: "Island chronicler",
          country: null,
          organisation: null,
          period: null,
          note: null,
          sources: [],
          ask: null,
        },
      ],
    });
    const q = trueFalse("Osric Pell was Island chronicler.", true);
    expect(errorsOf(grammar, q, course)).toEqual(["missing article before “Island chronicler”"]);
  });

  it("warns about typography and a question without a question mark", () => {
    const q = choice("Who signed the Act of Union  for Brine , in 1921", [
      "Tamsin Oakhart",
      "Osric Pell",
    ]);
    expect(warningsOf(grammar, q)).toEqual([
      "doubled space",
      "space before “,”",
      "the question does not end with “?”",
    ]);
  });

  it("leaves good questions alone", () => {
    expect(findings(grammar, goodQuestions())).toEqual([]);
  });
});
