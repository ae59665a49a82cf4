/**
 * The question linter: machine checks of a question bank against the faults a teacher rejects
 * (see QUESTION-RUBRIC). Pure: a course and a bank in, a report out.
 */
export { lintBank } from "./lint-bank";
export { LINT_RULES } from "./rules";
export type {
  LintFinding,
  LintOptions,
  LintReport,
  LintRule,
  LintSeverity,
  RuleFinding,
  RuleSummary,
} from "./types";
