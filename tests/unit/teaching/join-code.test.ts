import { describe, expect, it } from "vitest";
import {
  formatJoinCode,
  generateJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  normaliseJoinCode,
} from "@/lib/teaching/join-code";

/** A byte source that plays back `bytes` in a loop. */
function bytesFrom(bytes: number[]) {
  let i = 0;
  return (count: number) =>
    Uint8Array.from({ length: count }, () => bytes[i++ % bytes.length] ?? 0);
}

describe("generateJoinCode", () => {
  it("maps bytes onto the alphabet", () => {
    expect(generateJoinCode(bytesFrom([0, 1, 2, 3, 4, 5, 6, 7]))).toBe("ABCDEFGH");
    expect(generateJoinCode(bytesFrom([30]))).toBe("99999999");
  });

  it("skips bytes that would bias the first letters", () => {
    // 248…255 are rejected; 31 wraps to "A".
    expect(generateJoinCode(bytesFrom([255, 248, 31, 1]))).toBe("ABABABAB");
  });

  it("keeps asking for bytes until it has eight usable ones", () => {
    const source = bytesFrom([...Array(20).fill(250), 2]);
    expect(generateJoinCode(source)).toBe("CCCCCCCC");
  });

  it("never uses a look-alike character", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const all = Array.from({ length: 256 }, (_, i) => i);
    const code = generateJoinCode(bytesFrom(all));
    expect(code).toHaveLength(JOIN_CODE_LENGTH);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  });
});

describe("formatJoinCode", () => {
  it("shows the code in two halves", () => {
    expect(formatJoinCode("ABCDEFGH")).toBe("ABCD-EFGH");
  });
});

describe("normaliseJoinCode", () => {
  it("accepts lower case, spaces and dashes", () => {
    expect(normaliseJoinCode("abcd-efgh")).toBe("ABCDEFGH");
    expect(normaliseJoinCode("  AbCd eFgH ")).toBe("ABCDEFGH");
    expect(normaliseJoinCode("ab-cd - ef gh")).toBe("ABCDEFGH");
    expect(normaliseJoinCode(formatJoinCode("XY23Z9KM"))).toBe("XY23Z9KM");
  });

  it("refuses wrong lengths and characters outside the alphabet", () => {
    expect(normaliseJoinCode("")).toBeNull();
    expect(normaliseJoinCode("ABCD-EFG")).toBeNull();
    expect(normaliseJoinCode("ABCD-EFGHJ")).toBeNull();
    expect(normaliseJoinCode("ABCD-EFG0")).toBeNull();
    expect(normaliseJoinCode("ABCD-EFGO")).toBeNull();
    expect(normaliseJoinCode("ABCD-EFGI")).toBeNull();
    expect(normaliseJoinCode("ABCD-EFGL")).toBeNull();
    expect(normaliseJoinCode("ABCD_EFGH")).toBeNull();
    expect(normaliseJoinCode("ÀBCD-EFGH")).toBeNull();
  });
});
