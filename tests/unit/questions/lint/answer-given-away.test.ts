import { describe, expect, it } from "vitest";
import type { CourseDocument } from "@/lib/content/types";
import {
  answerGuessable,
  answerInCourseTitle,
  answerInPrompt,
} from "@/lib/questions/lint/rules/answer-given-away";
import {
  choice,
  chronicle,
  cloze,
  courseWith,
  errorsOf,
  findings,
  fixtureRecord,
  goodQuestions,
  matching,
  trueFalse,
  typed,
} from "./helpers";

describe("answer-in-prompt", () => {
  it("finds the answer, or another name of it, in the prompt", () => {
    const q = choice(
      "Where did the proclamation of the Federation at Port Hallow take place?",
      ["Hallowmere", "Dunmarrow", "Brine", "Osk"],
      { factIds: ["federation-proclaimed#place"] },
    );
    expect(errorsOf(answerInPrompt, q)).toEqual([
      expect.stringContaining("the answer “Hallowmere” is already in the prompt"),
    ]);
  });

  it("finds a true statement that names its value twice", () => {
    const q = trueFalse(
      "Kell lies on the route of the Kelp Road causeway between Brine and Kell.",
      true,
      {
        factIds: ["kelp-road#route"],
      },
    );
    expect(errorsOf(answerInPrompt, q)).toEqual([
      "the statement names “Kell” twice: it asserts what it already says",
    ]);
  });

  it("leaves the author's sentence that names a value twice in two roles", () => {
    const road = fixtureRecord("kelp-road", "project");
    const statement =
      "Kell lies at the end of the Kelp Road causeway, which runs from Brine to Kell.";
    const q = trueFalse(statement, true, { factIds: ["kelp-road#route"] });
    const course = courseWith({ ...road, say: { ...road.say, statement } });
    expect(findings(answerInPrompt, [q], course)).toEqual([]);
  });

  it("finds a false statement that names the one true value in its subject", () => {
    const q = trueFalse("The proclamation at Port Hallow took place in Dunmarrow.", false, {
      factIds: ["federation-proclaimed#place"],
    });
    expect(errorsOf(answerInPrompt, q)).toHaveLength(1);
  });

  it("finds a matching pair whose left side contains its right side", () => {
    const q = matching("Match each document with its year.", [
      ["Lantern Cable Agreement (1929)", "1929"],
      ["Act of Union", "1921"],
    ]);
    expect(errorsOf(answerInPrompt, q)).toEqual([
      "a pair gives itself away: “Lantern Cable Agreement (1929) → 1929”",
    ]);
  });

  it("leaves a question about a record's own name alone, and good questions too", () => {
    const own = typed("By which acronym is the Northern Sea Compact known?", "NSC", {
      factIds: ["northern-sea-compact#acronym"],
    });
    expect(findings(answerInPrompt, [own, ...goodQuestions()])).toEqual([]);
  });
});

describe("answer-in-course-title", () => {
  it("finds an answer that is a key word of the course title", () => {
    const q = cloze(
      "Complete the quotation from Varrow: “The Federation of the _____ was proclaimed at Port Hallow”",
      ["Saltmere Isles", "Northern Isles", "Kell", "Osk"],
      {
        citations: [
          chronicle("The Federation of the Saltmere Isles was proclaimed at Port Hallow"),
        ],
      },
    );
    expect(errorsOf(answerInCourseTitle, q)).toEqual([
      "the answer “Saltmere Isles” is a key word of the course title “The Saltmere Isles”",
    ]);
  });

  it("finds a true statement asserting a title word, and a stem of one", () => {
    const statement = trueFalse(
      "The Saltmere Isles joined the Northern Sea Compact in 1962.",
      true,
      {
        factIds: ["nsc-accession#countries"],
      },
    );
    const stem = typed("Who lives on Brine, Kell and Osk?", "Islesfolk");
    expect(errorsOf(answerInCourseTitle, statement)).toHaveLength(1);
    expect(errorsOf(answerInCourseTitle, stem)).toHaveLength(1);
  });

  it("leaves a true statement that names the course's country among several values", () => {
    const treaty: CourseDocument = {
      ...fixtureRecord("act-of-union", "document"),
      id: "harbour-treaty",
      title: "Harbour Treaty",
      titleVariants: [],
      parties: ["saltmere-isles", "kell"],
    };
    const q = trueFalse("The Saltmere Isles and Kell signed the Harbour Treaty.", true, {
      factIds: ["harbour-treaty#parties"],
    });
    expect(findings(answerInCourseTitle, [q], courseWith(treaty))).toEqual([]);
  });

  it("leaves good questions alone", () => {
    expect(findings(answerInCourseTitle, goodQuestions())).toEqual([]);
  });
});

