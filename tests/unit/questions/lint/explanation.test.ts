import { describe, expect, it } from "vitest";
import { explanation } from "@/lib/questions/lint/rules/explanation";
import {
  choice,
  chronology,
  errorsOf,
  findings,
  goodQuestions,
  trueFalse,
  typed,
  warningsOf,
} from "./helpers";

describe("explanation", () => {
  it("finds an explanation without the answer", () => {
    const q = choice("Who signed the Act of Union for Brine?", ["Tamsin Oakhart", "Osric Pell"], {
      explanation: "The Act of Union was signed for Brine. (Gazette)",
    });
    expect(errorsOf(explanation, q)).toEqual([
      "the explanation does not state the answer “Tamsin Oakhart”",
    ]);
  });

  it("finds a false statement's explanation without the true value", () => {
    const q = trueFalse("The Lantern Cable began carrying messages in 1912.", false, {
      factIds: ["lantern-cable#milestone-opened-began-carrying-messages"],
      explanation: "False. (Varrow)",
    });
    expect(errorsOf(explanation, q)).toEqual(["the explanation does not state the true value"]);
  });

  it("finds a chronology whose explanation leaves an item out", () => {
    const q = chronology(["Act of Union", "Lantern Cable Agreement"], {
      explanation: "Act of Union (1921), then the cable.",
    });
    expect(errorsOf(explanation, q)).toEqual([
      "the explanation does not state “Lantern Cable Agreement” among the items in order",
    ]);
  });

  it("warns about a circular explanation", () => {
    const q = typed("Where did the proclamation at Port Hallow take place?", "Port Hallow", {
      explanation: "The proclamation at Port Hallow took place at Port Hallow. (Varrow)",
    });
    expect(warningsOf(explanation, q)).toEqual([
      "the explanation names “Port Hallow” twice: it is circular",
    ]);
  });

  it("accepts a date written another way, and leaves good questions alone", () => {
    const q = typed("On what date was the Act of Union signed?", "14 March 1921", {
      explanation: "It was signed on March 14, 1921.",
    });
    expect(findings(explanation, [q, ...goodQuestions()])).toEqual([]);
  });
});
