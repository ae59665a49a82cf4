/**
 * Category errors (NONSENSE): a question about an office answered, or offered, with something that
 * is not one ("Which office did X hold?" → "Scholar", "Poet and philosopher").
 */
import type { LintContext } from "../context";
import { normalise } from "../text-match";
import type { LintRule } from "../types";

/** Head words of offices, ranks and titles of rule. */
const OFFICE_WORDS = new Set(
  `president minister premier ambassador envoy consul chairman chairwoman
chairperson chair speaker head director secretary governor mayor deputy
representative commissioner commander chief rector dean judge prosecutor senator member delegate
attache king queen emperor empress tsar czar sultan khan shah emir amir caliph ruler monarch prince
princess leader chancellor vizier officer coordinator spokesman spokesperson advisor adviser
counsellor councillor mp regent pasha bey hetman`.split(/\s+/),
);

/** Occupations and descriptions that are not offices. */
const NOT_OFFICE_WORDS = new Set(
  `author writer poet researcher scholar teacher student disciple native citizen son daughter hero
character friend philosopher encyclopedist conqueror astronomer geographer theologian historian
scientist artist expert`.split(/\s+/),
);

/** Whether a text names an office: a title of office, or "<Title> of <a place or body of the course>". */
export function isOffice(text: string, ctx: LintContext): boolean {
  const words = normalise(text).split(" ");
  if (words.some((w) => OFFICE_WORDS.has(w) || (w.length > 4 && w.endsWith("shah")))) return true;
  const of = /^\s*(?:the\s+)?([\p{L}-]+)\s+of\s+(?:the\s+)?(.+)$/iu.exec(text);
  if (!of?.[1] || !of[2]) return false;
  if (NOT_OFFICE_WORDS.has(of[1].toLowerCase())) return false;
  return ctx.recordsIn(of[2]).some((r) => r.kind === "place" || r.kind === "organisation");
}

const ASKS_OFFICE =
  /\b(?:which|what) (?:office|post|position|title)\b|\b(?:office|post|position)s? (?:they|he|she|did \S+) (?:held|hold)\b/i;

export const notAnOffice: LintRule = {
  name: "not-an-office",
  description:
    "A question about an office is answered or offered with something that is not one (“Scholar”, “Poet and philosopher”) (NONSENSE).",
  checkQuestion(q, ctx) {
    if (!ASKS_OFFICE.test(q.prompt)) return [];
    let texts: string[] = [];
    switch (q.type) {
      case "multiple-choice":
      case "cloze":
        texts = q.options.map((o) => o.text);
        break;
      case "typed":
        texts = [q.answer];
        break;
      case "matching":
        texts = q.right.map((c) => c.text);
        break;
      default:
        return [];
    }
    const wrong = texts.filter((t) => !isOffice(t, ctx));
    if (wrong.length === 0) return [];
    const answer = q.type === "matching" ? null : q.answer;
    const keyed = answer !== null && wrong.includes(answer);
    return [
      {
        severity: "error",
        message: keyed
          ? `asks an office, but the answer “${answer}” is not one`
          : `asks an office, but “${wrong[0]}” is not one`,
      },
    ];
  },
};
