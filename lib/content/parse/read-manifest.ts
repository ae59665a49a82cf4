/** Reading `course.yaml`: the course's id, title, themes and where its source texts are. */
import type { ContentIssue } from "../issues";
import { type CourseManifest, courseManifestSchema } from "../schema";
import { zodIssuesToMessages } from "../zod-issues";
import { type CourseFile, fileIssue, parseCourseFile } from "./course-file";

/** A course carries its own source texts: its source folder is a relative path that stays inside it. */
function isInsideCourseFolder(folder: string): boolean {
  return !/^([\\/]|[a-z]:)/i.test(folder) && !folder.split(/[\\/]/).includes("..");
}

/** The manifest, or null when it does not parse or fails its schema (the issues say why). */
export function readManifest(file: CourseFile, issues: ContentIssue[]): CourseManifest | null {
  const data = parseCourseFile(file, issues);
  if (data === undefined) return null;
  const result = courseManifestSchema.safeParse(data);
  if (!result.success) {
    for (const { path, message } of zodIssuesToMessages(result.error)) {
      issues.push(fileIssue(file.path, path, message));
    }
    return null;
  }
  const folder = result.data.sourceFolder;
  if (!isInsideCourseFolder(folder)) {
    issues.push(
      fileIssue(
        file.path,
        "sourceFolder",
        `expected a folder inside the course folder (such as "sources"), got "${folder}"`,
      ),
    );
  }
  const seen = new Set<string>();
  result.data.themes.forEach((theme, i) => {
    if (seen.has(theme.id)) {
      issues.push(fileIssue(file.path, `themes.${i}.id`, `duplicate theme "${theme.id}"`));
    }
    seen.add(theme.id);
  });
  return result.data;
}
