import type { Course } from "@/lib/content/types";
import type { Question } from "../types";
import { buildLintContext } from "./context";
import { LINT_RULES } from "./rules";
import type { LintFinding, LintOptions, LintReport, RuleSummary } from "./types";

/**
 * Lints a question bank against its course: every rule on every question, then the bank-level
 * rules. Pure: the same course and bank always give the same report, findings in rule order.
 */
export function lintBank(
  course: Course,
  questions: readonly Question[],
  options: LintOptions = {},
): LintReport {
  const rules = options.rules ?? LINT_RULES;
  const context = buildLintContext(course);
  const findings: LintFinding[] = [];
  for (const rule of rules) {
    if (rule.checkQuestion) {
      for (const question of questions) {
        for (const found of rule.checkQuestion(question, context)) {
          findings.push({
            rule: rule.name,
            severity: found.severity,
            questionId: question.id,
            message: found.message,
          });
        }
      }
    }
    if (rule.checkBank) {
      for (const found of rule.checkBank(questions, context)) {
        findings.push({
          rule: rule.name,
          severity: found.severity,
          questionId: found.questionId ?? null,
          message: found.message,
        });
      }
    }
  }
  const summaries: RuleSummary[] = rules.map((rule) => {
    const own = findings.filter((f) => f.rule === rule.name);
    return {
      rule: rule.name,
      errors: own.filter((f) => f.severity === "error").length,
      warnings: own.filter((f) => f.severity === "warning").length,
      questions: new Set(own.map((f) => f.questionId).filter((id) => id !== null)).size,
    };
  });
  summaries.sort(
    (a, b) => b.errors - a.errors || b.warnings - a.warnings || a.rule.localeCompare(b.rule),
  );
  const errors = findings.filter((f) => f.severity === "error");
  return {
    courseId: course.id,
    questionCount: questions.length,
    questionsWithErrors: new Set(errors.map((f) => f.questionId).filter((id) => id !== null)).size,
    errorCount: errors.length,
    warningCount: findings.length - errors.length,
    rules: summaries,
    findings,
  };
}
