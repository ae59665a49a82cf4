/**
 * Prints generation times for the fixture, the default course and synthetic 10× and 100×
 * copies of the default course. Run: npx tsx tests/unit/questions/helpers/measure-generation.ts
 */
import { performance } from "node:perf_hooks";
import { generateQuestionBank } from "@/lib/questions";
import { defaultCourse, fixtureCourse, syntheticCourse } from "./courses";

function time(label: string, run: () => number): void {
  run(); // warm-up
  const start = performance.now();
  const size = run();
  const ms = performance.now() - start;
  process.stdout.write(`${label}: ${size} questions in ${ms.toFixed(0)} ms\n`);
}

const base = defaultCourse();
const records = (c: typeof base) =>
  c.people.length +
  c.places.length +
  c.organisations.length +
  c.projects.length +
  c.documents.length +
  c.events.length +
  c.figures.length;
time("fixture", () => generateQuestionBank(fixtureCourse(), { seed: 1 }).length);
time(`default (${records(base)} records)`, () => generateQuestionBank(base, { seed: 1 }).length);
const x10 = syntheticCourse(base, 10);
time(`default ×10 (${records(x10)} records)`, () => generateQuestionBank(x10, { seed: 1 }).length);
const x100 = syntheticCourse(base, 100);
time(
  `default ×100 (${records(x100)} records)`,
  () => generateQuestionBank(x100, { seed: 1 }).length,
);
