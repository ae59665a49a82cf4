import { describe, expect, it } from "vitest";
import { balance } from "@/lib/questions/lint/rules/balance";
import { QUESTION_KINDS, type Question } from "@/lib/questions/types";
import { choice, findings, fixtureCourse } from "./helpers";

const RECORDS = [
  "act-of-union",
  "lantern-cable-agreement",
  "federation-proclaimed",
  "capital-renamed",
  "nsc-accession",
  "population-1950",
  "kelp-road-length",
  "fishing-licences-2020",
  "federal-assembly",
  "northern-sea-compact",
];
const THEMES = ["politics", "transport", "society"];

/** A bank spread evenly over records, themes and kinds. */
function evenBank(size: number): Question[] {
  return Array.from({ length: size }, (_, i) =>
    choice(`Question ${i}?`, ["a", "b"], {
      factIds: [`${RECORDS[i % RECORDS.length]}#date`],
      themes: [THEMES[i % THEMES.length] ?? "politics"],
      kind: QUESTION_KINDS[i % QUESTION_KINDS.length],
    }),
  );
}

describe("balance", () => {
  it("finds nothing in an even bank", () => {
    expect(findings(balance, evenBank(70))).toEqual([]);
  });

  it("finds a record asked too often: a warning over 8 questions, an error over 16", () => {
    const bank = evenBank(70);
    const nine = bank.map((q, i) => (i < 9 ? { ...q, factIds: ["osric-pell#roles"] } : q));
    const seventeen = bank.map((q, i) => (i < 17 ? { ...q, factIds: ["osric-pell#roles"] } : q));
    expect(findings(balance, nine).map((f) => [f.severity, f.message])).toContainEqual([
      "warning",
      "“osric-pell” is asked by 9 questions",
    ]);
    expect(findings(balance, seventeen).map((f) => f.severity)).toContain("error");
  });

  it("finds a kind of fact or disputed facts crowding out the rest", () => {
    const dates = evenBank(70).map((q, i) =>
      i < 30 ? { ...q, tags: { ...q.tags, kind: "dates" as const } } : q,
    );
    const disputed = evenBank(70).map((q, i) => (i < 7 ? { ...q, attribution: "Varrow" } : q));
    expect(findings(balance, dates).map((f) => f.message)).toContainEqual(
      expect.stringMatching(/^questions about dates: \d+\.\d%$/),
    );
    expect(findings(balance, disputed).map((f) => f.message)).toEqual([
      "disputed facts (attributed questions): 10.0%",
    ]);
  });

  it("holds a background theme to 10% of the bank", () => {
    const course = {
      ...fixtureCourse(),
      themes: [
        ...fixtureCourse().themes,
        {
          id: "history",
          label: "History before 1900",
          description: "The older background.",
          maxShare: null,
        },
      ],
    };
    const bank = evenBank(70).map((q, i) =>
      i < 12 ? { ...q, tags: { ...q.tags, themes: ["history"] } } : q,
    );
    expect(findings(balance, bank, course).map((f) => [f.severity, f.message])).toEqual([
      ["error", "the background theme “History before 1900” has 17.1% of the bank"],
    ]);
  });
});
