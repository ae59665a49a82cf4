import type { Course } from "@/lib/content/types";
import type { RefFact } from "../facts/fact";
import { nameById } from "../facts/labels";
import { hashToUint32 } from "../hash";
import { compactText } from "../normalise-text";
import type { Rng } from "../random";
import type { Ask, ClozeSpec } from "./ask";
import { groupClaims, printedValues } from "./claim-groups";
import { acceptedNamesOf, allNamesOf, peopleWithSurname, surnameOf } from "./entity-names";
import { firstFromTiers, pickFromTiers } from "./pick-from-tiers";
import { genericWordsOf, shortNamesOf } from "./short-names";

const MAX_CONFUSABLES = 12;

/** Asks for a fact whose value is a record id (a person, a place, an organisation…). */
export function refAsks(course: Course, fact: RefFact): Ask[] {
  const display = (id: string) => nameById(course, id);
  const forbidden = new Set([...fact.trueValues, ...fact.claims.map((c) => c.value)]);
  const isForbidden = (id: string) => forbidden.has(id) || (fact.alsoTrue?.(id) ?? false);
  const forbiddenTexts = new Set(
    [...forbidden].flatMap((id) => {
      const record = course.byId.get(id);
      return record ? allNamesOf(record).map(compactText) : [compactText(id)];
    }),
  );
  for (const printed of printedValues(fact.claims)) forbiddenTexts.add(compactText(printed));
  const groups = groupClaims(fact.claims, (v) => v, fact.disputed);
  return groups.map((group): Ask => {
    const answer = display(group.value);
    const record = course.byId.get(group.value);
    const pick = (rng: Rng, count: number) =>
      pickFromTiers(
        fact.distractorTiers,
        display,
        isForbidden,
        [answer, ...forbiddenTexts],
        rng,
        count,
      );
    const confusables = new Set<string>();
    for (const tier of fact.distractorTiers.slice(0, 2)) {
      for (const id of tier.slice(0, MAX_CONFUSABLES))
        if (!isForbidden(id)) confusables.add(display(id));
    }
    if (fact.refKind === "person") {
      for (const id of peopleWithSurname(course, surnameOf(answer))) {
        if (!isForbidden(id)) confusables.add(display(id));
      }
    }
    for (const printed of printedValues(fact.claims)) confusables.add(printed);
    const names = record ? allNamesOf(record) : [answer];
    const surfaces = [...names];
    if (fact.refKind === "person") {
      const surname = surnameOf(answer);
      if (surname.length >= 4 && peopleWithSurname(course, surname).length === 1) {
        surfaces.push(answer.split(" ").at(-1) as string);
      }
    }
    surfaces.sort((a, b) => b.length - a.length);
    const cloze: ClozeSpec = { surfaces, answer, distractors: pick };
    return {
      fact,
      mode: "value",
      question: fact.ask,
      answer,
      answerPhrase: answer,
      answerKey: group.value,
      attribution: group.attribution,
      sources: group.sources,
      distractors: pick,
      alternative() {
        const alt = firstFromTiers(
          fact.distractorTiers,
          isForbidden,
          forbiddenTexts,
          display,
          hashToUint32(fact.id),
        );
        return alt === null ? null : display(alt);
      },
      statement: fact.statement,
      typed:
        fact.typeable && record
          ? {
              question: fact.ask,
              answer,
              accept: [...acceptedNamesOf(record), ...shortNamesOf(course, record)],
              check: {
                answerKind: "text",
                entityKind: fact.refKind === "person" ? "person" : fact.refKind,
                confusables: [...confusables],
                genericWords: genericWordsOf(course, record),
              },
            }
          : null,
      cloze,
    };
  });
}
