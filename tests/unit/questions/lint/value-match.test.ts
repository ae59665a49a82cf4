import { describe, expect, it } from "vitest";
import { buildNameIndex } from "@/lib/questions/lint/course-names";
import {
  mentionsDate,
  mentionsValue,
  numbersIn,
  parseWrittenDate,
} from "@/lib/questions/lint/value-match";
import { fixtureCourse } from "./helpers";

describe("finding a value as a source writes it", () => {
  it("reads dates as questions write them", () => {
    expect(parseWrittenDate("24 May 2005")).toEqual({ day: 24, month: 5, year: 2005 });
    expect(parseWrittenDate("March 2004")).toEqual({ month: 3, year: 2004 });
    expect(parseWrittenDate("1921")).toEqual({ year: 1921 });
    expect(parseWrittenDate("2001–2003")).toEqual({ year: 2001, endYear: 2003 });
    expect(parseWrittenDate("the early 1920s")).toBeNull();
  });

  it("finds a day however it is written", () => {
    const day = { day: 24, month: 5, year: 2005 };
    for (const text of [
      "on May 24, 2005",
      "24 May 2005",
      "24.05.2005",
      "May 24-25, 2005",
      "23-24 May 2005",
    ]) {
      expect(mentionsDate(text, day), text).toBe(true);
    }
    for (const text of ["May 25, 2005", "24 June 2005", "May 24, 2006", "in 2005"]) {
      expect(mentionsDate(text, day), text).toBe(false);
    }
  });

  it("finds a month and a year", () => {
    expect(mentionsDate("On November 18-19, 1999, the summit", { month: 11, year: 1999 })).toBe(
      true,
    );
    expect(mentionsDate("In March 2004", { month: 3, year: 2004 })).toBe(true);
    expect(mentionsDate("In 2004", { month: 3, year: 2004 })).toBe(false);
    expect(mentionsDate("in 1902.", { year: 1902 })).toBe(true);
    expect(mentionsDate("in 19021", { year: 1902 })).toBe(false);
  });

  it("reads numbers with separators, scale words and number words", () => {
    expect(numbersIn("$ 250,9 million")).toEqual([250.9, 250_900_000]);
    expect(numbersIn("48,200 inhabitants")).toEqual([48_200]);
    expect(numbersIn("23 thousand containers")).toEqual([23, 23_000]);
    expect(numbersIn("up to fifty-four railway cars")).toEqual([54]);
    expect(numbersIn("almost fivefold")).toEqual([5]);
  });

  it("finds a name under another spelling, loosely a surname or a stem", () => {
    const names = buildNameIndex(fixtureCourse());
    expect(mentionsValue("Speaker Tamsyn Oakheart signed", "Tamsin Oakhart", names)).toBe(true);
    expect(mentionsValue("Speaker Oakhart signed", "Tamsin Oakhart", names)).toBe(false);
    expect(mentionsValue("Speaker Oakhart signed", "Tamsin Oakhart", names, { loose: true })).toBe(
      true,
    );
    expect(mentionsValue("proclaimed at Port Hallow", "Hallowmere", names)).toBe(true);
    expect(mentionsValue("The causeway is 3.2 kilometres long.", "3.2 km", names)).toBe(true);
    expect(
      mentionsValue("a poet and a philosopher of the isles", "Poet and philosopher", names, {
        words: true,
      }),
    ).toBe(true);
  });
});
