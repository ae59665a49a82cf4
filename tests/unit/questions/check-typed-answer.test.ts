import { describe, expect, it } from "vitest";
import { checkTypedAnswer, type TypedAnswerKey } from "@/lib/questions/check-typed-answer";

const person: TypedAnswerKey = {
  answer: "Nursultan Nazarbayev",
  accept: [{ text: "Nursultan Nazarbaev", code: "variant" }],
  check: {
    answerKind: "text",
    entityKind: "person",
    confusables: ["Kassym-Jomart Tokayev", "Nursultan Nazarov"],
  },
};

const ilham: TypedAnswerKey = {
  answer: "Ilham Aliyev",
  accept: [],
  check: {
    answerKind: "text",
    entityKind: "person",
    confusables: ["Heydar Aliyev"],
    genericWords: ["azerbaijan", "of", "president"],
  },
};

const pipeline: TypedAnswerKey = {
  answer: "Baku–Tbilisi–Ceyhan",
  accept: [{ text: "BTC", code: "acronym" }],
  check: {
    answerKind: "text",
    entityKind: "project",
    confusables: ["Baku–Supsa"],
    genericWords: ["oil", "pipeline"],
  },
};

const terminal: TypedAnswerKey = {
  answer: "Sangachal terminal",
  accept: [{ text: "Sangachal", code: "short-name" }],
  check: {
    answerKind: "text",
    entityKind: "place",
    confusables: ["Aktau seaport"],
    genericWords: ["site", "terminal"],
  },
};

const city: TypedAnswerKey = {
  answer: "Astana",
  accept: [{ text: "Nur-Sultan", code: "other-period-name", note: "its name 2019–2022" }],
  check: { answerKind: "text", entityKind: "place", confusables: ["Almaty", "Baku"] },
};

const dayDate: TypedAnswerKey = {
  answer: "24 May 2005",
  accept: [],
  check: { answerKind: "date", date: { year: 2005, month: 5, day: 24 }, confusables: [] },
};

const yearOnly: TypedAnswerKey = {
  answer: "1997",
  accept: [],
  check: { answerKind: "year", date: { year: 1997 }, confusables: [] },
};

const money: TypedAnswerKey = {
  answer: "$246.2 million",
  accept: [],
  check: {
    answerKind: "number",
    quantities: [
      { value: 246_200_000, unit: "usd" },
      { value: 246.2, unit: null },
    ],
    confusables: [],
  },
};

