import { describe, expect, it } from "vitest";
import { dayNumber, formatCalendarDate, parseDateAnswer } from "@/lib/questions/parse-date";

describe("parseDateAnswer", () => {
  it.each([
    ["1992", [{ year: 1992 }]],
    ["August 1992", [{ year: 1992, month: 8 }]],
    ["30 August 1992", [{ year: 1992, month: 8, day: 30 }]],
    ["August 30, 1992", [{ year: 1992, month: 8, day: 30 }]],
    ["30th of Aug 1992", [{ year: 1992, month: 8, day: 30 }]],
    ["1992-08-30", [{ year: 1992, month: 8, day: 30 }]],
    ["30.08.1992", [{ year: 1992, month: 8, day: 30 }]],
    ["08/1992", [{ year: 1992, month: 8 }]],
  ])("reads %s", (input, expected) => {
    expect(parseDateAnswer(input)).toEqual(expected);
  });

  it("returns both readings of an ambiguous numeric date", () => {
    expect(parseDateAnswer("05-08-2023")).toEqual([
      { year: 2023, month: 8, day: 5 },
      { year: 2023, month: 5, day: 8 },
    ]);
  });

  it("rejects impossible dates and non-dates", () => {
    expect(parseDateAnswer("30 February 2005")).toEqual([]);
    expect(parseDateAnswer("1992-13-01")).toEqual([]);
    expect(parseDateAnswer("Baku")).toEqual([]);
    expect(parseDateAnswer("in the summer of 1992")).toEqual([]);
  });
});

describe("formatCalendarDate and dayNumber", () => {
  it("formats by precision", () => {
    expect(formatCalendarDate({ year: 1992 })).toBe("1992");
    expect(formatCalendarDate({ year: 1992, month: 8 })).toBe("August 1992");
    expect(formatCalendarDate({ year: 1992, month: 8, day: 30 })).toBe("30 August 1992");
  });

  it("counts days consistently", () => {
    expect(
      dayNumber({ year: 2000, month: 3, day: 1 }) - dayNumber({ year: 2000, month: 2, day: 28 }),
    ).toBe(2);
    expect(
      dayNumber({ year: 2001, month: 1, day: 1 }) - dayNumber({ year: 2000, month: 1, day: 1 }),
    ).toBe(366);
  });
});
