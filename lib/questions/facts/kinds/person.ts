import type { Person } from "@/lib/content/types";
import { formatDateValue } from "../date-values";
import type { Fact } from "../fact";
import { type FactBuilder, personTiers } from "../fact-builder";

/** A role is asked only through its authored stem: "Who was … in 2008?" (the person answers). */
export function personFacts(b: FactBuilder, person: Person): (Fact | null)[] {
  return person.roles.map((role, i) => {
    if (role.ask === null || role.ask === false || b.isOutside(`roles.${i}`)) return null;
    const when = role.period ? ` in ${formatDateValue(role.period)}` : "";
    return b.refs(`roles.${i}`, {
      kind: "people",
      refKind: "person",
      values: [person.id],
      sources: role.sources,
      template: null,
      question: role.ask,
      statement: (who) => `${who} was ${role.title}${when}.`,
      tiers: personTiers(b.index, [person.id]),
    });
  });
}
