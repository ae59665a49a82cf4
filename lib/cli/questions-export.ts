/**
 * Prints a course's question bank on stdout: JSON (default) or a Markdown preview.
 * Usage: npm run --silent questions:export -- --course <id> [--seed N] [--format json|md] [--dir path]
 */
import { join } from "node:path";
import { loadCourse } from "@/lib/content/load-course";
import { bankToMarkdown, generateQuestionBank } from "@/lib/questions";

interface Args {
  course: string | null;
  dir: string | null;
  seed: number;
  format: "json" | "md";
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { course: null, dir: null, seed: 1, format: "json" };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === "--course" && value) args.course = value;
    else if (flag === "--dir" && value) args.dir = value;
    else if (flag === "--seed" && value && /^-?\d+$/.test(value)) args.seed = Number(value);
    else if (flag === "--format" && (value === "json" || value === "md")) args.format = value;
    else throw new Error(`Unknown or incomplete argument: ${flag}`);
    i++;
  }
  if (!args.course && !args.dir)
    throw new Error("Missing --course <id> (or --dir <course folder>).");
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.dir ?? join("content", args.course as string);
  const course = loadCourse(dir, { verifyQuotes: false });
  const bank = generateQuestionBank(course, { seed: args.seed });
  process.stdout.write(
    args.format === "md"
      ? bankToMarkdown(course.title, bank)
      : `${JSON.stringify(bank, null, 2)}\n`,
  );
}

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
