import type { CourseEvent } from "@/lib/content/types";
import { allNamesOf } from "../../asks/entity-names";
import { normaliseText } from "../../normalise-text";
import { pools } from "../course-index";
import type { Fact } from "../fact";
import { type FactBuilder, organisationTiers, personTiers } from "../fact-builder";
import { capitalise, optionTextOf, withoutArticle } from "../wording";
import { DOCUMENT_VERB } from "./document";

export function eventFacts(b: FactBuilder, event: CourseEvent): (Fact | null)[] {
  const name = b.subject ?? "";
  const Name = b.Subject;
  const index = b.index;
  const several = event.documents.length > 1;
  return [
    b.date("date", event.date, {
      kind: "dates",
      template: `When did ${name} take place?`,
      statement: (when) => `${Name} took place ${when}.`,
      itemLabel: capitalise(withoutArticle(name)),
    }),
    b.place("place", event.place, {
      kind: "places",
      template: `Where did ${name} take place?`,
      statement: (place) => `${Name} took place in ${place}.`,
    }),
    b.refs("participants", {
      kind: "people",
      refKind: "person",
      values: event.participants,
      template: null,
      statement: (people) => `${people} took part in ${name}.`,
      tiers: personTiers(index, event.participants),
      standInsFor: (id) => personTiers(index, [id]),
    }),
    b.refs("documents", {
      kind: "documents",
      refKind: "document",
      values: event.documents,
      // Several documents: the question names one of them among documents of other occasions.
      template: several
        ? `Which of these documents was signed during ${name}?`
        : `Which document was signed during ${name}?`,
      statement: (text) => {
        // "The Agreement … was signed", "The agreements … were concluded": its own verb and number.
        const doc = event.documents
          .map((id) => index.course.byId.get(id))
          .find((r) => r !== undefined && optionTextOf(r) === text);
        const verb = doc?.kind === "document" ? DOCUMENT_VERB[doc.type] : "signed";
        const phrase = doc?.kind === "document" && doc.say.name ? doc.say.name : text;
        const plural = /^(?:the |a |an )?\S+[^s]s\b/i.test(phrase);
        return `${capitalise(phrase)} ${plural ? "were" : "was"} ${verb} during ${name}.`;
      },
      tiers: [pools.allDocuments(index)],
      // The quotes that name the document (the event's or its own), else the document's own.
      sourcesOf: (id) => {
        const doc = index.course.byId.get(id);
        if (doc?.kind !== "document") return event.sources;
        const names = allNamesOf(doc).map(normaliseText);
        const naming = [...event.sources, ...doc.sources].filter((ref) => {
          const quote = normaliseText(ref.quote);
          return names.some((name) => name.length > 0 && quote.includes(name));
        });
        return naming.length > 0 ? naming : doc.sources;
      },
      typeable: false,
      pickOne: several,
    }),
    b.refs("countries", {
      kind: "places",
      refKind: "place",
      values: event.countries,
      template: null,
      statement: (countries) => `${countries} took part in ${name}.`,
      tiers: [pools.countries(index)],
    }),
    b.refs("projects", {
      kind: "projects",
      refKind: "project",
      values: event.projects,
      template: null,
      statement: null,
      tiers: [pools.allProjects(index)],
    }),
    b.refs("organisations", {
      kind: "organisations",
      refKind: "organisation",
      values: event.organisations,
      template: null,
      statement: null,
      tiers: [pools.allOrganisations(index)],
      standInsFor: (id) => organisationTiers(index, id),
    }),
  ];
}
