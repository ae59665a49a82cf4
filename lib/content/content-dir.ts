import { resolve } from "node:path";

/** The folder holding the courses: `CONTENT_DIR`, or `content/` in the working directory. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_DIR?.trim() || "content");
}
