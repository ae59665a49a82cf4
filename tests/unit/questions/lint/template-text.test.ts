import { describe, expect, it } from "vitest";
import {
  headlineFragment,
  isHeadline,
  labelAsSentence,
  templateText,
} from "@/lib/questions/lint/rules/template-text";
import {
  choice,
  chronicle,
  chronology,
  courseWith,
  errorsOf,
  findings,
  fixtureRecord,
  goodQuestions,
  trueFalse,
  typed,
  warningsOf,
} from "./helpers";

describe("template-text", () => {
  it("finds the generator's scaffolding", () => {
    const happen = typed(
      "In which year did this happen: “Port Hallow renamed Hallowmere”?",
      "1958",
    );
    const part = trueFalse(
      "Tamsin Oakhart took part in this: “Proclamation of the Federation of the Saltmere Isles”.",
      true,
    );
    expect(errorsOf(templateText, happen)).toContain(
      "“did this happen”: a label stands in for the event",
    );
    expect(errorsOf(templateText, part)).toContain(
      "“took part in this”: a label stands in for the event",
    );
  });

  it("finds bracketed date fragments in prompts and options", () => {
    const since = trueFalse(
      "The Federal Assembly of the Saltmere Isles was founded (since the 1920s).",
      true,
    );
    const role = choice("Which office did Osric Pell hold (1962)?", [
      "Envoy of the Saltmere Isles to the Northern Sea Compact",
      "Speaker of the Federal Assembly",
    ]);
    expect(errorsOf(templateText, since)).toContain("a bracketed date after the verb");
    expect(errorsOf(templateText, since)).toContain(
      "bracketed template fragment “(since the 1920s)”",
    );
    expect(errorsOf(templateText, role)).toEqual(["bracketed template fragment “(1962)”"]);
  });

  it("finds a milestone's label after a colon, and tells a record's own brackets from a template's", () => {
    const milestone = trueFalse("The Lantern Cable: “began carrying messages” in 1902.", true);
    expect(errorsOf(templateText, milestone)).toContain(
      "“X: “…” in …”: a label stands in for the event",
    );
    const course = courseWith({
      ...fixtureRecord("act-of-union", "document"),
      title: "Act of Union (1921)",
    });
    const own = typed("Where was the Act of Union (1921) signed?", "Port Hallow");
    const other = typed("Where was the Lantern Cable Agreement (1921) signed?", "Hallowmere");
    expect(errorsOf(templateText, own, course)).toEqual([]);
    expect(warningsOf(templateText, own, course)).toEqual([
      "“(1921)” is a record's disambiguating label, not part of a question",
    ]);
    expect(errorsOf(templateText, other, course)).toEqual(["bracketed template fragment “(1921)”"]);
  });

  it("finds the same year given twice by a label and the template", () => {
    const q = typed(
      "What was the fall of exports in 2019 compared with 2018 in 2019?",
      "47.4 percent",
    );
    expect(errorsOf(templateText, q)).toEqual(["the same year is given twice"]);
  });

  it("warns about clumsy template wording", () => {
    const q = typed("What does the Brine–Kell–Osk ferry carry or handle?", "passengers");
    expect(warningsOf(templateText, q)).toEqual(["“carries or handles”: template wording"]);
    expect(errorsOf(templateText, q)).toEqual([]);
  });

  it("leaves good questions alone, dates in an explanation's brackets included", () => {
    expect(findings(templateText, goodQuestions())).toEqual([]);
  });
});

describe("label-as-sentence", () => {
  it("finds an event title in quotation marks used as a sentence", () => {
    const q = trueFalse("“Port Hallow renamed Hallowmere” happened in 1958.", true);
    expect(errorsOf(labelAsSentence, q)).toEqual([
      "the label “Port Hallow renamed Hallowmere” in quotation marks stands in for a sentence",
    ]);
  });

  it("finds a milestone's label in quotation marks even when a source uses the same words", () => {
    const q = trueFalse("The Lantern Cable: “began carrying messages” in 1902.", true, {
      citations: [chronicle("The Lantern Cable began carrying messages in 1902.")],
    });
    expect(errorsOf(labelAsSentence, q)).toEqual([
      "the label “began carrying messages” in quotation marks stands in for a sentence",
    ]);
  });

  it("warns about a figure's label and a value instead of a sentence", () => {
    const q = trueFalse("Length of the Kelp Road causeway: 3.2 km.", true);
    expect(warningsOf(labelAsSentence, q)).toHaveLength(1);
  });

  it("leaves a quoted document title and good questions alone", () => {
    const title = choice("Who signed the “Act of Union” for Brine?", [
      "Tamsin Oakhart",
      "Osric Pell",
    ]);
    expect(findings(labelAsSentence, [title, ...goodQuestions()])).toEqual([]);
  });
});

describe("headline-fragment", () => {
  it("tells a headline from a sentence", () => {
    expect(isHeadline("The Harbour Committee founded")).toBe(true);
    expect(isHeadline("The Lantern Cable Agreement signed")).toBe(true);
    expect(isHeadline("Tamsin Oakhart signed the Act of Union")).toBe(false);
    expect(isHeadline("The Act of Union was signed")).toBe(false);
    expect(isHeadline("Accession to the Northern Sea Compact")).toBe(false);
  });

  it("warns about headlines as items, and finds one as a sentence's subject", () => {
    const items = chronology(["The Act of Union signed", "The Lantern Cable Agreement signed"]);
    const subject = typed("In which year did “The Lantern Cable Agreement signed” happen?", "1929");
    expect(warningsOf(headlineFragment, items)).toEqual([
      "headlines as items: “The Lantern Cable Agreement signed”",
    ]);
    expect(errorsOf(headlineFragment, subject)).toHaveLength(1);
  });

  it("leaves good questions alone", () => {
    expect(findings(headlineFragment, goodQuestions())).toEqual([]);
  });
});
