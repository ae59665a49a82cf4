/** Reads the fixture course into memory so tests can break one file at a time. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssues } from "@/lib/content/issues";
import { type CourseFile, type ParseCourseResult, parseCourse } from "@/lib/content/parse-course";
import type { Course } from "@/lib/content/types";

export const FIXTURE_DIR = "tests/fixtures/saltmere-isles";

export interface InMemoryCourse {
  files: CourseFile[];
  sourceTexts: Map<string, string>;
}

export function readFixture(dir = FIXTURE_DIR): InMemoryCourse {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), "utf8") }));
  const sourceDir = join(dir, "sources");
  const sourceTexts = new Map(
    readdirSync(sourceDir).map((name) => [name, readFileSync(join(sourceDir, name), "utf8")]),
  );
  return { files, sourceTexts };
}

/** The fixture with one file replaced (or added) by `text`. */
export function withFile(course: InMemoryCourse, name: string, text: string): InMemoryCourse {
  const path = join(FIXTURE_DIR, name);
  const others = course.files.filter((f) => f.path !== path);
  return { ...course, files: [...others, { path, text }] };
}

/** The fixture with `search` replaced by `replacement` in one file (which must contain it). */
export function withEdit(
  course: InMemoryCourse,
  name: string,
  search: string,
  replacement: string,
): InMemoryCourse {
  const file = course.files.find((f) => f.path === join(FIXTURE_DIR, name));
  if (!file?.text.includes(search)) throw new Error(`${name} does not contain ${search}`);
  return withFile(course, name, file.text.replace(search, replacement));
}

export function parse(course: InMemoryCourse): ParseCourseResult {
  return parseCourse({ files: course.files, sourceTexts: course.sourceTexts });
}

export function parseOk(course: InMemoryCourse): Course {
  const result = parse(course);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.course;
}

/** The formatted issue lines of a course that must fail. */
export function issueLines(course: InMemoryCourse): string[] {
  const result = parse(course);
  if (result.ok) throw new Error("expected the course to be invalid");
  return formatIssues(result.issues).split("\n");
}
