import { describe, expect, it } from "vitest";
import type { FactRecord } from "@/lib/content/types";
import { unsupportedValue } from "@/lib/questions/lint/rules/unsupported-value";
import {
  choice,
  courseWith,
  errorsOf,
  findings,
  fixtureRecord,
  gazette,
  goodQuestions,
  trueFalse,
  typed,
} from "./helpers";

/** A record with the fields the content model is gaining (`basis`, `misprint`, `reportedBy`). */
function extended<T extends FactRecord>(record: T, extra: Record<string, unknown>): T {
  return { ...record, ...extra };
}

describe("unsupported-value", () => {
  it("finds the misprinted value offered", () => {
    const q = choice(
      "In which month and year did the Kelp Road causeway open?",
      ["August 1934", "August 1393", "May 1934", "August 1935"],
      { factIds: ["kelp-road#milestone-opened-opened"] },
    );
    expect(errorsOf(unsupportedValue, q)).toEqual([
      "offers the misprinted value “August 1393” (the course corrects it)",
    ]);
  });

  it("finds an answer the course marks as outside knowledge", () => {
    const length = fixtureRecord("kelp-road-length", "figure");
    const course = courseWith(
      extended(length, { basis: { value: { kind: "outside", reason: "measured on a map" } } }),
    );
    const q = typed("How long is the Kelp Road causeway?", "3.2 km", {
      factIds: ["kelp-road-length#value"],
    });
    expect(errorsOf(unsupportedValue, q, course)).toEqual([
      "the course marks value of “kelp-road-length” as outside the sources (measured on a map)",
    ]);
  });

  it("finds a misprinted spelling offered as an option", () => {
    const tamsin = fixtureRecord("tamsin-oakhart", "person");
    const course = courseWith({
      ...tamsin,
      variants: tamsin.variants.map((v) => ({ ...v, misprint: true })),
    });
    const q = choice(
      "Who signed the Act of Union for Brine?",
      ["Tamsin Oakhart", "Tamsyn Oakheart", "Osric Pell"],
      {
        factIds: ["act-of-union#signatories"],
      },
    );
    expect(errorsOf(unsupportedValue, q, course)).toEqual([
      "offers the misprinted spelling “Tamsyn Oakheart”",
    ]);
  });

  it("finds a reported claim asked as the source author's own", () => {
    const population = fixtureRecord("population-1950", "figure");
    const course = courseWith({
      ...population,
      value: {
        ...population.value,
        claims: population.value.claims.map((c) =>
          c.value.amount === 47900 ? { ...c, reportedBy: "osric-pell" } : c,
        ),
      },
    });
    const asked = (prompt: string) =>
      choice(prompt, ["47,900", "52,100", "44,300", "39,800"], {
        factIds: ["population-1950#value"],
        attribution: "Hallowmere Gazette",
        citations: [gazette("The 1950 census, our archive shows, counted 47,900 islanders.")],
      });
    expect(
      errorsOf(
        unsupportedValue,
        asked("According to the Hallowmere Gazette, how many islanders did the 1950 census count?"),
        course,
      ),
    ).toEqual(["asks Osric Pell’s claim as Hallowmere Gazette’s own"]);
    expect(
      errorsOf(
        unsupportedValue,
        asked(
          "According to Osric Pell, as the Gazette reports, how many islanders did the 1950 census count?",
        ),
        course,
      ),
    ).toEqual([]);
  });

  it("reads a claim's note that says someone else made the claim", () => {
    const population = fixtureRecord("population-1950", "figure");
    const course = courseWith({
      ...population,
      value: {
        ...population.value,
        claims: population.value.claims.map((c) =>
          c.value.amount === 47900 ? { ...c, note: "Claimed by Osric Pell in 1962." } : c,
        ),
      },
    });
    const q = trueFalse(
      "According to the Hallowmere Gazette, the 1950 census counted 47,900 islanders.",
      true,
      {
        factIds: ["population-1950#value"],
        attribution: "Hallowmere Gazette",
      },
    );
    expect(errorsOf(unsupportedValue, q, course)).toHaveLength(1);
  });

  it("finds a disputed value asked as plain fact, unless asked only as precisely as all sources agree", () => {
    const figure = choice("How many inhabitants did the 1950 census count?", ["48,200", "52,100"], {
      factIds: ["population-1950#value"],
    });
    const day = typed("On what date was the Federation proclaimed?", "14 March 1921", {
      factIds: ["federation-proclaimed#date"],
    });
    const year = typed("In which year was the Federation proclaimed?", "1921", {
      factIds: ["federation-proclaimed#date"],
    });
    expect(errorsOf(unsupportedValue, figure)).toEqual([
      "asks the disputed value of “population-1950” as plain fact",
    ]);
    expect(errorsOf(unsupportedValue, day)).toHaveLength(1);
    expect(errorsOf(unsupportedValue, year)).toEqual([]);
  });

  it("leaves good questions alone", () => {
    expect(findings(unsupportedValue, goodQuestions())).toEqual([]);
  });
});
