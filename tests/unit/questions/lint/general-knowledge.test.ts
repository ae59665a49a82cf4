import { describe, expect, it } from "vitest";
import { parseDate } from "@/lib/content/dates";
import { generalKnowledge } from "@/lib/questions/lint/rules/general-knowledge";
import {
  choice,
  courseWith,
  errorsOf,
  findings,
  fixtureRecord,
  goodQuestions,
  trueFalse,
  typed,
  warningsOf,
} from "./helpers";

function fixtureWithDatedName() {
  const brine = fixtureRecord("brine", "place");
  const period = parseDate("1800/1921");
  if (!period.ok) throw new Error(period.message);
  return courseWith({
    ...brine,
    names: [
      ...brine.names,
      { name: "Brine Island", period: period.value, note: null, misprint: false, sources: [] },
    ],
  });
}

describe("general-knowledge", () => {
  it("finds geography: where a place is", () => {
    const where = typed("Where is Kell?", "Saltmere Isles", { factIds: ["kell#within"] });
    const statement = trueFalse("Brine is in the Saltmere Isles.", true, {
      factIds: ["brine#within"],
    });
    expect(errorsOf(generalKnowledge, where)).toEqual([
      "asks where the place “Kell” is: geography, not the course",
    ]);
    expect(errorsOf(generalKnowledge, statement)).toEqual([
      "asks where the place “Brine” lies: geography, not the course",
    ]);
  });

  it("finds what kind of thing something is, and what an acronym stands for", () => {
    const kind = choice("What kind of body is the Northern Sea Compact?", [
      "a regional organisation",
      "a company",
    ]);
    const isA = trueFalse("The Saltmere Ferry Company is a company.", true, {
      factIds: ["saltmere-ferry-company#type"],
    });
    const acronym = typed("What does NSC stand for?", "Northern Sea Compact");
    for (const q of [kind, isA]) {
      expect(errorsOf(generalKnowledge, q)).toEqual(["asks what kind of thing something is"]);
    }
    expect(errorsOf(generalKnowledge, acronym)).toEqual(["asks what an acronym stands for"]);
  });

  it("finds a place's other name asked as trivia", () => {
    const q = typed("Which other name has Hallowmere had?", "Port Hallow", {
      factIds: ["hallowmere#names"],
    });
    expect(errorsOf(generalKnowledge, q)).toEqual(["asks another name of “Hallowmere” as trivia"]);
  });

  it("only warns when the other name is dated (a renaming is history)", () => {
    const q = typed("Which other name has Brine had?", "Brine Island", {
      factIds: ["brine#names"],
    });
    const course = fixtureWithDatedName();
    expect(warningsOf(generalKnowledge, q, course)).toHaveLength(1);
  });

  it("leaves questions about the course alone", () => {
    const secretariat = typed(
      "Where is the secretariat of the Northern Sea Compact?",
      "Hallowmere",
    );
    expect(findings(generalKnowledge, [secretariat, ...goodQuestions()])).toEqual([]);
  });
});
