/**
 * Reading a frozen question bank and computing the successor file of a course from it: what
 * `npm run questions:successors` writes, and what the tests compare the committed file with.
 */
import { readFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { loadCourse } from "@/lib/content/load-course";
import { generateQuestionBank } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import {
  findSuccessors,
  type LegacyQuestion,
  legacyQuestionSchema,
  type SuccessorCounts,
  type SuccessorFile,
  toSuccessorFile,
} from "@/lib/questions/successors";

/** Where a course's successor files live (course folders are read non-recursively). */
export const SUCCESSORS_FOLDER = "successors";

/** A frozen bank: the JSON array `questions:export` printed, gzipped or not. */
export function readLegacyBank(path: string): LegacyQuestion[] {
  const raw = readFileSync(path);
  const text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  return legacyQuestionSchema.array().parse(JSON.parse(text));
}

/** The file's name by default: the date in the frozen bank's file name ("…-2026-12-04.json.gz"). */
export function defaultSuccessorName(from: string): string | null {
  return /(\d{4}-\d{2}-\d{2})/.exec(basename(from))?.[1] ?? null;
}

export function successorFilePath(courseDir: string, name: string): string {
  return join(courseDir, SUCCESSORS_FOLDER, `${name}.json`);
}

/** The file's text exactly as the command writes it. */
export function successorFileText(file: SuccessorFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The successors of the frozen bank `from` in the course's current bank (the app's seed).
 * `from` is recorded relative to `root` (the repository), with forward slashes.
 */
export function computeSuccessorFile(options: {
  courseDir: string;
  from: string;
  name?: string;
  root?: string;
}): { file: SuccessorFile; counts: SuccessorCounts } {
  const name = options.name ?? defaultSuccessorName(options.from);
  if (name === null) throw new Error(`no date in "${options.from}": pass --name`);
  const course = loadCourse(options.courseDir, { verifyQuotes: false });
  const bank = generateQuestionBank(course, { seed: QUESTION_BANK_SEED });
  const successors = findSuccessors(readLegacyBank(options.from), bank, course);
  const from = relative(options.root ?? process.cwd(), options.from)
    .split(sep)
    .join("/");
  return {
    file: toSuccessorFile({ name, course: course.id, from, successors }),
    counts: successors.counts,
  };
}
