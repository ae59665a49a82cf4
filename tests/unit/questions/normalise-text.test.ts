import { describe, expect, it } from "vitest";
import { editDistance, nearMissAllowance } from "@/lib/questions/edit-distance";
import {
  compactText,
  containsPhrase,
  countPhrase,
  initialsOf,
  normaliseText,
} from "@/lib/questions/normalise-text";

describe("normaliseText", () => {
  it.each([
    ["Nur-Sultan", "nur sultan"],
    ["  The Baku–Tbilisi–Ceyhan  pipeline ", "baku tbilisi ceyhan pipeline"],
    ["Heydər Əliyev", "heydar aliyev"],
    ["Türksoy", "turksoy"],
    ["Milli Məclis", "milli maclis"],
    ["Kazakhstan's", "kazakhstans"],
    ["“Going Ahead”", "going ahead"],
  ])("%s → %s", (input, output) => {
    expect(normaliseText(input)).toBe(output);
  });

  it("compactText ignores spaces and hyphens", () => {
    expect(compactText("Nur Sultan")).toBe(compactText("Nur-Sultan"));
    expect(compactText("Nursultan")).toBe(compactText("Nur-Sultan"));
  });

  it("initialsOf skips little words", () => {
    expect(initialsOf("Baku–Tbilisi–Ceyhan")).toBe("btc");
    expect(initialsOf("Conference on Interaction and Confidence-Building Measures in Asia")).toBe(
      "cicbma",
    );
  });
});

describe("editDistance", () => {
  it.each([
    ["kitten", "sitting", 3],
    ["nazarbayev", "nazarbaev", 1],
    ["tokayev", "tokaeyv", 1],
    ["", "abc", 3],
    ["same", "same", 0],
  ])("%s ↔ %s = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("stops early past the limit", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
  });

  it("allows no near miss for short names", () => {
    expect(nearMissAllowance(4)).toBe(0);
    expect(nearMissAllowance(8)).toBe(1);
    expect(nearMissAllowance(15)).toBe(2);
  });
});

describe("containsPhrase", () => {
  it("finds a phrase as whole words, possessives and punctuation aside", () => {
    expect(containsPhrase("Amir Timur's three campaigns", "Amir Timur")).toBe(true);
    expect(containsPhrase("the summit in Port-Hallow", "port hallow")).toBe(true);
    expect(containsPhrase("the Kellsworth road", "Kell")).toBe(false);
    expect(containsPhrase("anything", "")).toBe(false);
    expect(countPhrase("Osk and Kell, then Osk again", "Osk")).toBe(2);
  });
});
