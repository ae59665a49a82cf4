import { describe, expect, it } from "vitest";
import type { CourseEvent } from "@/lib/content/types";
import { ambiguousAnswer } from "@/lib/questions/lint/rules/ambiguous-answer";
import {
  choice,
  claimedDate,
  courseWith,
  errorsOf,
  findings,
  fixtureRecord,
  goodQuestions,
  trueFalse,
  typed,
} from "./helpers";

describe("ambiguous-answer", () => {
  it("finds a distractor that is also true", () => {
    const q = choice(
      "Which of these councils signed the Act of Union?",
      ["Brine", "Kell", "Dunmarrow"],
      {
        factIds: ["act-of-union#parties"],
      },
    );
    expect(errorsOf(ambiguousAnswer, q)).toEqual([
      "the distractor “Kell” is also true per the course",
    ]);
  });

  it("finds a distractor that contains the true place", () => {
    const q = choice(
      "Where was the Federation proclaimed?",
      ["Hallowmere", "Saltmere Isles", "Dunmarrow"],
      {
        factIds: ["federation-proclaimed#place"],
      },
    );
    expect(errorsOf(ambiguousAnswer, q)).toEqual([
      "the distractor “Saltmere Isles” is also true per the course",
    ]);
  });

  it("finds a statement keyed False that names a true value", () => {
    const q = trueFalse("Kell was a party to the Act of Union.", false, {
      factIds: ["act-of-union#parties"],
    });
    expect(errorsOf(ambiguousAnswer, q)).toEqual([
      "keyed False, but the statement names “Kell”, a true value",
    ]);
  });

  it("finds one year asked of a span of years", () => {
    const term: CourseEvent = {
      ...fixtureRecord("capital-renamed", "event"),
      id: "oakhart-speakership",
      title: "Tamsin Oakhart's speakership",
      date: claimedDate("1921/1930"),
    };
    const q = typed("In which year was Tamsin Oakhart's speakership?", "1921", {
      factIds: ["oakhart-speakership#date"],
    });
    expect(errorsOf(ambiguousAnswer, q, courseWith(term))).toEqual([
      "asks one year of something that spans 1921–1930",
    ]);
  });

  it("finds “who took part” typed for a summit, not for a visit", () => {
    const summit: CourseEvent = {
      ...fixtureRecord("capital-renamed", "event"),
      id: "harbour-summit",
      title: "Harbour Summit",
      type: "summit",
      participants: ["tamsin-oakhart"],
    };
    const visit: CourseEvent = {
      ...summit,
      id: "oakhart-visit",
      title: "Oakhart's visit to Dunmarrow",
      type: "visit",
    };
    const course = courseWith(summit, visit);
    const asked = (id: string) =>
      typed("Who took part in it?", "Tamsin Oakhart", { factIds: [`${id}#participants`] });
    expect(errorsOf(ambiguousAnswer, asked("harbour-summit"), course)).toEqual([
      "“who took part” in a summit has many answers; the course records 1",
    ]);
    expect(errorsOf(ambiguousAnswer, asked("oakhart-visit"), course)).toEqual([]);
  });

  it("finds a value that differs from a true one only by rounding", () => {
    const q = trueFalse("According to Varrow, the 1950 census counted 48,000 inhabitants.", false, {
      factIds: ["population-1950#value"],
      attribution: "Varrow",
    });
    expect(errorsOf(ambiguousAnswer, q)).toEqual([
      "48000 differs from the true 48200 only by rounding",
    ]);
  });

  it("leaves good questions alone, an attributed figure with the other source's value included", () => {
    expect(findings(ambiguousAnswer, goodQuestions())).toEqual([]);
  });
});
