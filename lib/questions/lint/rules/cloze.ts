/**
 * Cloze quotations that do not work: more than one blank, a quotation too short to mean anything
 * (AWKWARD, or NONSENSE with a word or two), or a completed quotation that is not what the source
 * says (WRONG).
 */
import { MONTH_NAMES } from "../../parse-date";
import type { Question } from "../../types";
import { namesOf, ownNamesOf } from "../course-names";
import { BLANK, blankedText, occursInCitations, quotedSegments } from "../question-text";
import { normalise, significantWords } from "../text-match";
import type { LintRule, RuleFinding } from "../types";

/** The quotation with its blanks, from a cloze prompt: from its first opening to its last closing mark. */
export function clozeQuotation(q: Question): string | null {
  const start = q.prompt.indexOf("“");
  const end = q.prompt.lastIndexOf("”");
  if (start >= 0 && end > start && /_{3,}/.test(q.prompt.slice(start, end))) {
    return q.prompt.slice(start + 1, end);
  }
  const segments = quotedSegments(q.prompt).filter((s) => /_{3,}/.test(s.text));
  return segments.at(-1)?.text ?? null;
}

const MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));

/** Words that point back to what came before the quotation ("Its construction…", "their number"). */
const PRONOUN = /\b(?:its|it|their|they|them|this|these|those|he|she|his|her)\b/i;

/** "T. Oakhart" and "Tamsin Oakhart": the same surname, the initials aside. */
function sameSurname(a: string, b: string): boolean {
  const last = (t: string) => normalise(t).split(" ").at(-1) ?? "";
  return last(a).length >= 3 && last(a) === last(b);
}

/** Every significant word of the answer is a word of what the source prints: a shorter form of it. */
function shortens(answer: string, original: string): boolean {
  const printed = new Set(significantWords(original));
  const words = significantWords(answer);
  return words.length > 0 && words.every((w) => printed.has(w));
}

export const clozeForm: LintRule = {
  name: "cloze",
  description:
    "A cloze with more than one blank, a quotation too short to mean anything, or a completed quotation the source does not contain.",
  checkQuestion(q, ctx) {
    if (q.type !== "cloze") return [];
    const findings: RuleFinding[] = [];
    const blanks = q.prompt.match(BLANK)?.length ?? 0;
    if (blanks > 1) {
      findings.push({ severity: "error", message: `${blanks} blanks for one answer` });
    }
    const quotation = clozeQuotation(q);
    if (quotation === null) {
      findings.push({ severity: "error", message: "no quotation with a blank in the prompt" });
      return findings;
    }
    const words = significantWords(quotation.replace(BLANK, " ")).filter(
      (w) => !/^\d/.test(w) && !MONTHS.has(w),
    ).length;
    if (words === 0) {
      findings.push({
        severity: "error",
        message: `the quotation “${quotation}” is too short to mean anything`,
      });
    } else if (words <= 3) {
      findings.push({
        severity: "warning",
        message: `the quotation “${quotation}” is very short`,
      });
    }
    const pronoun = PRONOUN.exec(quotation.split(/\s+/).slice(0, 6).join(" "));
    // "J. Crane recalled that he …": the quotation names whom the pronoun stands for.
    const antecedent =
      pronoun !== null && ctx.recordsIn(quotation.slice(0, pronoun.index)).length > 0;
    if (pronoun && !antecedent) {
      findings.push({
        severity: "warning",
        message: `the quotation refers back (“${pronoun[0]}”) to something it does not give`,
      });
    }
    const completed = quotation.replace(BLANK, q.answer);
    if (!occursInCitations(completed, q.citations)) {
      const original = blankedText(quotation, q.citations);
      const variant =
        original !== null &&
        (ctx.names.recordsNamed(q.answer).some(
          (r) =>
            namesOf(r).some((n) => normalise(n) === normalise(original)) &&
            // The answer is one of the record's names, or the printed name cut short ("Nakhchivan
            // Agreement" for "Nakhchivan Agreement on …"); a description of it (the author's
            // `say.name`) does not fit where the source prints a title.
            (ownNamesOf(r).some((n) => normalise(n) === normalise(q.answer)) ||
              shortens(q.answer, original)),
        ) ||
          sameSurname(original, q.answer));
      findings.push(
        variant
          ? {
              severity: "warning",
              message: `the source writes “${original}” where the answer is “${q.answer}”`,
            }
          : {
              severity: "error",
              message:
                original === null
                  ? `the quotation is not in the cited text`
                  : `completed with “${q.answer}”, the quotation misquotes the source (“${original}”)`,
            },
      );
    }
    return findings;
  },
};
