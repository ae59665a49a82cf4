/**
 * The cited quotes must contain the answer (in any of its names, or a date or number as the source
 * writes it). An answer the course marks as inferred, or corrects from a misprint the quote shows,
 * is a warning: the explanation should say so.
 */
import { factsOf, keyedValuesOf, subjectIdsOf } from "../answers";
import { containsPhrase } from "../text-match";
import type { LintRule } from "../types";
import { mentionsValue } from "../value-match";
import { basisOf } from "./unsupported-value";

/** An explanation that tells the student the source misprints the value. */
const MISPRINT_WORDS = /\b(?:misprint(?:s|ed)?|typo|prints?|printed|erratum)\b/i;

export const citationMissingAnswer: LintRule = {
  name: "citation-missing-answer",
  description:
    "The cited quotes do not contain the answer (error; a warning when the course marks the value as inferred or corrected from a misprint).",
  checkQuestion(q, ctx) {
    const groups = keyedValuesOf(q, ctx);
    if (groups === null || groups.length === 0) return [];
    const quotes = q.citations.map((c) => c.quote).join(" | ");
    const supported = (group: string[]) =>
      group.some((form) =>
        mentionsValue(quotes, form, ctx.names, {
          loose: true,
          words: true,
          exceptRecords: subjectIdsOf(q),
        }),
      );
    const ok = q.type === "true-false" ? groups.some(supported) : groups.every(supported);
    if (ok) return [];
    // For a statement, name the value it asserts (the true value a false one replaces otherwise).
    const asserted = groups.find((g) => g.some((form) => containsPhrase(q.prompt, form)));
    const shown = (asserted ?? groups[0])?.[0] ?? "";
    const facts = factsOf(q, ctx);
    const inferred = facts.map(basisOf).find((b) => b?.inferred !== undefined);
    if (inferred) {
      return [
        {
          severity: "warning",
          message: `the quotes do not contain “${shown}”, which the course infers (${inferred.inferred})`,
        },
      ];
    }
    const printed = facts
      .flatMap((v) => v.claimed?.claims ?? [])
      .map((c) => c.erratum?.printed)
      .find((p): p is string => p !== undefined && containsPhrase(quotes, p));
    if (printed !== undefined) {
      return containsPhrase(q.explanation, printed) || MISPRINT_WORDS.test(q.explanation)
        ? []
        : [
            {
              severity: "warning",
              message: `the quote prints “${printed}”, corrected to “${shown}”: the explanation should say so`,
            },
          ];
    }
    return [{ severity: "error", message: `the cited quotes do not contain “${shown}”` }];
  },
};
