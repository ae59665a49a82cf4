// Runs `prisma generate` (writes generated/prisma) without downloading Prisma's native schema engine,
// which this machine cannot fetch: generate does not use the engine, so a stub stands in for it.
// Usage: npm run db:generate   (also run by postinstall)
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const prismaCli = path.join(path.dirname(require.resolve("prisma/package.json")), "build/index.js");

const stubDir = mkdtempSync(path.join(tmpdir(), "prisma-engine-stub-"));
const stub = path.join(stubDir, "schema-engine");
writeFileSync(
  stub,
  '#!/bin/sh\necho "schema engine stub: use npm run db:migrate / db:migrate:new" >&2\nexit 1\n',
);
chmodSync(stub, 0o755);

try {
  const result = spawnSync(process.execPath, [prismaCli, "generate", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: stub,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(stubDir, { recursive: true, force: true });
}
