/**
 * The bank as a whole: no theme far beyond its share (a background theme over 10%), no record
 * asked over and over, no kind of fact or disputed facts crowding out the rest.
 */
import type { Question } from "../../types";
import { subjectIdsOf } from "../answers";
import type { LintRule, RuleFinding } from "../types";

/** Limits, as shares of the bank (or numbers of questions for a record). */
export const BALANCE_LIMITS = {
  /** A theme described as background or history. */
  backgroundTheme: { warning: 0.1, error: 0.15 },
  /** Any theme, as a multiple of its fair share (1 / number of themes). */
  themeOverFairShare: { warning: 2.5, error: 4 },
  /** Questions about one record. */
  perRecord: { warning: 8, error: 16 },
  /** One kind of fact (tags.kind). */
  kind: { warning: 0.15, error: 0.3 },
  /** Questions attributed to named sources because the value is disputed. */
  disputed: { warning: 0.08, error: 0.12 },
  /** Shares mean little in a smaller bank (a deck, a test fixture): only records are counted. */
  minQuestionsForShares: 50,
} as const;

const BACKGROUND = /\b(?:background|history|historical|before \d{3,4}|older|earlier)\b/i;

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function level(
  value: number,
  limits: { warning: number; error: number },
): RuleFinding["severity"] | null {
  if (value > limits.error) return "error";
  if (value > limits.warning) return "warning";
  return null;
}

function countBy(questions: readonly Question[], keys: (q: Question) => Iterable<string>) {
  const counts = new Map<string, number>();
  for (const q of questions) {
    for (const key of new Set(keys(q))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export const balance: LintRule = {
  name: "balance",
  description:
    "Bank-level balance: a background theme over 10%, any theme far beyond its share, a record with more than 8 questions, a kind of fact over 15%, disputed facts over 8% (warnings; errors well beyond; shares only in banks of 50 or more).",
  checkBank(questions, ctx) {
    const total = questions.length;
    if (total === 0) return [];
    const findings: RuleFinding[] = [];
    const themes = ctx.course.themes;
    const shares = total >= BALANCE_LIMITS.minQuestionsForShares;
    for (const [themeId, n] of shares ? countBy(questions, (q) => q.tags.themes) : []) {
      const theme = themes.find((t) => t.id === themeId);
      const share = n / total;
      // The course's own cap when it sets one (`maxShare`), else a theme that reads as background.
      const capped = theme?.maxShare ?? null;
      const background =
        capped !== null ||
        (theme !== undefined && BACKGROUND.test(`${theme.label} ${theme.description ?? ""}`));
      const severity =
        capped !== null
          ? level(share, { warning: capped, error: capped * 1.5 })
          : background
            ? level(share, BALANCE_LIMITS.backgroundTheme)
            : level(share * Math.max(1, themes.length), BALANCE_LIMITS.themeOverFairShare);
      if (severity) {
        findings.push({
          severity,
          message: background
            ? `the background theme “${theme?.label ?? themeId}” has ${percent(share)} of the bank`
            : `the theme “${theme?.label ?? themeId}” has ${percent(share)} of the bank (fair share ${percent(1 / Math.max(1, themes.length))})`,
        });
      }
    }
    for (const [recordId, n] of countBy(questions, (q) => subjectIdsOf(q))) {
      const severity = level(n, BALANCE_LIMITS.perRecord);
      if (severity)
        findings.push({ severity, message: `“${recordId}” is asked by ${n} questions` });
    }
    for (const [kind, n] of shares ? countBy(questions, (q) => [q.tags.kind]) : []) {
      const severity = level(n / total, BALANCE_LIMITS.kind);
      if (severity) {
        findings.push({ severity, message: `questions about ${kind}: ${percent(n / total)}` });
      }
    }
    const disputed = questions.filter((q) => q.attribution !== undefined).length / total;
    const severity = shares ? level(disputed, BALANCE_LIMITS.disputed) : null;
    if (severity) {
      findings.push({
        severity,
        message: `disputed facts (attributed questions): ${percent(disputed)}`,
      });
    }
    return findings;
  },
};
