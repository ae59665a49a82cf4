import type { CourseDocument, DocumentType } from "@/lib/content/types";
import { pools } from "../course-index";
import type { Fact } from "../fact";
import { type FactBuilder, organisationTiers, personTiers } from "../fact-builder";
import { capitalise, withoutArticle } from "../wording";

/** How a document of each type comes about: signed, adopted, published. */
export const DOCUMENT_VERB: Record<DocumentType, string> = {
  agreement: "signed",
  declaration: "signed",
  protocol: "signed",
  convention: "signed",
  treaty: "signed",
  memorandum: "signed",
  contract: "signed",
  "joint-statement": "signed",
  charter: "signed",
  programme: "adopted",
  plan: "adopted",
  decision: "adopted",
  publication: "published",
  other: "signed",
};

export function documentFacts(b: FactBuilder, doc: CourseDocument): (Fact | null)[] {
  const name = b.subject ?? "";
  const Name = b.Subject;
  const verb = DOCUMENT_VERB[doc.type];
  const index = b.index;
  return [
    b.date("date", doc.date, {
      kind: "dates",
      template: `When was ${name} ${verb}?`,
      statement: (when) => `${Name} was ${verb} ${when}.`,
      itemLabel: capitalise(withoutArticle(name)),
    }),
    b.place("place", doc.place, {
      kind: "places",
      template: `Where was ${name} ${verb}?`,
      statement: (place) => `${Name} was ${verb} in ${place}.`,
    }),
    b.refs("signatories", {
      kind: "signatories",
      refKind: "person",
      values: doc.signatories,
      template: `Who signed ${name}?`,
      statement: (people) => `${people} signed ${name}.`,
      tiers: personTiers(index, doc.signatories),
      standInsFor: (id) => personTiers(index, [id]),
    }),
    b.refs("parties", {
      kind: "places",
      refKind: "place",
      values: doc.parties,
      template: null,
      statement: (parties) => `${parties} signed ${name}.`,
      tiers: [pools.countries(index), pools.allOrganisations(index)],
      // A party stands in for a party of its own kind: a country for a country, a company for a company.
      typeable: false,
    }),
    b.date("inForce", doc.inForce, {
      kind: "dates",
      template: null,
      statement: (when) => `${Name} entered into force ${when}.`,
      itemLabel: `Entry into force of ${name}`,
    }),
    b.refs("projects", {
      kind: "projects",
      refKind: "project",
      values: doc.projects,
      template: null,
      statement: null,
      tiers: [pools.allProjects(index)],
    }),
    b.refs("organisations", {
      kind: "organisations",
      refKind: "organisation",
      values: doc.organisations,
      template: null,
      statement: null,
      tiers: [pools.allOrganisations(index)],
      standInsFor: (id) => organisationTiers(index, id),
    }),
  ];
}
