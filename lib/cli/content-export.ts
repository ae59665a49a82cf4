/**
 * `npm run --silent content:export -- --course <id> [--content <dir>]`
 * Prints the normalised course as JSON on stdout (stable order); errors go to stderr, exit 1.
 */
import { join } from "node:path";
import { courseToJson } from "@/lib/content/course-to-json";
import { CourseValidationError } from "@/lib/content/issues";
import { loadCourse } from "@/lib/content/load-course";

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function main(): number {
  const courseId = argument("--course");
  const dir = argument("--dir");
  if (!courseId && !dir) {
    process.stderr.write(
      "usage: content:export --course <id> [--content <dir>] | --dir <course folder>\n",
    );
    return 1;
  }
  const folder = dir ?? join(argument("--content") ?? "content", courseId ?? "");
  try {
    const course = loadCourse(folder);
    if (courseId && course.id !== courseId) {
      process.stderr.write(
        `${folder}: course.yaml has id "${course.id}", expected "${courseId}"\n`,
      );
      return 1;
    }
    process.stdout.write(`${JSON.stringify(courseToJson(course), null, 2)}\n`);
    return 0;
  } catch (error) {
    const message =
      error instanceof CourseValidationError || error instanceof Error
        ? error.message
        : String(error);
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

process.exitCode = main();
