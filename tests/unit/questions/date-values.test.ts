import { describe, expect, it } from "vitest";
import { parseDate } from "@/lib/content/dates";
import type { DateValue } from "@/lib/content/types";
import { askableDate, decadeOf, formatDateValue } from "@/lib/questions/facts/date-values";

function date(text: string, label: string | null = null): DateValue {
  const parsed = parseDate(text, label);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe("askableDate", () => {
  it.each([
    ["1992-08-30", { year: 1992, month: 8, day: 30 }],
    ["1992-08", { year: 1992, month: 8 }],
    ["1992", { year: 1992 }],
    ["1997-06-10/1997-06-11", { year: 1997, month: 6 }],
    ["2006-06/2006-08", { year: 2006 }],
  ])("asks %s no more precisely than written", (text, expected) => {
    expect(askableDate(date(text))).toEqual(expected);
  });

  it.each(["1991/2005", "~2015/2019", "1998/.."])("never asks %s against near values", (text) => {
    expect(askableDate(date(text))).toBeNull();
  });
});

describe("formatDateValue", () => {
  it.each([
    ["2005-05-24", "24 May 2005"],
    ["2005-05", "May 2005"],
    ["1997-06-10/1997-06-11", "10–11 June 1997"],
    ["2006-06/2006-08", "June–August 2006"],
    ["1991/2005", "1991–2005"],
    ["1998/..", "since 1998"],
  ])("%s reads %s", (text, expected) => {
    expect(formatDateValue(date(text))).toBe(expected);
  });

  it("uses the label of an approximate span", () => {
    expect(formatDateValue(date("~2015/2019", "the late 2010s"))).toBe("the late 2010s");
  });

  it("names decades", () => {
    expect(decadeOf(1992)).toBe("1990s");
    expect(decadeOf(2000)).toBe("2000s");
  });
});
