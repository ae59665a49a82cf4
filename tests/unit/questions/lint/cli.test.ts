import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goodQuestions, trueFalse } from "./helpers";

function run(bank: unknown[], ...args: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), "questions-lint-")), "bank.json");
  writeFileSync(file, JSON.stringify(bank));
  const result = spawnSync(
    "node_modules/.bin/tsx",
    [
      "lib/cli/questions-lint.ts",
      "--dir",
      "tests/fixtures/saltmere-isles",
      "--bank",
      file,
      ...args,
    ],
    { encoding: "utf8" },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("questions:lint", { timeout: 30_000 }, () => {
  it("prints the counts per rule and exits 0 for a clean bank", () => {
    const { code, stdout } = run(goodQuestions());
    expect(code).toBe(0);
    expect(stdout).toContain(
      "saltmere-isles: 9 questions, 0 with errors (0.0%), 0 errors, 0 warnings",
    );
    expect(stdout).toMatch(/answer-in-prompt\s+0\s+0\s+0/);
  });

  it("shows the worst examples, exits 1 on an error, and prints JSON on request", () => {
    const bad = trueFalse(
      "Kell lies on the route of the Kelp Road causeway between Brine and Kell.",
      true,
      {
        factIds: ["kelp-road#route"],
      },
    );
    const text = run([bad]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("[error]");
    expect(text.stdout).toContain("Q: True or false? Kell lies on the route");
    const json = run([bad], "--format", "json");
    expect(json.code).toBe(1);
    const [report] = JSON.parse(json.stdout);
    expect(report.questionsWithErrors).toBe(1);
  });

  it("rejects an unknown option without a stack trace", () => {
    const { code, stderr } = run([], "--colour");
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
