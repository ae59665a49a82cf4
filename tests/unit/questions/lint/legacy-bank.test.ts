/**
 * The bank of 2026-12-04 (1,995 questions), of which an outside reader rejected about 45%: the
 * linter must reject most of what the reader did, and every rule must find something in it.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/content/load-course";
import { LINT_RULES, lintBank } from "@/lib/questions/lint";
import type { Question } from "@/lib/questions/types";

const BANK = "tests/fixtures/legacy-bank/azerbaijan-kazakhstan-2026-12-04.json.gz";

describe("the legacy bank", () => {
  const course = loadCourse("content/azerbaijan-kazakhstan", { verifyQuotes: false });
  const bank = JSON.parse(gunzipSync(readFileSync(BANK)).toString("utf8")) as Question[];
  const report = lintBank(course, bank);
  const counts = report.rules.map((r) => `${r.rule} ${r.errors}/${r.warnings}`).join(", ");
  console.log(
    `legacy bank: ${report.questionsWithErrors} of ${report.questionCount} questions with errors; per rule (errors/warnings): ${counts}`,
  );

  it(`flags at least 800 of its ${bank.length} questions with an error (${report.questionsWithErrors})`, () => {
    expect(bank).toHaveLength(1995);
    expect(report.questionsWithErrors).toBeGreaterThanOrEqual(800);
  });

  it("has every rule find something", () => {
    const silent = report.rules.filter((r) => r.errors + r.warnings === 0).map((r) => r.rule);
    expect(silent).toEqual([]);
    expect(report.rules).toHaveLength(LINT_RULES.length);
  });
});
