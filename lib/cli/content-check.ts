/**
 * `npm run content:check [-- --dir <course folder>] [-- --content <dir>]`
 * Validates every course under `content/` (or one folder), prints counts by kind and the number
 * of errors, and exits 1 on any error. Messages name file, record and field; no stack traces.
 */

import { formatIssue } from "@/lib/content/issues";
import { checkCourse, listCourses } from "@/lib/content/load-course";
import type { Course } from "@/lib/content/types";

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function counts(course: Course): string {
  const kinds = [
    ["sources", course.sources.length],
    ["people", course.people.length],
    ["places", course.places.length],
    ["organisations", course.organisations.length],
    ["projects", course.projects.length],
    ["documents", course.documents.length],
    ["events", course.events.length],
    ["figures", course.figures.length],
  ] as const;
  const total = kinds.reduce((sum, [, n]) => sum + n, 0);
  return `${kinds.map(([kind, n]) => `${kind} ${n}`).join(", ")} (${total} records)`;
}

function main(): number {
  const dir = argument("--dir");
  const contentDir = argument("--content") ?? "content";
  const folders = dir ? [dir] : listCourses(contentDir);
  if (folders.length === 0) {
    process.stderr.write(`no course folders (with a course.yaml) found under ${contentDir}\n`);
    return 1;
  }
  let errors = 0;
  for (const folder of folders) {
    const result = checkCourse(folder);
    if (result.ok) {
      process.stdout.write(`✓ ${folder}: ${counts(result.course)}\n`);
    } else {
      errors += result.issues.length;
      process.stdout.write(`✗ ${folder}: ${result.issues.length} errors\n`);
      for (const issue of result.issues) process.stdout.write(`  ${formatIssue(issue)}\n`);
    }
  }
  process.stdout.write(`${folders.length} course(s), ${errors} error${errors === 1 ? "" : "s"}\n`);
  return errors > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
