import type { Question } from "../types";
import type { LintContext } from "./context";

export type LintSeverity = "error" | "warning";

/** One problem a rule found: with a question, or with the bank as a whole (`questionId` null). */
export interface LintFinding {
  rule: string;
  severity: LintSeverity;
  questionId: string | null;
  message: string;
}

/** What a rule reports; `lintBank` adds the rule's name (and the question's id for question rules). */
export interface RuleFinding {
  severity: LintSeverity;
  message: string;
  /** Bank rules only: the question the finding is about, if it is about one. */
  questionId?: string | null;
}

/**
 * A named check. A rule looks at one question at a time (`checkQuestion`) or at the whole bank
 * (`checkBank`); it never throws on odd input, it just finds nothing.
 */
export interface LintRule {
  name: string;
  /** One line for reports and docs: what the rule catches and why a teacher would reject it. */
  description: string;
  checkQuestion?: (question: Question, context: LintContext) => RuleFinding[];
  checkBank?: (questions: readonly Question[], context: LintContext) => RuleFinding[];
}

export interface RuleSummary {
  rule: string;
  errors: number;
  warnings: number;
  /** Distinct questions with at least one finding of this rule. */
  questions: number;
}

export interface LintReport {
  courseId: string;
  questionCount: number;
  /** Questions with at least one error-level finding. */
  questionsWithErrors: number;
  errorCount: number;
  warningCount: number;
  /** One line per rule that was run, most findings first. */
  rules: RuleSummary[];
  findings: LintFinding[];
}

export interface LintOptions {
  /** The rules to run (default: every rule of `LINT_RULES`). */
  rules?: readonly LintRule[];
}
