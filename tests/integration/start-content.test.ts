import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const work = mkdtempSync(path.join(tmpdir(), "caspian-start-content-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm start with a broken course", () => {
  it("refuses to start, naming the file, record and field, without a stack trace", () => {
    cpSync(path.resolve("tests/fixtures/broken-course"), path.join(work, "broken-course"), {
      recursive: true,
    });
    const result = spawnSync(
      path.resolve("node_modules/.bin/tsx"),
      [path.resolve("lib/cli/start.ts")],
      {
        encoding: "utf8",
        timeout: 60_000,
        // No database is opened: the content check runs first.
        env: { ...process.env, CONTENT_DIR: work, DATA_DIR: path.join(work, "never-created") },
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /cannot start: Course ".*broken-course" is invalid \(\d+ errors?\):/,
    );
    expect(result.stderr).toMatch(/\.yaml › \w+ "[^"]+" › [\w.[\]]+: /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("npm start with a malformed successor file", () => {
  it("refuses to start before opening the database, naming the file", () => {
    const course = path.join(work, "successors", "saltmere-isles");
    cpSync(path.resolve("tests/fixtures/saltmere-isles"), course, { recursive: true });
    mkdirSync(path.join(course, "successors"));
    writeFileSync(path.join(course, "successors", "2026-01-01.json"), '{ "name": "2026-01-01" }');
    const result = spawnSync(
      path.resolve("node_modules/.bin/tsx"),
      [path.resolve("lib/cli/start.ts")],
      {
        encoding: "utf8",
        timeout: 60_000,
        env: {
          ...process.env,
          CONTENT_DIR: path.dirname(course),
          DATA_DIR: path.join(work, "never-created"),
        },
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot start: .*successors\/2026-01-01\.json: course: /);
    expect(existsSync(path.join(work, "never-created"))).toBe(false);
  });
});
