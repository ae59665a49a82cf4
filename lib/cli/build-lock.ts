import path from "node:path";
import { type DataDirLock, tryPidLock } from "@/lib/db/embedded-lock";

/** Beside .next (which a build rewrites), so two starts in one checkout never build at once. */
export const BUILD_LOCK_FILE = ".next-build.lock";

/**
 * Waits until no other live process of this checkout is building, then holds the build lock; a lock
 * left by a killed start is stale and taken over. Release it when the build (or the check that none
 * is needed) is done.
 */
export async function acquireBuildLock(options: {
  root: string;
  onWait: (ownerPid: number) => void;
  pollMs?: number;
}): Promise<DataDirLock> {
  const lockPath = path.join(options.root, BUILD_LOCK_FILE);
  let told = false;
  for (;;) {
    const result = await tryPidLock(lockPath);
    if ("lock" in result) return result.lock;
    if (!told) options.onWait(result.ownerPid);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}
