import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Words of the default course that must never appear in the engine's code. */
const COURSE_WORDS = /azerbaijan|kazakh|nazarbayev|aliyev|baku|astana|caspian|shared\/seeds/i;

/** Every .ts file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("the engine", () => {
  it.each([
    "lib/content",
    "lib/questions",
    "lib/decks",
    "lib/scheduling",
    "lib/progress",
    "lib/teaching",
  ])("%s contains nothing specific to the default course", (dir) => {
    const offending = sourceFiles(dir)
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
          .filter(({ line }) => COURSE_WORDS.test(line)),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(offending).toEqual([]);
  });
});
