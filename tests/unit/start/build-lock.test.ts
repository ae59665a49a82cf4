import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { acquireBuildLock, BUILD_LOCK_FILE } from "@/lib/cli/build-lock";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "build-lock-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("acquireBuildLock", () => {
  it("makes a second start wait until the first's build is done", async () => {
    const first = await acquireBuildLock({ root, onWait: () => {} });
    let waitingFor: number | undefined;
    let secondHeld = false;
    const second = acquireBuildLock({
      root,
      onWait: (pid) => {
        waitingFor = pid;
      },
      pollMs: 10,
    }).then((lock) => {
      secondHeld = true;
      return lock;
    });
    await vi.waitFor(() => expect(waitingFor).toBe(process.pid));
    expect(secondHeld).toBe(false);

    await first.release();
    const lock = await second;
    expect(secondHeld).toBe(true);
    await lock.release();
    expect(existsSync(path.join(root, BUILD_LOCK_FILE))).toBe(false);
  });

  it("takes over the lock of a start that was killed mid-build", async () => {
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    writeFileSync(path.join(root, BUILD_LOCK_FILE), `${gone.stdout}\n`);
    const onWait = vi.fn();
    const lock = await acquireBuildLock({ root, onWait });
    expect(onWait).not.toHaveBeenCalled();
    await lock.release();
  });
});
