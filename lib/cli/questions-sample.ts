/**
 * Draws a seeded random sample of a course's question bank as a Markdown review sheet: each
 * question as a student sees it, then its answer, explanation and quotes, with blanks for the
 * reviewer's verdict (QUESTION-RUBRIC: FINE, AWKWARD, TRIVIAL, AMBIGUOUS, NONSENSE, WRONG).
 * Usage: npm run --silent questions:sample -- --course <id> --seed <n> [--count 60]
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadCourse } from "@/lib/content/load-course";
import { generateQuestionBank } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import { optionLines } from "@/lib/questions/markdown";
import { sampleBank } from "@/lib/questions/sample-bank";

function main(): void {
  const { values } = parseArgs({
    options: {
      course: { type: "string" },
      seed: { type: "string" },
      count: { type: "string", default: "60" },
    },
  });
  if (!values.course) throw new Error("Missing --course <id>.");
  if (!values.seed || !/^\d+$/.test(values.seed)) throw new Error("Missing --seed <number>.");
  if (!/^\d+$/.test(values.count ?? "")) throw new Error("--count must be a number.");
  const course = loadCourse(join("content", values.course), { verifyQuotes: false });
  const bank = generateQuestionBank(course, { seed: QUESTION_BANK_SEED });
  const sample = sampleBank(bank, Number(values.seed), Number(values.count));
  const lines = [
    `# Review of ${sample.length} questions — ${course.title}`,
    "",
    `Drawn with \`npm run --silent questions:sample -- --course ${values.course} --seed ${values.seed} --count ${values.count}\` from a bank of ${bank.length} questions.`,
    "",
  ];
  sample.forEach((q, i) => {
    lines.push(`## ${i + 1}. \`${q.id}\` · ${q.type}`, "", q.prompt, "", ...optionLines(q), "");
    lines.push(`Answer: **${Array.isArray(q.answer) ? q.answer.join(" · ") : q.answer}**`, "");
    lines.push(`> ${q.explanation}`, "");
    for (const c of q.citations) lines.push(`- ${c.sourceId}: “${c.quote}”`);
    lines.push("", "Verdict: ", "Checked against: ", "");
  });
  process.stdout.write(`${lines.join("\n")}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
