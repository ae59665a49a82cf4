/**
 * `npm run questions:lint [-- --course <id>] [--format text|json] [--bank <file.json[.gz]>]`
 * Lints each course's question bank (generated with the app's seed, or read from `--bank`) and
 * prints the findings per rule and the worst examples; exits 1 on any error.
 * `--dir <course folder>` lints one folder; `--content <dir>` moves the folder of courses.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { listCourses, loadCourse } from "@/lib/content/load-course";
import { generateQuestionBank, type Question } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import { type LintFinding, type LintReport, lintBank } from "@/lib/questions/lint";
import { choicesOf, singleAnswerOf } from "@/lib/questions/lint/question-text";
import { shorten } from "@/lib/questions/lint/text-match";

const USAGE =
  "usage: questions:lint [--course <id> | --dir <course folder>] [--content <dir>] [--bank <file.json[.gz]>] [--format text|json] [--examples N]";

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      course: { type: "string" },
      dir: { type: "string" },
      content: { type: "string", default: "content" },
      bank: { type: "string" },
      format: { type: "string", default: "text" },
      examples: { type: "string", default: "3" },
    },
    strict: true,
  });
  if (values.format !== "text" && values.format !== "json") {
    throw new Error(`--format must be text or json\n${USAGE}`);
  }
  const examples = Number(values.examples);
  if (!Number.isInteger(examples) || examples < 0) {
    throw new Error(`--examples must be a whole number\n${USAGE}`);
  }
  return { ...values, format: values.format, examples };
}

function readBank(path: string): Question[] {
  const raw = readFileSync(path);
  const text = path.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  const bank: unknown = JSON.parse(text);
  if (!Array.isArray(bank)) throw new Error(`${path}: expected a JSON array of questions`);
  return bank as Question[];
}

function describeQuestion(q: Question): string[] {
  const lines = [`      Q: ${shorten(q.prompt, 160)}`];
  const choices = choicesOf(q);
  if (choices.length > 0) lines.push(`      options: ${shorten(choices.join(" | "), 160)}`);
  const answer = singleAnswerOf(q) ?? (Array.isArray(q.answer) ? q.answer.join("; ") : q.answer);
  lines.push(`      answer: ${shorten(answer, 160)}`);
  return lines;
}

function textReport(report: LintReport, bank: readonly Question[], examples: number): string {
  const out: string[] = [];
  const share = report.questionCount
    ? ((100 * report.questionsWithErrors) / report.questionCount).toFixed(1)
    : "0.0";
  out.push(
    `${report.courseId}: ${report.questionCount} questions, ${report.questionsWithErrors} with errors (${share}%), ${report.errorCount} errors, ${report.warningCount} warnings`,
  );
  out.push(
    `  ${"rule".padEnd(26)}${"errors".padStart(8)}${"warnings".padStart(10)}${"questions".padStart(11)}`,
  );
  for (const r of report.rules) {
    out.push(
      `  ${r.rule.padEnd(26)}${String(r.errors).padStart(8)}${String(r.warnings).padStart(10)}${String(r.questions).padStart(11)}`,
    );
  }
  if (examples === 0) return out.join("\n");
  const byId = new Map(bank.map((q) => [q.id, q]));
  const errorsPerQuestion = new Map<string, number>();
  for (const f of report.findings) {
    if (f.questionId && f.severity === "error") {
      errorsPerQuestion.set(f.questionId, (errorsPerQuestion.get(f.questionId) ?? 0) + 1);
    }
  }
  // Worst first: a rule's errors before its warnings, then questions with the most errors overall.
  const weight = (f: LintFinding) =>
    (f.severity === "error" ? 1000 : 0) +
    (f.questionId ? (errorsPerQuestion.get(f.questionId) ?? 0) : 0);
  out.push("", "Worst examples:");
  for (const r of report.rules) {
    const own = report.findings
      .filter((f) => f.rule === r.rule)
      .sort((a, b) => weight(b) - weight(a));
    if (own.length === 0) continue;
    out.push(`  ${r.rule}`);
    const shown = new Set<string>();
    for (const f of own) {
      if (shown.size >= examples) break;
      const key = f.questionId ?? f.message;
      if (shown.has(key)) continue;
      shown.add(key);
      const messages = own
        .filter((g) => g.questionId === f.questionId && (f.questionId !== null || g === f))
        .map((g) => g.message);
      out.push(
        `    [${f.severity}] ${f.questionId ?? "bank"}: ${[...new Set(messages)].join("; ")}`,
      );
      const q = f.questionId ? byId.get(f.questionId) : undefined;
      if (q) out.push(...describeQuestion(q));
    }
  }
  return out.join("\n");
}

function main(): number {
  const args = options();
  const folders = args.dir
    ? [args.dir]
    : args.course
      ? [join(args.content, args.course)]
      : listCourses(args.content);
  if (folders.length === 0) {
    process.stderr.write(`no course folders (with a course.yaml) found under ${args.content}\n`);
    return 1;
  }
  if (args.bank && folders.length > 1) throw new Error(`--bank needs one course\n${USAGE}`);
  const reports: LintReport[] = [];
  const texts: string[] = [];
  for (const folder of folders) {
    const course = loadCourse(folder, { verifyQuotes: false });
    const bank = args.bank
      ? readBank(args.bank)
      : generateQuestionBank(course, { seed: QUESTION_BANK_SEED });
    const report = lintBank(course, bank);
    reports.push(report);
    texts.push(textReport(report, bank, args.examples));
  }
  process.stdout.write(
    args.format === "json" ? `${JSON.stringify(reports, null, 2)}\n` : `${texts.join("\n\n")}\n`,
  );
  return reports.some((r) => r.errorCount > 0) ? 1 : 0;
}

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
