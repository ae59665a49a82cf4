import { describe, expect, it } from "vitest";
import type { CourseDocument, CourseEvent, Place } from "@/lib/content/types";
import { distractorCategory, distractorEra } from "@/lib/questions/lint/rules/distractors";
import {
  choice,
  chronology,
  claimedDate,
  courseWith,
  errorsOf,
  findings,
  fixtureRecord,
  goodQuestions,
  trueFalse,
  warningsOf,
} from "./helpers";

function country(id: string, name: string): Place {
  const base = fixtureRecord("saltmere-isles", "place");
  return {
    ...base,
    id,
    name,
    names: [{ name, period: null, note: null, misprint: false, sources: [] }],
  };
}

/** A treaty between two states, and two more states to offer. */
function withTreaty() {
  const treaty: CourseDocument = {
    ...fixtureRecord("act-of-union", "document"),
    id: "harbour-treaty",
    title: "Harbour Treaty",
    titleVariants: [],
    parties: ["saltmere-isles", "marrowland"],
    signatories: [],
  };
  return courseWith(country("marrowland", "Marrowland"), country("duneland", "Duneland"), treaty);
}

describe("distractor-category", () => {
  it("finds a non-party offered for a bilateral agreement between two states", () => {
    const course = withTreaty();
    const q = choice(
      "Which of these was a party to the Harbour Treaty?",
      ["Marrowland", "Duneland", "Northern Sea Compact", "Kell"],
      { factIds: ["harbour-treaty#parties"] },
    );
    const statement = trueFalse("Duneland was a party to the Harbour Treaty.", false, {
      factIds: ["harbour-treaty#parties"],
    });
    expect(errorsOf(distractorCategory, q, course)).toEqual([
      "“Duneland” offered as a party to a bilateral agreement between Saltmere Isles and Marrowland",
    ]);
    expect(errorsOf(distractorCategory, statement, course)).toHaveLength(1);
  });

  it("finds an option of another kind or family than the answer", () => {
    const company = choice("Which body hosts its secretariat in Hallowmere?", [
      "Northern Sea Compact",
      "Saltmere Ferry Company",
    ]);
    const place = choice("Who was the first Speaker of the Federal Assembly?", [
      "Tamsin Oakhart",
      "Brine",
    ]);
    expect(errorsOf(distractorCategory, company)).toEqual([
      "option “Saltmere Ferry Company” (a company) among answers like “Northern Sea Compact” (a regional organisation)",
    ]);
    expect(errorsOf(distractorCategory, place)).toEqual([
      "option “Brine” (an island) is not of the answer's kind (a person)",
    ]);
  });

  it("only warns about an island among towns", () => {
    const q = choice("Where was the Federation proclaimed?", ["Hallowmere", "Dunmarrow", "Osk"]);
    expect(errorsOf(distractorCategory, q)).toEqual([]);
    expect(warningsOf(distractorCategory, q)).toHaveLength(1);
  });

  it("leaves good questions alone", () => {
    expect(findings(distractorCategory, goodQuestions(), withTreaty())).toEqual([]);
  });
});

describe("distractor-era", () => {
  const battle: CourseEvent = {
    ...fixtureRecord("capital-renamed", "event"),
    id: "battle-of-the-skerries",
    title: "Battle of the Skerries",
    type: "battle",
    date: claimedDate("1402"),
  };

  it("finds a chronology mixing a medieval battle with modern events", () => {
    const q = chronology(
      ["Battle of the Skerries", "Lantern Cable Agreement", "Renaming of Port Hallow"],
      {
        factIds: [
          "battle-of-the-skerries#date",
          "lantern-cable-agreement#date",
          "capital-renamed#date",
        ],
      },
    );
    expect(errorsOf(distractorEra, q, courseWith(battle))).toEqual([
      "options from 1402 and from 1929–1958: eras centuries apart make the odd one out obvious",
    ]);
  });

  it("finds year options centuries apart", () => {
    const q = choice("In which year was the Act of Union signed?", [
      "1921",
      "1402",
      "1929",
      "1958",
    ]);
    expect(errorsOf(distractorEra, q)).toHaveLength(1);
  });

  it("leaves options of one era alone", () => {
    expect(findings(distractorEra, goodQuestions(), courseWith(battle))).toEqual([]);
  });
});
