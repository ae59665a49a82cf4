import { describe, expect, it } from "vitest";
import { citationMissingAnswer } from "@/lib/questions/lint/rules/citation-support";
import {
  choice,
  chronicle,
  courseWith,
  errorsOf,
  findings,
  fixtureRecord,
  gazette,
  goodQuestions,
  trueFalse,
  typed,
  warningsOf,
} from "./helpers";

describe("citation-missing-answer", () => {
  it("finds an answer the quotes do not contain", () => {
    const q = choice(
      "Which company runs the island ferry?",
      ["Saltmere Ferry Company", "Lantern Cable"],
      {
        citations: [gazette("has run the Brine–Kell–Osk ferry since 1968")],
      },
    );
    expect(errorsOf(citationMissingAnswer, q)).toEqual([
      "the cited quotes do not contain “Saltmere Ferry Company”",
    ]);
  });

  it("accepts another name of the answer, a date or a number as the source writes it", () => {
    const spelling = typed("Who signed the Act of Union for Brine?", "Tamsin Oakhart", {
      citations: [gazette("Speaker Tamsyn Oakheart signed the Act of Union for Brine.")],
    });
    const date = typed("On what date was the Federation proclaimed?", "14 March 1921", {
      citations: [chronicle("proclaimed at Port Hallow on March 14, 1921")],
    });
    const number = typed("How many fishing licences were issued in 2020?", "about 1,200 licences", {
      citations: [gazette("Fishing licences issued in 2020: about 1,200.")],
    });
    const words = typed("How long is the Kelp Road causeway?", "3.2 km", {
      citations: [chronicle("The causeway is 3.2 kilometres long.")],
    });
    expect(
      findings(citationMissingAnswer, [spelling, date, number, words, ...goodQuestions()]),
    ).toEqual([]);
  });

  it("wants the very name asked when the question is about a record's names", () => {
    const q = typed("Under which other name do the sources mention Hallowmere?", "Port Hallow", {
      factIds: ["hallowmere#names"],
      citations: [chronicle("a telegraph line from Hallowmere to the mainland town of Dunmarrow")],
    });
    expect(errorsOf(citationMissingAnswer, q)).toEqual([
      "the cited quotes do not contain “Port Hallow”",
    ]);
  });

  it("checks the value a true statement asserts against the quotes", () => {
    const q = trueFalse("The Brine–Kell–Osk ferry carries passengers.", true, {
      factIds: ["island-ferry#carries"],
      citations: [
        gazette("The Saltmere Ferry Company has run the Brine–Kell–Osk ferry since 1968."),
      ],
    });
    expect(errorsOf(citationMissingAnswer, q)).toEqual([
      "the cited quotes do not contain “passengers”",
    ]);
  });

  it("only warns when the course marks the value as inferred", () => {
    const renamed = fixtureRecord("capital-renamed", "event");
    const course = courseWith({
      ...renamed,
      basis: { date: { kind: "inferred", reason: "from the gazette's dating" } },
    } as typeof renamed);
    const q = typed("In which year was Port Hallow renamed?", "1958", {
      factIds: ["capital-renamed#date"],
      citations: [gazette("Hallowmere, formerly Port Hallow")],
    });
    expect(errorsOf(citationMissingAnswer, q, course)).toEqual([]);
    expect(warningsOf(citationMissingAnswer, q, course)).toHaveLength(1);
  });

  it("only warns when the quote prints a misprint the course corrects, until the explanation says so", () => {
    const quote = chronicle("The Kelp Road causeway between Brine and Kell opened in August 1393");
    const silent = typed(
      "In which month and year did the Kelp Road causeway open?",
      "August 1934",
      {
        factIds: ["kelp-road#milestone-opened-opened"],
        citations: [quote],
        explanation: "The causeway opened in August 1934.",
      },
    );
    const said = {
      ...silent,
      explanation: "The causeway opened in August 1934 (the chronicle misprints 1393).",
    };
    expect(warningsOf(citationMissingAnswer, silent)).toEqual([
      "the quote prints “August 1393”, corrected to “August 1934”: the explanation should say so",
    ]);
    expect(findings(citationMissingAnswer, [said])).toEqual([]);
  });
});
