import { describe, expect, it } from "vitest";
import { clozeForm } from "@/lib/questions/lint/rules/cloze";
import { chronicle, cloze, errorsOf, findings, goodQuestions, warningsOf } from "./helpers";

const CABLE =
  "The Lantern Cable, a telegraph line from Hallowmere to the mainland town of Dunmarrow, began carrying messages in 1902. In 1929 the Federal Assembly and the town council of Dunmarrow signed the Lantern Cable Agreement";

describe("cloze", () => {
  it("finds more than one blank", () => {
    const q = cloze(
      `Complete the quotation from Varrow: “${CABLE.replaceAll("Dunmarrow", "_____")}”`,
      ["Dunmarrow", "Hallowmere", "Brine", "Osk"],
      { citations: [chronicle(CABLE)] },
    );
    expect(errorsOf(clozeForm, q)).toEqual(["2 blanks for one answer"]);
  });

  it("finds a quotation too short to mean anything, and warns about a very short one", () => {
    const empty = cloze(
      "Complete the quotation from Varrow: “of the _____”",
      ["Compact", "Assembly"],
      {
        citations: [chronicle("of the Compact")],
      },
    );
    const short = cloze(
      "Complete the quotation from Varrow: “the mainland town of _____”",
      ["Dunmarrow", "Osk"],
      {
        citations: [chronicle("the mainland town of Dunmarrow")],
      },
    );
    expect(errorsOf(clozeForm, empty)).toEqual([
      "the quotation “of the _____” is too short to mean anything",
    ]);
    expect(warningsOf(clozeForm, short)).toEqual([
      "the quotation “the mainland town of _____” is very short",
    ]);
  });

  it("finds a completed quotation that misquotes the source", () => {
    const q = cloze(
      "Complete the quotation from Varrow: “The Kelp Road causeway between _____ and Kell”",
      ["Osk", "Brine"],
      { citations: [chronicle("The Kelp Road causeway between Brine and Kell")] },
    );
    expect(errorsOf(clozeForm, q)).toEqual([
      "completed with “Osk”, the quotation misquotes the source (“Brine”)",
    ]);
  });

  it("only warns when the source writes another name of the answer", () => {
    const q = cloze(
      "Complete the quotation from Varrow: “The Federation of the Saltmere Isles was proclaimed at _____ on 14 March 1921”",
      ["Hallowmere", "Dunmarrow"],
      {
        citations: [
          chronicle(
            "The Federation of the Saltmere Isles was proclaimed at Port Hallow on 14 March 1921",
          ),
        ],
      },
    );
    expect(errorsOf(clozeForm, q)).toEqual([]);
    expect(warningsOf(clozeForm, q)).toEqual([
      "the source writes “Port Hallow” where the answer is “Hallowmere”",
    ]);
  });

  it("warns about a quotation that refers back to what it does not give", () => {
    const q = cloze(
      "Complete the quotation from Varrow: “Its length is _____ kilometres.”",
      ["3.2", "4.1"],
      {
        citations: [chronicle("Its length is 3.2 kilometres.")],
      },
    );
    expect(warningsOf(clozeForm, q)).toContain(
      "the quotation refers back (“Its”) to something it does not give",
    );
  });

  it("leaves a pronoun whose person the quotation names before it", () => {
    const q = cloze(
      "Complete the quotation from Varrow: “Tamsin Oakhart recalled that she signed the Act of Union for _____ in 1921.”",
      ["Brine", "Kell"],
      {
        citations: [
          chronicle("Tamsin Oakhart recalled that she signed the Act of Union for Brine in 1921."),
        ],
      },
    );
    expect(findings(clozeForm, [q])).toEqual([]);
  });

  it("leaves good questions alone", () => {
    expect(findings(clozeForm, goodQuestions())).toEqual([]);
  });
});
