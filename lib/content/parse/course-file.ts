/** A course file in memory, and reading it (YAML, of which JSON is a part). */
import { parse as parseYaml } from "yaml";
import type { ContentIssue } from "../issues";

export interface CourseFile {
  /** Path shown in messages, e.g. `content/my-course/events.yaml`. */
  path: string;
  text: string;
}

/** An issue about a file (or a path inside it) rather than one record. */
export function fileIssue(file: string, path: string, message: string): ContentIssue {
  return { file, recordKind: null, recordId: null, path, message };
}

/** The file's data, or `undefined` once the reason it is not YAML is reported. */
export function parseCourseFile(file: CourseFile, issues: ContentIssue[]): unknown {
  try {
    return parseYaml(file.text, { uniqueKeys: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    issues.push(fileIssue(file.path, "", `not valid YAML/JSON: ${message}`));
    return undefined;
  }
}
