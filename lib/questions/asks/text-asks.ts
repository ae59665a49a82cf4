import type { TextFact } from "../facts/fact";
import { hashToUint32 } from "../hash";
import { compactText } from "../normalise-text";
import type { Rng } from "../random";
import type { Ask } from "./ask";
import { groupClaims, printedValues } from "./claim-groups";
import { firstFromTiers, pickFromTiers } from "./pick-from-tiers";

const MAX_CONFUSABLES = 12;

/** Asks for a free-text value: a role, what a project carries, an acronym, a description. */
export function textAsks(fact: TextFact): Ask[] {
  const identity = (v: string) => v;
  const trueTexts = new Set([...fact.trueValues, ...fact.claims.map((c) => c.value)]);
  const forbiddenTexts = new Set([...trueTexts, ...printedValues(fact.claims)].map(compactText));
  const tiers = fact.distractorTiers;
  const isForbidden = (text: string) => forbiddenTexts.has(compactText(text));
  const groups = groupClaims(fact.claims, compactText, fact.disputed);
  return groups.map((group): Ask => {
    const answer = group.value;
    const pick = (rng: Rng, count: number) =>
      pickFromTiers(tiers, identity, isForbidden, [answer, ...trueTexts], rng, count);
    const confusables: string[] = [];
    for (const text of tiers[0] ?? []) {
      if (confusables.length >= MAX_CONFUSABLES) break;
      if (!isForbidden(text)) confusables.push(text);
    }
    return {
      fact,
      mode: "value",
      question: fact.question,
      answer,
      answerPhrase: answer,
      answerKey: compactText(answer),
      surfaces: [answer, ...(fact.typedVariants ?? [])],
      attribution: group.attribution,
      sources: group.sources,
      distractors: pick,
      alternative: () =>
        firstFromTiers(tiers, isForbidden, forbiddenTexts, identity, hashToUint32(fact.id)),
      statement: fact.statement,
      typed:
        fact.typedVariants === null
          ? null
          : {
              question: fact.question,
              answer,
              accept: fact.typedVariants
                .filter((v) => compactText(v) !== compactText(answer))
                .map((text) => ({ text, code: "variant" as const })),
              check: {
                answerKind: "text",
                entityKind: "other",
                confusables: [...confusables, ...printedValues(fact.claims)],
              },
            },
      cloze: { surfaces: [answer], answer, distractors: pick },
    };
  });
}
