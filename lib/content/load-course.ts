/**
 * Reading course folders from disk. The only module of `lib/content` with I/O; everything it
 * reads goes through the pure `parseCourse`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { type ContentIssue, CourseValidationError } from "./issues";
import { type CourseFile, type ParseCourseResult, parseCourse } from "./parse-course";
import type { Course } from "./types";

const COURSE_FILE = /\.(ya?ml|json)$/i;

export interface LoadCourseOptions {
  /** Check source files and quotes (default true); the server skips it: `npm start` checked them. */
  verifyQuotes?: boolean;
  /** Base for the paths shown in messages (default: the current directory). */
  displayRoot?: string;
}

function shown(path: string, root: string): string {
  const rel = relative(root, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

/** Reads every `*.yaml`/`*.yml`/`*.json` file of a course folder (not recursive), sorted by name. */
function readCourseFiles(dir: string, root: string): CourseFile[] {
  return readdirSync(dir)
    .filter((name) => COURSE_FILE.test(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({
      path: shown(join(dir, name), root),
      text: readFileSync(join(dir, name), "utf8"),
    }));
}

/** The `sourceFolder` of course.yaml, read leniently (full validation happens in parseCourse). */
function sourceFolderOf(files: CourseFile[]): string | null {
  const manifest = files.find((f) => /(^|[\\/])course\.(ya?ml|json)$/.test(f.path));
  if (!manifest) return null;
  try {
    const data = parseYaml(manifest.text) as { sourceFolder?: unknown } | null;
    return typeof data?.sourceFolder === "string" ? data.sourceFolder : null;
  } catch {
    return null;
  }
}

function readSourceTexts(folder: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isFile()) texts.set(name, readFileSync(path, "utf8"));
  }
  return texts;
}

/** Validates a course folder and returns issues instead of throwing. */
export function checkCourse(dir: string, options: LoadCourseOptions = {}): ParseCourseResult {
  const root = options.displayRoot ?? process.cwd();
  const absolute = resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    const issue: ContentIssue = {
      file: shown(absolute, root),
      recordKind: null,
      recordId: null,
      path: "",
      message: "course folder not found",
    };
    return { ok: false, issues: [issue] };
  }
  const files = readCourseFiles(absolute, root);
  const verify = options.verifyQuotes ?? true;
  const folderSetting = sourceFolderOf(files);
  let sourceTexts: Map<string, string> | null = null;
  let folderIssue: ContentIssue | null = null;
  const folder = folderSetting === null ? null : resolve(absolute, folderSetting);
  if (verify && folder !== null) {
    if (existsSync(folder) && statSync(folder).isDirectory()) {
      sourceTexts = readSourceTexts(folder);
    } else {
      folderIssue = {
        file: shown(join(absolute, "course.yaml"), root),
        recordKind: null,
        recordId: null,
        path: "sourceFolder",
        message: `source folder "${folderSetting}" not found (resolved to ${folder}); quotes cannot be checked`,
      };
    }
  }
  const result = parseCourse({
    files,
    sourceTexts,
    sourceFolderLabel: folder === null ? undefined : shown(folder, root),
  });
  if (folderIssue === null) return result;
  return { ok: false, issues: [folderIssue, ...(result.ok ? [] : result.issues)] };
}

/** Loads a valid course or throws `CourseValidationError` whose message lists every issue. */
export function loadCourse(dir: string, options: LoadCourseOptions = {}): Course {
  const result = checkCourse(dir, options);
  if (!result.ok) throw new CourseValidationError(dir, result.issues);
  return result.course;
}

/** Course folders (those with a course.yaml/yml/json) directly under `contentDir`, sorted. */
export function listCourses(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .sort()
    .map((name) => join(contentDir, name))
    .filter(
      (dir) =>
        statSync(dir).isDirectory() &&
        ["course.yaml", "course.yml", "course.json"].some((f) => existsSync(join(dir, f))),
    );
}
