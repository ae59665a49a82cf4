import { describe, expect, it } from "vitest";
import { normaliseForQuote, prepareSourceText, quoteOccursIn } from "@/lib/content/quotes";

describe("quote matching", () => {
  const source = prepareSourceText(
    "The “Baku Declaration” was signed\n\non May 25, 2005 – at   Sangachal. It's \\$ 9.6 million.",
  );

  it("ignores whitespace differences, typographic quotes and dashes", () => {
    expect(quoteOccursIn('The "Baku Declaration" was signed on May 25', source)).toBe(true);
    expect(quoteOccursIn("2005 - at Sangachal", source)).toBe(true);
    expect(quoteOccursIn("It’s \\$ 9.6 million", source)).toBe(true);
  });

  it("is exact otherwise: case, words and escapes must match", () => {
    expect(quoteOccursIn("the baku declaration", source)).toBe(false);
    expect(quoteOccursIn("signed on May 24, 2005", source)).toBe(false);
    expect(quoteOccursIn("It's $ 9.6 million", source)).toBe(false);
    expect(quoteOccursIn("   ", source)).toBe(false);
  });

  it("normalises to single spaces", () => {
    expect(normaliseForQuote("  a \n\t b  ")).toBe("a b");
  });
});
