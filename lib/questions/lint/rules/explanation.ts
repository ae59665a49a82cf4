/**
 * The explanation must state the fact asked (the answer, or for a false statement the true value),
 * and not go round in a circle ("… in Hallowmere took place in Hallowmere").
 */

import type { Question } from "../../types";
import { factsOf, keyedValuesOf, namedSubjectIdsOf, truthFormsOf } from "../answers";
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
        exceptRecords: namedSubjectIdsOf(q),
      }),
    );
  if (q.type === "true-false" ? groups.some(states) : groups.every(states)) return [];
  return missing(
    q.type === "true-false" ? "the true value" : `the answer “${groups[0]?.[0] ?? ""}”`,
  );
}

/**
 * The explanation goes round in a circle: the generator's words name the answer twice ("The
 * proclamation at Port Hallow took place at Port Hallow"), or the explanation repeats a prompt that
 * already gives the answer. The author's own sentence that names a value twice in two roles
 * ("… in Hallowmere …, whose office is in Hallowmere") is not circular.
 */
function circular(q: Question, ctx: LintContext): RuleFinding[] {
  const body = explanationBody(q);
  // Blank the author's sentences in the whole explanation: its body may end inside one.
  const generated = explanationBody({ ...q, explanation: ctx.withoutAuthored(q.explanation) });
  const answer = singleAnswerOf(q);
  const twice = (form: string, prompt: string) =>
    normalise(form).length >= 3 &&
    (countPhrase(generated, form) >= 2 ||
      (countPhrase(body, form) >= 2 && containsPhrase(prompt, form)));
  let found: string | undefined;
  if (answer !== null && q.type !== "which-came-first") {
    if (twice(answer, q.type === "cloze" ? "" : q.prompt)) found = answer;
  } else if (q.type === "true-false" && q.answer === "True") {
    // The statement is the prompt: circular when its own (generated) words say the value twice.
    const statement = ctx.withoutAuthored(q.statement);
    found = factsOf(q, ctx)
      .flatMap(truthFormsOf)
      .flat()
      .find((form) => normalise(form).length >= 3 && countPhrase(statement, form) >= 2);
  }
  return found === undefined
    ? []
    : [{ severity: "warning", message: `the explanation names “${found}” twice: it is circular` }];
}

export const explanation: LintRule = {
  name: "explanation",
  description:
    "The explanation does not state the fact asked (the answer, or for a false statement the true value) (error), or restates a prompt that already carries the answer (“… in Hallowmere took place in Hallowmere”) (warning).",
  checkQuestion(q, ctx) {
    const missing = missingFact(q, ctx);
    return missing.length > 0 ? missing : circular(q, ctx);
  },
};
