import type { Organisation } from "@/lib/content/types";
import { pools } from "../course-index";
import type { Fact } from "../fact";
import { type FactBuilder, placeTiers, recordClaim } from "../fact-builder";

export function organisationFacts(b: FactBuilder, org: Organisation): (Fact | null)[] {
  const name = b.subject ?? org.name;
  const Name = b.Subject;
  const index = b.index;
  return [
    b.date("founded", org.founded, {
      kind: "organisations",
      template: `When was ${name} founded?`,
      statement: (when) => `${Name} was founded ${when}.`,
      itemLabel: `Founding of ${name}`,
    }),
    org.headquarters === null
      ? null
      : b.refs("headquarters", {
          kind: "organisations",
          refKind: "place",
          values: [org.headquarters],
          claimed: {
            claims: [recordClaim(org.headquarters, org.sources)],
            disputed: false,
            value: org.headquarters,
          },
          template: null,
          statement: (place) => `${Name} is based in ${place}.`,
          tiers: placeTiers(index, org.headquarters),
        }),
    b.refs("members", {
      kind: "organisations",
      refKind: "place",
      values: org.members,
      template: null,
      statement: (countries) => `${countries} belong to ${name}.`,
      tiers: [pools.countries(index)],
    }),
    org.successorOf === null
      ? null
      : b.refs("successorOf", {
          kind: "organisations",
          refKind: "organisation",
          values: [org.successorOf],
          template: null,
          statement: (other) => `${Name} succeeded ${other}.`,
          tiers: [pools.organisationsOfType(index, org.type), pools.allOrganisations(index)],
        }),
  ];
}
