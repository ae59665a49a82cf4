import { describe, expect, it } from "vitest";
import { formatInterval } from "@/lib/scheduling";
import { DAY, HOUR, MINUTE } from "./helpers";

describe("formatInterval", () => {
  it.each([
    [0, "1m"],
    [MINUTE, "1m"],
    [10 * MINUTE, "10m"],
    [59 * MINUTE, "59m"],
    [HOUR, "1h"],
    [5 * HOUR, "5h"],
    [DAY, "1d"],
    [2 * DAY, "2d"],
    [29 * DAY, "29d"],
    [30 * DAY, "1mo"],
    [100 * DAY, "3mo"],
    [365 * DAY, "1y"],
    [548 * DAY, "1.5y"],
  ])("%i ms → %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
