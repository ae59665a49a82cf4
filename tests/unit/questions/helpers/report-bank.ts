/**
 * Prints the bank's size by type, theme and kind, and the records no question is about.
 * Run: npx tsx tests/unit/questions/helpers/report-bank.ts [course-dir]
 */
import { generateQuestionBank } from "@/lib/questions";
import { courseAt, DEFAULT_DIR } from "./courses";

const course = courseAt(process.argv[2] ?? DEFAULT_DIR);
const bank = generateQuestionBank(course, { seed: 1 });
const count = (keys: string[]) => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
};
const asked = new Set(bank.flatMap((q) => q.factIds.map((id) => id.split("#")[0])));
const records = [
  ...course.people,
  ...course.places,
  ...course.organisations,
  ...course.projects,
  ...course.documents,
  ...course.events,
  ...course.figures,
];
const unasked = records.filter((r) => !asked.has(r.id));
process.stdout.write(
  `${JSON.stringify(
    {
      questions: bank.length,
      byType: count(bank.map((q) => q.type)),
      byKind: count(bank.map((q) => q.tags.kind)),
      byTheme: count(bank.flatMap((q) => q.tags.themes)),
      records: records.length,
      recordsWithoutQuestion: count(unasked.map((r) => r.kind)),
      unasked: unasked.map((r) => r.id),
    },
    null,
    2,
  )}\n`,
);
