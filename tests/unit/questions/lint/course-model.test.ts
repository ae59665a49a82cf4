/**
 * The linter reads the course model the generator reads: fact ids as the model writes its paths
 * (`roles.0`, `milestones.0`), and a record's `say.name` as the name its options show.
 */
import { describe, expect, it } from "vitest";
import type { CourseDocument } from "@/lib/content/types";
import { ambiguousAnswer } from "@/lib/questions/lint/rules/ambiguous-answer";
import { citationMissingAnswer } from "@/lib/questions/lint/rules/citation-support";
import { clozeForm } from "@/lib/questions/lint/rules/cloze";
import {
  choice,
  chronicle,
  cloze,
  courseWith,
  errorsOf,
  fixtureRecord,
  typed,
  warningsOf,
} from "./helpers";

describe("the course model as the generator reads it", () => {
  it("reads a role's fact (`roles.0`) as asking who held it", () => {
    const q = choice(
      "Who was the first Speaker of the Federal Assembly?",
      ["Tamsin Oakhart", "Tamsyn Oakheart", "Osric Pell"],
      { factIds: ["tamsin-oakhart#roles.0"] },
    );
    expect(errorsOf(ambiguousAnswer, q)).toEqual([
      "the distractor “Tamsyn Oakheart” is also true per the course",
    ]);
  });

  it("reads a milestone's fact (`milestones.0`) with its claims and errata", () => {
    const q = typed("In which month and year did the Kelp Road causeway open?", "August 1934", {
      factIds: ["kelp-road#milestones.0"],
      citations: [chronicle("The Kelp Road causeway between Brine and Kell opened in August 1393")],
      explanation: "The causeway opened in August 1934.",
    });
    expect(warningsOf(citationMissingAnswer, q)).toEqual([
      "the quote prints “August 1393”, corrected to “August 1934”: the explanation should say so",
    ]);
  });

  describe("a document's options show its `say.name`", () => {
    const act = fixtureRecord("act-of-union", "document");
    const longTitle: CourseDocument = {
      ...act,
      title: "Act of Union of the Federation of the Saltmere Isles",
      say: { name: "the Act of Union", statement: null, ask: {} },
    };
    const described: CourseDocument = {
      ...act,
      say: { name: "the founding charter of the Federation", statement: null, ask: {} },
    };
    const quote = chronicle(
      "the councils of Brine, Kell and Osk signed the Act of Union of the Federation of the Saltmere Isles on 14 March 1921",
    );

    it("only warns when the answer is the printed title cut short", () => {
      const q = cloze(
        "Complete the quotation from Varrow: “the councils of Brine, Kell and Osk signed the _____ on 14 March 1921”",
        ["Act of Union", "Lantern Cable Agreement"],
        { factIds: ["federation-proclaimed#documents"], citations: [quote] },
      );
      const course = courseWith(longTitle);
      expect(errorsOf(clozeForm, q, course)).toEqual([]);
      expect(warningsOf(clozeForm, q, course)).toEqual([
        "the source writes “Act of Union of the Federation of the Saltmere Isles” where the answer is “Act of Union”",
      ]);
    });

    it("finds a description put where the source prints a title", () => {
      const q = cloze(
        "Complete the quotation from Varrow: “the councils of Brine, Kell and Osk signed the _____ on 14 March 1921”",
        ["Founding charter of the Federation", "Lantern Cable Agreement"],
        {
          factIds: ["federation-proclaimed#documents"],
          citations: [
            chronicle(
              "the councils of Brine, Kell and Osk signed the Act of Union on 14 March 1921",
            ),
          ],
        },
      );
      expect(errorsOf(clozeForm, q, courseWith(described))).toEqual([
        "completed with “Founding charter of the Federation”, the quotation misquotes the source (“Act of Union”)",
      ]);
    });
  });
});
