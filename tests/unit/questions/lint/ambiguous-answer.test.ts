import { describe, expect, it } from "vitest";
import type { CourseEvent } from "@/lib/content/types";
import { ambiguousAnswer } from "@/lib/questions/lint/rules/ambiguous-answer";
import {
  choice,
  claimedDate,
  cloze,
  courseWith,
  errorsOf,
  findings,
  fixtureRecord,
  goodQuestions,
  trueFalse,
  typed,
  warningsOf,
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

  describe("a false statement made from the author's sentence by swapping the asked value", () => {
    const truth = "In 1921 the councils of Brine, Kell and Osk signed the Act of Union.";
    const swapped = (statement: string, explanation = `False: ${truth}`) =>
      trueFalse(statement, false, { factIds: ["act-of-union#parties"], explanation });

    it("leaves the property's other true values standing in the sentence", () => {
      const q = swapped(
        "In 1921 the councils of Brine, Kell and Dunmarrow signed the Act of Union.",
      );
      expect(errorsOf(ambiguousAnswer, q)).toEqual([]);
    });

    it("leaves a country named in the sentence for another reason", () => {
      const q = trueFalse(
        "In March 1921 the councils of the Saltmere Isles proclaimed the Federation at Dunmarrow.",
        false,
        {
          factIds: ["federation-proclaimed#place"],
          explanation:
            "False: In March 1921 the councils of the Saltmere Isles proclaimed the Federation at Hallowmere.",
        },
      );
      expect(errorsOf(ambiguousAnswer, q)).toEqual([]);
    });

    it("finds a swapped-in value that is true as well, or holds the true place", () => {
      const kell = swapped("In 1921 the councils of Brine, Kell and Kell signed the Act of Union.");
      const around = trueFalse(
        "In March 1921 the Federation was proclaimed in the Saltmere Isles.",
        false,
        {
          factIds: ["federation-proclaimed#place"],
          explanation: "False: In March 1921 the Federation was proclaimed in Hallowmere.",
        },
      );
      expect(errorsOf(ambiguousAnswer, kell)).toEqual([
        "keyed False, but “Kell”, put in for “Osk”, is also true",
      ]);
      expect(errorsOf(ambiguousAnswer, around)).toEqual([
        "keyed False, but “Saltmere Isles”, put in for “Hallowmere”, is also true",
      ]);
    });

    it("finds a statement that is the true sentence, or changes something else", () => {
      const same = swapped(truth);
      const other = trueFalse("Osric Pell signed the Act of Union for Brine.", false, {
        factIds: ["act-of-union#parties"],
        explanation: "False: Tamsin Oakhart signed the Act of Union for Brine.",
      });
      expect(errorsOf(ambiguousAnswer, same)).toEqual([
        "keyed False, but the statement is the true sentence its explanation gives",
      ]);
      expect(errorsOf(ambiguousAnswer, other)).toEqual([
        "keyed False, but the statement changes “Tamsin Oakhart”, not the value asked",
      ]);
    });

    it("finds a statement that still names the true value it swapped out", () => {
      const q = swapped(
        "In 1921 the councils of Brine, Kell and Dunmarrow signed the Act of Union; Osk signed first.",
        "False: In 1921 the councils of Brine, Kell and Osk signed the Act of Union; Osk signed first.",
      );
      expect(errorsOf(ambiguousAnswer, q)).toEqual([
        "keyed False, but the statement still names the true value “Osk”",
      ]);
    });
  });

  it("judges a quotation on two facts by what is true of both", () => {
    // The blank is the Speaker who was at the session: Osric Pell was there, but no Speaker.
    const session: CourseEvent = {
      ...fixtureRecord("capital-renamed", "event"),
      id: "first-session",
      title: "First session of the Federal Assembly",
      type: "meeting",
      participants: ["tamsin-oakhart", "osric-pell"],
    };
    const q = cloze(
      "Complete the quotation from Varrow: “The first session was opened by the Speaker of the Federal Assembly, _____, in 1921.”",
      ["Tamsin Oakhart", "Osric Pell", "Maren Holt"],
      { factIds: ["tamsin-oakhart#roles.0", "first-session#participants"] },
    );
    expect(errorsOf(ambiguousAnswer, q, courseWith(session))).toEqual([]);
  });

  it("warns about a date asked and a year answered", () => {
    const q = typed("On what date was Port Hallow renamed Hallowmere?", "1958", {
      factIds: ["capital-renamed#date"],
    });
    const year = typed("In which year was Port Hallow renamed Hallowmere?", "1958", {
      factIds: ["capital-renamed#date"],
    });
    expect(warningsOf(ambiguousAnswer, q)).toEqual([
      "asks on what date, but the answer is the year 1958",
    ]);
    expect(findings(ambiguousAnswer, [year])).toEqual([]);
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

  it("leaves a typed question that singles one participant out", () => {
    const summit: CourseEvent = {
      ...fixtureRecord("capital-renamed", "event"),
      id: "harbour-summit",
      title: "Harbour Summit",
      type: "summit",
      participants: ["tamsin-oakhart"],
    };
    const q = typed(
      "Which Speaker of the Federal Assembly attended the Harbour Summit?",
      "Tamsin Oakhart",
      {
        factIds: ["harbour-summit#participants"],
      },
    );
    expect(errorsOf(ambiguousAnswer, q, courseWith(summit))).toEqual([]);
  });

  it("finds a typed question with several true answers, unless it singles one out", () => {
    const open = typed("Which island council signed the Act of Union?", "Osk", {
      factIds: ["act-of-union#parties"],
    });
    const besides = typed(
      "Besides Brine and Kell, which island council signed the Act of Union?",
      "Osk",
      {
        factIds: ["act-of-union#parties"],
      },
    );
    const act = fixtureRecord("act-of-union", "document");
    const authored = courseWith({
      ...act,
      say: {
        name: null,
        statement: null,
        ask: {
          parties: { question: "Which council signed the Act of Union last?", answer: "osk" },
        },
      },
    });
    const stem = typed("Which council signed the Act of Union last?", "Osk", {
      factIds: ["act-of-union#parties"],
    });
    expect(errorsOf(ambiguousAnswer, open)).toEqual([
      "several true answers (3), but only “Osk” is accepted",
    ]);
    expect(errorsOf(ambiguousAnswer, besides)).toEqual([]);
    expect(errorsOf(ambiguousAnswer, stem, authored)).toEqual([]);
    expect(errorsOf(ambiguousAnswer, stem)).toHaveLength(1);
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
