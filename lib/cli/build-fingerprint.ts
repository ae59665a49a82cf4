import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What the production build is made from; content is read at run time, so it is not here. */
const BUILD_INPUTS = [
  "app",
  "lib",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const FINGERPRINT_FILE = ".next/caspian-build-fingerprint";

function* filesUnder(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (!statSync(entry).isDirectory()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) yield* filesUnder(path.join(entry, name));
}

/** A hash of every build input's path, size and modification time. */
export function buildFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(path.join(root, input))) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${path.relative(root, file)}\0${size}\0${mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root: string): boolean {
  const file = path.join(root, FINGERPRINT_FILE);
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || !existsSync(file)) return false;
  return readFileSync(file, "utf8") === buildFingerprint(root);
}

export function recordBuild(root: string): void {
  writeFileSync(path.join(root, FINGERPRINT_FILE), buildFingerprint(root));
}