describe("checkTypedAnswer — text", () => {
  it("accepts case, punctuation and diacritics differences as exact", () => {
    expect(checkTypedAnswer(person, "  nursultan NAZARBAYEV. ")).toMatchObject({
      correct: true,
      code: "exact",
    });
    expect(checkTypedAnswer(ilham, "İlham Əliyev")).toMatchObject({ correct: true, code: "exact" });
  });

  it("accepts a dataset spelling variant and says so", () => {
    const v = checkTypedAnswer(person, "Nursultan Nazarbaev");
    expect(v).toMatchObject({ correct: true, code: "variant" });
    expect(v.reason).toMatch(/variant/);
  });

  it("accepts an acronym and the full name both ways", () => {
    expect(checkTypedAnswer(pipeline, "btc")).toMatchObject({ correct: true, code: "acronym" });
    expect(checkTypedAnswer(pipeline, "Baku-Tbilisi-Ceyhan")).toMatchObject({
      correct: true,
      code: "exact",
    });
    expect(checkTypedAnswer(pipeline, "the BTC pipeline")).toMatchObject({ correct: true });
  });

  it("accepts a short name the bank found unambiguous, and says so", () => {
    const v = checkTypedAnswer(terminal, "sangachal");
    expect(v).toMatchObject({ correct: true, code: "short-name" });
    expect(v.reason).toMatch(/short name is enough/);
    expect(checkTypedAnswer(terminal, "the Sangachal Terminal")).toMatchObject({
      correct: true,
      code: "exact",
    });
  });

  it("ignores extra generic words in the answer, never in the expected name", () => {
    expect(checkTypedAnswer(pipeline, "the Baku-Tbilisi-Ceyhan oil pipeline")).toMatchObject({
      correct: true,
      code: "variant",
    });
    expect(checkTypedAnswer(ilham, "President Ilham Aliyev")).toMatchObject({ correct: true });
    // A short form the bank did not accept stays wrong, generic words or not.
    expect(checkTypedAnswer(city, "Astana region").correct).toBe(false);
    expect(checkTypedAnswer(terminal, "terminal")).toMatchObject({ correct: false });
  });

  it("still rejects another entity, or an ambiguous surname, with generic words added", () => {
    expect(checkTypedAnswer(ilham, "President Heydar Aliyev")).toMatchObject({
      correct: false,
      code: "other-entity",
    });
    expect(checkTypedAnswer(ilham, "President Aliyev")).toMatchObject({
      correct: false,
      code: "ambiguous",
    });
    expect(checkTypedAnswer(pipeline, "Baku-Supsa pipeline")).toMatchObject({
      correct: false,
      code: "other-entity",
    });
  });

  it("accepts a city's name from another period, with the note", () => {
    const v = checkTypedAnswer(city, "Nur Sultan");
    expect(v).toMatchObject({ correct: true, code: "other-period-name" });
    expect(v.reason).toContain("2019–2022");
  });

  it("accepts a 1–2 edit near miss on a long name with a spelling warning", () => {
    const v = checkTypedAnswer(person, "Nursultan Nazarbajev");
    expect(v).toMatchObject({ correct: true, code: "near-miss", spellingWarning: true });
    expect(v.reason).toMatch(/check the spelling/);
  });

  it("accepts a bare surname when it is unambiguous", () => {
    expect(checkTypedAnswer(person, "Nazarbayev")).toMatchObject({
      correct: true,
      code: "surname",
    });
  });

  it("rejects a bare surname shared with another person", () => {
    expect(checkTypedAnswer(ilham, "Aliyev")).toMatchObject({ correct: false, code: "ambiguous" });
  });

  it("rejects a different person, even with a similar name", () => {
    expect(checkTypedAnswer(ilham, "Heydar Aliyev")).toMatchObject({
      correct: false,
      code: "other-entity",
    });
    expect(checkTypedAnswer(person, "Nursultan Nazarova")).toMatchObject({
      correct: false,
      code: "similar-name",
    });
  });

  it("rejects a short name with a typo (no near-miss below 7 letters)", () => {
    expect(checkTypedAnswer(city, "Astna")).toMatchObject({ correct: false, code: "wrong" });
  });

  it("rejects a wrong answer and an empty one", () => {
    expect(checkTypedAnswer(city, "Aktau")).toMatchObject({ correct: false, code: "wrong" });
    expect(checkTypedAnswer(city, "  ")).toMatchObject({ correct: false, code: "empty" });
  });
});

describe("checkTypedAnswer — dates", () => {
  it.each(["24 May 2005", "May 24, 2005", "2005-05-24", "24.05.2005", "24th of may 2005"])(
    "accepts %s",
    (input) => {
      expect(checkTypedAnswer(dayDate, input)).toMatchObject({ correct: true, code: "date" });
    },
  );

  it("rejects a wrong year and says by how much", () => {
    const v = checkTypedAnswer(dayDate, "24 May 2004");
    expect(v).toMatchObject({ correct: false, code: "wrong-year" });
    expect(v.reason).toMatch(/1 year off/);
  });

  it("rejects a wrong day and a missing day", () => {
    expect(checkTypedAnswer(dayDate, "25 May 2005")).toMatchObject({ code: "wrong-day" });
    expect(checkTypedAnswer(dayDate, "2005")).toMatchObject({ correct: false, code: "imprecise" });
    expect(checkTypedAnswer(dayDate, "24 June 2005")).toMatchObject({ code: "wrong-month" });
  });

  it("asks a year-precision fact only to the year", () => {
    expect(checkTypedAnswer(yearOnly, "1997")).toMatchObject({ correct: true, code: "year" });
    expect(checkTypedAnswer(yearOnly, "1998")).toMatchObject({
      correct: false,
      code: "wrong-year",
    });
    expect(checkTypedAnswer(yearOnly, "June 1997").reason).toMatch(/only the year/);
  });

  it("rejects text that is not a date", () => {
    expect(checkTypedAnswer(yearOnly, "the nineties")).toMatchObject({ code: "invalid" });
  });
});

describe("checkTypedAnswer — numbers", () => {
  it.each([
    "$246.2 million",
    "246.2 mln dollars",
    "246,200,000 USD",
    "246 200 000",
    "246.2m $",
    "246.2",
  ])("accepts %s", (input) => {
    expect(checkTypedAnswer(money, input)).toMatchObject({ correct: true, code: "number" });
  });

  it("rejects a rounded or wrong figure and a wrong unit", () => {
    expect(checkTypedAnswer(money, "$246 million")).toMatchObject({ code: "wrong-number" });
    expect(checkTypedAnswer(money, "246.2 million tons")).toMatchObject({ code: "wrong-unit" });
    expect(checkTypedAnswer(money, "lots")).toMatchObject({ code: "invalid" });
  });
});
