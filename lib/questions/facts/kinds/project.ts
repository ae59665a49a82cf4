import type { Project } from "@/lib/content/types";
import { pools } from "../course-index";
import type { Fact } from "../fact";
import { type FactBuilder, organisationTiers, placeTiers } from "../fact-builder";
import { capitalise, withoutArticle } from "../wording";

export function projectFacts(b: FactBuilder, project: Project): (Fact | null)[] {
  const name = b.subject ?? project.name;
  const Name = b.Subject;
  const index = b.index;
  const milestones = project.milestones.map((m, i) =>
    m.ask === null || m.ask === false
      ? null
      : b.date(`milestones.${i}`, m.date, {
          kind: "projects",
          template: null,
          question: b.isOutside(`milestones.${i}`) ? null : m.ask,
          statement: null,
          authoredStatement: m.statement,
          itemLabel: `${capitalise(withoutArticle(name))}: ${m.label}`,
        }),
  );
  return [
    ...milestones,
    b.refs("route", {
      kind: "projects",
      refKind: "place",
      values: project.route,
      template: null,
      statement: (places) =>
        `${places} ${project.route.length > 1 ? "lie" : "lies"} on the route of ${name}.`,
      tiers: project.route.flatMap((id) => placeTiers(index, id)),
      alsoTrue: (id) => project.route.some((v) => index.nested(v, id)),
    }),
    b.refs("countries", {
      kind: "projects",
      refKind: "place",
      values: project.countries,
      template: null,
      statement: null,
      tiers: [pools.countries(index)],
    }),
    b.refs("organisations", {
      kind: "projects",
      refKind: "organisation",
      values: project.organisations,
      template: null,
      statement: null,
      tiers: [pools.allOrganisations(index)],
      standInsFor: (id) => organisationTiers(index, id),
    }),
    b.text("carries", project.carries, {
      kind: "projects",
      template: null,
      statement: (what) => `${Name} carries ${what}.`,
      tiers: [pools.carriesNotOfType(index, project.type), pools.allCarries(index)],
      typedVariants: [],
    }),
  ];
}
