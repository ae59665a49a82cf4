import { describe, expect, it } from "vitest";
import { parseQuantity } from "@/lib/questions/parse-quantity";

describe("parseQuantity", () => {
  it.each([
    ["$246.2 million", { value: 246_200_000, unit: "usd" }],
    ["246.2 million dollars", { value: 246_200_000, unit: "usd" }],
    ["246,2 mln USD", { value: 246_200_000, unit: "usd" }],
    ["246 200 000 dollars", { value: 246_200_000, unit: "usd" }],
    ["\\$ 220.54 million", { value: 220_540_000, unit: "usd" }],
    ["90,083", { value: 90_083, unit: null }],
    ["90 083 people", { value: 90_083, unit: "people" }],
    ["about 300 thousand", { value: 300_000, unit: null }],
    ["4.1%", { value: 4.1, unit: "percent" }],
    ["119 documents", { value: 119, unit: "document" }],
    ["1.5 bn tons", { value: 1_500_000_000, unit: "t" }],
  ])("reads %s", (input, expected) => {
    expect(parseQuantity(input)).toEqual(expected);
  });

  it("returns null for text without one number", () => {
    expect(parseQuantity("many")).toBeNull();
    expect(parseQuantity("from 83 to 119")).toBeNull();
  });
});
