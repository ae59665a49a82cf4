import type { Course } from "@/lib/content/types";
import type { RefFact } from "../facts/fact";
import { joinNames } from "../facts/wording";
import { hashToUint32 } from "../hash";
import { compactText } from "../normalise-text";
import { type Rng, shuffle } from "../random";
import type { Ask, ClozeSpec, DistractorPick } from "./ask";
import { groupClaims, printedValues } from "./claim-groups";
import {
  acceptedNamesOf,
  allNamesOf,
  namesRecord,
  peopleWithSurname,
  surnameOf,
} from "./entity-names";
import { firstFromTiers, pickFromTiers } from "./pick-from-tiers";
import { genericWordsOf, shortNamesOf } from "./short-names";

const MAX_CONFUSABLES = 12;
/** People named in a typed answer's check: enough for any course of a few dozen people. */
const MAX_PERSON_CONFUSABLES = 60;

/**
 * What may never be offered as a wrong option for this fact: its values, also-true places,
 * misprints, and anything the question itself names ("Osk" for a question on the Kell–Osk
 * pipeline reads as a trick).
 */
function forbiddenOf(course: Course, fact: RefFact) {
  const forbidden = new Set([...fact.trueValues, ...fact.claims.map((c) => c.value)]);
  const namedInQuestion = (id: string) => {
    const record = course.byId.get(id);
    return record !== undefined && namesRecord(fact.question, record);
  };
  const isForbidden = (id: string) =>
    forbidden.has(id) || (fact.alsoTrue?.(id) ?? false) || namedInQuestion(id);
  const texts = new Set(
    [...forbidden].flatMap((id) => {
      const record = course.byId.get(id);
      return record ? allNamesOf(record).map(compactText) : [compactText(id)];
    }),
  );
  for (const printed of printedValues(fact.claims)) texts.add(compactText(printed));
  return { isForbidden, texts };
}

/** Asks for a fact whose value is a record id (a person, a place, an organisation…). */
export function refAsks(course: Course, fact: RefFact): Ask[] {
  return fact.mode === "set" ? [setAsk(course, fact)] : oneAsks(course, fact);
}

/**
 * Every value at once ("Tamsin Oakhart and Ilse Varrow"). A wrong option swaps one or
 * two members for their stand-ins (another holder of the same office, another person of the
 * same country), so every option has the same shape as the answer and none is absurd.
 */
function setAsk(course: Course, fact: RefFact): Ask {
  const { isForbidden } = forbiddenOf(course, fact);
  const members = fact.claims.map((c) => c.value);
  const answer = joinNames(members.map(fact.display));
  const standIns = members.map((id) => {
    const tiers = fact.standInsFor(id);
    // The closest tier that offers someone; the next ones only when it is empty.
    const usable = tiers.map((tier) => tier.filter((c) => !isForbidden(c)));
    return usable.find((tier) => tier.length > 0) ?? [];
  });
  const combos = (rng: Rng, count: number): DistractorPick => {
    const seen = new Set([compactText(answer)]);
    const texts: string[] = [];
    for (let attempt = 0; attempt < count * 10 && texts.length < count; attempt++) {
      const next = [...members];
      // Every other attempt swaps two members, when there are two to swap.
      const swaps = attempt % 2 === 1 && members.length > 1 ? 2 : 1;
      const order = shuffle(
        members.map((_, i) => i),
        rng,
      );
      for (const at of order.slice(0, swaps)) {
        const pool = standIns[at] ?? [];
        const pick = pool[rng.int(Math.max(1, pool.length))];
        if (pick !== undefined && !next.includes(pick)) next[at] = pick;
      }
      const text = joinNames(next.map(fact.display));
      if (seen.has(compactText(text))) continue;
      seen.add(compactText(text));
      texts.push(text);
    }
    return { texts, closeness: 0.7 };
  };
  return {
    fact,
    mode: "set",
    question: fact.question,
    answer,
    answerPhrase: answer,
    answerKey: [...members].sort().join("+"),
    surfaces: members.flatMap((id) => {
      const record = course.byId.get(id);
      return record ? allNamesOf(record) : [];
    }),
    attribution: null,
    sources: fact.claims.flatMap((c) => c.sources),
    distractors: combos,
    alternative() {
      const at = hashToUint32(`${fact.id}|at`) % members.length;
      const pool = standIns[at] ?? [];
      const pick = pool[hashToUint32(fact.id) % Math.max(1, pool.length)];
      if (pick === undefined) return null;
      const next = [...members];
      next[at] = pick;
      return joinNames(next.map(fact.display));
    },
    statement: fact.statement,
    typed: null,
    cloze: null,
  };
}

/** One value per claim group (a disputed place gives one attributed ask per source). */
function oneAsks(course: Course, fact: RefFact): Ask[] {
  const display = fact.display;
  const { isForbidden, texts: forbiddenTexts } = forbiddenOf(course, fact);
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
      // Any other person of the course typed here is named as such, whatever their era.
      for (const person of course.people) {
        if (confusables.size >= MAX_PERSON_CONFUSABLES) break;
        if (!isForbidden(person.id)) confusables.add(display(person.id));
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
      question: fact.question,
      answer,
      answerPhrase: answer,
      answerKey: group.value,
      surfaces,
      attribution: group.attribution,
      sources: group.sources,
      distractors: pick,
      // A false statement swaps in only the closest kind of value (the same office, a place of
      // the same type in the same country): "the president, head of the Defence Ministry" is
      // false but teaches nothing.
      alternative() {
        const alt = firstFromTiers(
          fact.distractorTiers.slice(0, 1),
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
              question: fact.question,
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