describe("answer-guessable", () => {
  it("takes the category every option shares for no clue (“Which company …?”, all companies)", () => {
    const ferry = fixtureRecord("saltmere-ferry-company", "organisation");
    const course = courseWith(
      { ...ferry, id: "brine-haulage", name: "Brine Haulage" },
      { ...ferry, id: "kell-traders", name: "Kell Traders" },
    );
    const companies = choice("Which company has run the island boats since 1968?", [
      "Saltmere Ferry Company",
      "Brine Haulage",
      "Kell Traders",
    ]);
    const mixed = choice("Which company has run the island boats since 1968?", [
      "Saltmere Ferry Company",
      "Northern Sea Compact",
      "Federal Assembly",
    ]);
    expect(findings(answerGuessable, [companies], course)).toEqual([]);
    expect(errorsOf(answerGuessable, mixed, course)).toEqual([
      "only the answer “Saltmere Ferry Company” shares words with the prompt",
    ]);
  });

  it("finds an acronym asked of the name it abbreviates", () => {
    const q = typed("What is the acronym of the Northern Sea Compact?", "NSC");
    expect(errorsOf(answerGuessable, q)).toEqual([
      "the acronym “NSC” is the initials of a name in the prompt",
    ]);
  });

  it("finds the only option with the initials of the prompt's acronym", () => {
    const q = choice("What does NSC stand for?", [
      "Northern Sea Compact",
      "Federal Assembly of the Saltmere Isles",
      "Saltmere Ferry Company",
      "Lantern Cable",
    ]);
    expect(errorsOf(answerGuessable, q)).toEqual([
      "only the answer “Northern Sea Compact” has the initials of “NSC”",
    ]);
  });

  it("finds the only option that shares the prompt's words", () => {
    const q = choice("Which company runs the Brine–Kell–Osk ferry?", [
      "Saltmere Ferry Company",
      "Federal Assembly of the Saltmere Isles",
      "Northern Sea Compact",
      "Lantern Cable",
    ]);
    expect(errorsOf(answerGuessable, q)).toEqual([
      "only the answer “Saltmere Ferry Company” shares words with the prompt",
    ]);
  });

  it("finds the only date in the year the prompt gives", () => {
    const q = choice("In which month of 1962 did the Isles join the Northern Sea Compact?", [
      "May 1962",
      "March 1963",
      "May 1961",
      "June 1960",
    ]);
    expect(errorsOf(answerGuessable, q)).toHaveLength(1);
  });

  it("finds an initial before a cloze's blank that only the answer fits", () => {
    const q = cloze(
      "Complete the quotation from the Gazette: “Speaker T._____ signed the Act of Union for Brine.”",
      ["Tamsin Oakhart", "Osric Pell", "Maren Holt", "Edda Marrow"],
    );
    expect(errorsOf(answerGuessable, q)).toEqual([
      "the initial “T.” before the blank fits only the answer “Tamsin Oakhart”",
    ]);
  });

  it("finds a statement whose acronym and name give away whether it is true", () => {
    const fits = trueFalse("NSC is the acronym of the Northern Sea Compact.", true);
    const misfits = trueFalse("NSC stands for Saltmere Ferry Company.", false);
    const fair = trueFalse("NSC stands for Northern Shipping Council.", false);
    expect(errorsOf(answerGuessable, fits)).toEqual([
      "the initials of “Northern Sea Compact” tell whether it is “NSC”",
    ]);
    expect(errorsOf(answerGuessable, misfits)).toHaveLength(1);
    expect(errorsOf(answerGuessable, fair)).toEqual([]);
  });

  it("leaves good questions alone", () => {
    expect(findings(answerGuessable, goodQuestions())).toEqual([]);
  });
});
