import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Words of the default course that must never appear in the engine's code. */
const COURSE_WORDS = /azerbaijan|kazakh|nazarbayev|aliyev|baku|astana|caspian|shared\/seeds/i;

describe("the content engine", () => {
  it("contains nothing specific to the default course", () => {
    const dir = "lib/content";
    const offending = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts"))
      .flatMap((name) =>
        readFileSync(join(dir, name), "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${name}:${i + 1}`, line }))
          .filter(({ line }) => COURSE_WORDS.test(line)),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(offending).toEqual([]);
  });
});
