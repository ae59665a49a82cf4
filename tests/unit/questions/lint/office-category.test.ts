import { describe, expect, it } from "vitest";
import { buildLintContext } from "@/lib/questions/lint/context";
import { isOffice, notAnOffice } from "@/lib/questions/lint/rules/office-category";
import {
  choice,
  errorsOf,
  findings,
  fixtureCourse,
  goodQuestions,
  matching,
  typed,
} from "./helpers";

describe("not-an-office", () => {
  it("tells offices from occupations", () => {
    const ctx = buildLintContext(fixtureCourse());
    expect(isOffice("Speaker of the Federal Assembly", ctx)).toBe(true);
    expect(isOffice("Envoy of the Saltmere Isles to the Northern Sea Compact", ctx)).toBe(true);
    expect(isOffice("Reeve of Brine", ctx)).toBe(true);
    expect(isOffice("Last shah of the islands", ctx)).toBe(true);
    expect(isOffice("Scholar", ctx)).toBe(false);
    expect(isOffice("Poet and philosopher", ctx)).toBe(false);
    expect(isOffice("Poet of Brine", ctx)).toBe(false);
  });

  it("finds an office question answered by something that is not one", () => {
    const q = typed("Which office did Osric Pell hold?", "Chronicler and poet");
    expect(errorsOf(notAnOffice, q)).toEqual([
      "asks an office, but the answer “Chronicler and poet” is not one",
    ]);
  });

  it("finds an option that is not an office", () => {
    const q = choice("Which office did Tamsin Oakhart hold?", [
      "Speaker of the Federal Assembly",
      "Poet and philosopher",
      "Envoy of the Saltmere Isles to the Northern Sea Compact",
    ]);
    const pairs = matching("Match each person with an office they held.", [
      ["Tamsin Oakhart", "Speaker of the Federal Assembly"],
      ["Osric Pell", "Scholar"],
    ]);
    expect(errorsOf(notAnOffice, q)).toEqual([
      "asks an office, but “Poet and philosopher” is not one",
    ]);
    expect(errorsOf(notAnOffice, pairs)).toEqual(["asks an office, but “Scholar” is not one"]);
  });

  it("leaves an office question with offices alone, and “office” in another sense", () => {
    const good = choice("Which office did Tamsin Oakhart hold from 1921 to 1930?", [
      "Speaker of the Federal Assembly",
      "Governor of Kell",
      "Mayor of Hallowmere",
      "Envoy of the Saltmere Isles to the Northern Sea Compact",
    ]);
    const other = choice("Where did the Ferry Company open a representative office?", [
      "Hallowmere",
      "Scholar",
    ]);
    expect(findings(notAnOffice, [good, other, ...goodQuestions()])).toEqual([]);
  });
});
