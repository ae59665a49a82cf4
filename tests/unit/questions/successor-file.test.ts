import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  computeSuccessorFile,
  successorFilePath,
  successorFileText,
} from "@/lib/cli/successor-file";
import { DEFAULT_DIR } from "./helpers/courses";

const FROM = "tests/fixtures/legacy-bank/azerbaijan-kazakhstan-2026-12-04.json.gz";
const COMMAND = `npm run questions:successors -- --course azerbaijan-kazakhstan --from ${FROM}`;
const root = new URL("../../../", import.meta.url).pathname;

describe("the default course's successor file", () => {
  it("is what the command computes from the frozen bank and today's bank", () => {
    const { file } = computeSuccessorFile({
      courseDir: DEFAULT_DIR,
      from: `${root}${FROM}`,
      root,
    });
    const path = successorFilePath(DEFAULT_DIR, file.name);
    const committed = readFileSync(path, "utf8");
    expect(
      committed === successorFileText(file),
      `${path} is out of date with the question bank: regenerate it with \`${COMMAND}\``,
    ).toBe(true);
  });
});
