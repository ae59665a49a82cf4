import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Words of the default course that must never appear in the engine's code. */
const COURSE_WORDS = /azerbaijan|kazakh|nazarbayev|aliyev|baku|astana|caspian|shared\/seeds/i;

/** Every `.ts` file under a folder, as paths relative to it. */
function tsFiles(dir: string, recursive: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return recursive ? tsFiles(join(dir, entry.name), true).map((f) => join(entry.name, f)) : [];
    }
    return entry.name.endsWith(".ts") ? [entry.name] : [];
  });
}

function courseSpecificLines(dir: string, recursive: boolean): string[] {
  return tsFiles(dir, recursive)
    .flatMap((name) =>
      readFileSync(join(dir, name), "utf8")
        .split("\n")
        .map((line, i) => ({ where: `${name}:${i + 1}`, line }))
        .filter(({ line }) => COURSE_WORDS.test(line)),
    )
    .map(({ where, line }) => `${where}: ${line.trim()}`);
}

describe("the content engine", () => {
  it("contains nothing specific to the default course", () => {
    expect(courseSpecificLines("lib/content", false)).toEqual([]);
  });
});

// Only the linter for now: lib/questions/facts/labels.ts still names the default course. Widen this
// to all of lib/questions once it is gone.
describe("the question linter", () => {
  it("contains nothing specific to the default course", () => {
    expect(courseSpecificLines("lib/questions/lint", true)).toEqual([]);
  });
});
