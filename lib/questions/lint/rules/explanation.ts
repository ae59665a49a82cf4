/**
 * The explanation must state the fact asked (the answer, or for a false statement the true value),
 * and not go round in a circle ("… in Hallowmere took place in Hallowmere").
 */

import type { Question } from "../../types";
import { factsOf, keyedValuesOf, subjectIdsOf, truthFormsOf } from "../answers";
import type { LintContext } from "../context";
import { explanationBody, singleAnswerOf } from "../question-text";
import { containsPhrase, countPhrase, normalise } from "../text-match";
import type { LintRule, RuleFinding } from "../types";
import { mentionsValue } from "../value-match";

/** Why the explanation does not state the fact asked (nothing when it does). */
function missingFact(q: Question, ctx: LintContext): RuleFinding[] {
  const body = explanationBody(q);
  const missing = (what: string) => [
    { severity: "error" as const, message: `the explanation does not state ${what}` },
  ];
  if (q.type === "chronology") {
    const absent = q.answer.filter((item) => !containsPhrase(body, item));
    return absent.length > 0 ? missing(`“${absent[0]}” among the items in order`) : [];
  }
  if (q.type === "matching") {
    const absent = q.answer.filter((line) =>
      line.split(" → ").some((part) => part.length > 0 && !containsPhrase(body, part)),
    );
    return absent.length > 0 ? missing(`the pair “${absent[0]}”`) : [];
  }
  const groups = keyedValuesOf(q, ctx);
  if (groups === null || groups.length === 0) return [];
  const states = (group: string[]) =>
    group.some((form) =>
      mentionsValue(body, form, ctx.names, {
        loose: true,
        words: true,
        exceptRecords: subjectIdsOf(q),
      }),
    );
  if (q.type === "true-false" ? groups.some(states) : groups.every(states)) return [];
  return missing(
    q.type === "true-false" ? "the true value" : `the answer “${groups[0]?.[0] ?? ""}”`,
  );
}

/** The explanation names the answer twice ("… in Hallowmere took place in Hallowmere"). */
function circular(q: Question, ctx: LintContext): RuleFinding[] {
  const body = explanationBody(q);
  const answer = singleAnswerOf(q);
  let twice: string | undefined;
  if (answer !== null && q.type !== "which-came-first") {
    if (normalise(answer).length >= 3 && countPhrase(body, answer) >= 2) twice = answer;
  } else if (q.type === "true-false" && q.answer === "True") {
    twice = factsOf(q, ctx)
      .flatMap(truthFormsOf)
      .flat()
      .find((form) => normalise(form).length >= 3 && countPhrase(body, form) >= 2);
  }
  return twice === undefined
    ? []
    : [{ severity: "warning", message: `the explanation names “${twice}” twice: it is circular` }];
}

export const explanation: LintRule = {
  name: "explanation",
  description:
    "The explanation does not state the fact asked (the answer, or for a false statement the true value) (error), or goes round in a circle (“… in Hallowmere took place in Hallowmere”) (warning).",
  checkQuestion(q, ctx) {
    const missing = missingFact(q, ctx);
    return missing.length > 0 ? missing : circular(q, ctx);
  },
};
