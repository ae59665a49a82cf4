import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/routes";

/** What Node accepts in a Location header without throwing (ERR_INVALID_CHAR gives a 500). */
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

describe("safeCallbackPath with odd values", () => {
  it.each([
    "/。x",
    "/．evil.example",
    "/home\u3000x",
    "/caf\u00e9",
    "/home x",
    "/\u202ehome",
    "/\ud800",
  ])("falls back to home for %j (a Location header must be printable ASCII)", (value) => {
    expect(safeCallbackPath(value, "/home")).toBe("/home");
  });

  it("keeps ordinary paths, queries and fragments", () => {
    for (const value of ["/study/azerbaijan-kazakhstan/all?mode=quiz#top", "/join/ABCD2345"]) {
      const result = safeCallbackPath(value, "/home");
      expect(result).toBe(value);
      expect(result).toMatch(PRINTABLE_ASCII);
    }
  });
});
