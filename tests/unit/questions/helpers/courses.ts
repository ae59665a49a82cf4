import { fileURLToPath } from "node:url";
import { loadCourse } from "@/lib/content/load-course";
import type { Course } from "@/lib/content/types";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

export const FIXTURE_DIR = `${root}tests/fixtures/saltmere-isles`;
export const DEFAULT_DIR = `${root}content/azerbaijan-kazakhstan`;
export const KESSFORD_DIR = `${root}tests/fixtures/kessford-bridges`;

const cache = new Map<string, Course>();

/** Loads (once per test file) a course folder; quotes are checked by the content tests. */
export function courseAt(dir: string): Course {
  const cached = cache.get(dir);
  if (cached) return cached;
  const course = loadCourse(dir, { verifyQuotes: false });
  cache.set(dir, course);
  return course;
}

export const fixtureCourse = (): Course => courseAt(FIXTURE_DIR);
export const defaultCourse = (): Course => courseAt(DEFAULT_DIR);

export { syntheticCourse } from "@/lib/cli/bench/synthetic-course";
