import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * Runs a CLI through the project's tsx, as `npm run` would (without npm's own output).
 * Spawning is slow on a busy machine, hence the long timeouts.
 */
function run(script: string, args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", [script, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("content:check", { timeout: 30_000 }, () => {
  it("prints counts by kind and exits 0 for a valid course", () => {
    const { code, stdout } = run("lib/cli/content-check.ts", [
      "--dir",
      "tests/fixtures/saltmere-isles",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "sources 2, people 2, places 6, organisations 3, projects 3, documents 2, events 3, figures 3 (24 records)",
    );
    expect(stdout).toContain("1 course(s), 0 errors");
  });

  it("lists each issue, counts the errors and exits 1 without a stack trace", () => {
    const { code, stdout, stderr } = run("lib/cli/content-check.ts", [
      "--dir",
      "tests/fixtures/broken-course",
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'tests/fixtures/broken-course/records.yaml › event "lighthouse-rebuilt" › place: unknown reference "cape-vel"',
    );
    expect(stdout).toContain("1 course(s), 3 errors");
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  });
});

describe("content:export", { timeout: 30_000 }, () => {
  it("prints only the normalised course as JSON, the same on every run", () => {
    const first = run("lib/cli/content-export.ts", [
      "--course",
      "saltmere-isles",
      "--content",
      "tests/fixtures",
    ]);
    expect(first.code).toBe(0);
    const json = JSON.parse(first.stdout) as { id: string; events: { id: string }[] };
    expect(json.id).toBe("saltmere-isles");
    expect(json.events.map((e) => e.id)).toEqual([
      "capital-renamed",
      "federation-proclaimed",
      "nsc-accession",
    ]);
    const second = run("lib/cli/content-export.ts", [
      "--course",
      "saltmere-isles",
      "--content",
      "tests/fixtures",
    ]);
    expect(second.stdout).toBe(first.stdout);
  });

  it("writes errors to stderr and nothing to stdout for an invalid course", () => {
    const { code, stdout, stderr } = run("lib/cli/content-export.ts", [
      "--course",
      "broken-course",
      "--content",
      "tests/fixtures",
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('Course "tests/fixtures/broken-course" is invalid (3 errors):');
  });
});
