import { describe, expect, it } from "vitest";
import { datesOverlap, parseDate } from "@/lib/content/dates";

function parsed(text: string) {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.message}`);
  return result.value;
}

function rejection(text: string): string {
  const result = parseDate(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected`);
  return result.message;
}

describe("parseDate", () => {
  it("keeps the precision it was written with", () => {
    expect(parsed("1992")).toMatchObject({
      precision: "year",
      start: "1992-01-01",
      end: "1992-12-31",
    });
    expect(parsed("1992-08")).toMatchObject({
      precision: "month",
      start: "1992-08-01",
      end: "1992-08-31",
    });
    expect(parsed("1992-08-30")).toMatchObject({
      precision: "day",
      start: "1992-08-30",
      end: "1992-08-30",
    });
  });

  it("parses ranges, approximate spans and open ends", () => {
    expect(parsed("1997-06-10/1997-06-11")).toMatchObject({
      precision: "range",
      start: "1997-06-10",
      end: "1997-06-11",
    });
    expect(parsed("2006-06/2006-08")).toMatchObject({ start: "2006-06-01", end: "2006-08-31" });
    expect(parsed("~2015/2019")).toMatchObject({
      precision: "approximate",
      start: "2015-01-01",
      end: "2019-12-31",
    });
    expect(parsed("1998/..")).toMatchObject({
      precision: "range",
      openEnded: true,
      start: "1998-01-01",
    });
  });

  it("pads three-digit years and knows month lengths", () => {
    expect(parsed("661/750")).toMatchObject({ start: "0661-01-01", end: "0750-12-31" });
    expect(parsed("2024-02")).toMatchObject({ end: "2024-02-29" });
    expect(parsed("2023-02")).toMatchObject({ end: "2023-02-28" });
    expect(parsed("2000-02-29").precision).toBe("day");
  });

  it("carries the author's label", () => {
    const result = parseDate("~2000/2003", "the early 2000s");
    expect(result.ok && result.value.label).toBe("the early 2000s");
  });

  it("rejects impossible dates with a reason", () => {
    expect(rejection("2005-02-30")).toBe(
      '"2005-02-30" is not a real day: 2005-02 has days 01 to 28',
    );
    expect(rejection("1900-02-29")).toContain("is not a real day");
    expect(rejection("1992-13")).toBe('"1992-13" has month 13: expected 01 to 12');
    expect(rejection("2010/2005")).toBe('"2010/2005" ends before it starts');
    expect(rejection("30 August 1992")).toContain("expected a date like");
    expect(rejection("1992/1993/1994")).toContain("expected a date like");
  });
});

describe("datesOverlap", () => {
  it("treats nested precisions as compatible and disjoint days as not", () => {
    expect(datesOverlap(parsed("1992"), parsed("1992-08-30"))).toBe(true);
    expect(datesOverlap(parsed("1992-08-27"), parsed("1992-08-30"))).toBe(false);
    expect(datesOverlap(parsed("2008-05"), parsed("2008-06/2008-08"))).toBe(false);
  });
});
