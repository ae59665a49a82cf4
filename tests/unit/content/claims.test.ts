import { describe, expect, it } from "vitest";
import { deriveClaimedDate, deriveClaimedFigure } from "@/lib/content/claims";
import { type DateValue, parseDate } from "@/lib/content/dates";
import type { Claim, FigureValue } from "@/lib/content/types";

function date(text: string): DateValue {
  const result = parseDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function claim<T>(value: T): Claim<T> {
  return { value, sources: [], note: null, erratum: null, reportedBy: null };
}

function figure(amount: number, qualifier: FigureValue["qualifier"] = "exact"): Claim<FigureValue> {
  return claim({ amount, maxAmount: null, qualifier });
}

describe("deriveClaimedDate", () => {
  it("is undisputed when the claims only differ in precision, and keeps the most precise", () => {
    const claimed = deriveClaimedDate([claim(date("1993")), claim(date("1993-01-09"))]);
    expect(claimed.disputed).toBe(false);
    expect(claimed.value?.text).toBe("1993-01-09");
  });

  it("is disputed when two claims cannot both be true, and then has no single value", () => {
    const claimed = deriveClaimedDate([
      claim(date("1992-08-30")),
      claim(date("1992-08-27")),
      claim(date("1992")),
    ]);
    expect(claimed.disputed).toBe(true);
    expect(claimed.value).toBeNull();
    expect(claimed.claims).toHaveLength(3);
  });
});

describe("deriveClaimedFigure", () => {
  it("treats any difference of amount or qualifier as a dispute", () => {
    expect(deriveClaimedFigure([figure(250), figure(250.9)]).disputed).toBe(true);
    expect(deriveClaimedFigure([figure(300000), figure(300000, "about")]).disputed).toBe(true);
    const agreed = deriveClaimedFigure([figure(119), figure(119)]);
    expect(agreed.disputed).toBe(false);
    expect(agreed.value).toEqual({ amount: 119, maxAmount: null, qualifier: "exact" });
  });
});
