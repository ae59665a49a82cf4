/** A project: its route (and so its endpoints), countries, operators and dated milestones. */
import type { RecordContext } from "../parse/record-context";
import { checkAskAnswers } from "../parse/wording";
import { projectInputSchema } from "../schema";
import type { Milestone, Project } from "../types";

const ASKABLE = ["route", "countries", "carries", "organisations"] as const;

export function buildProject(ctx: RecordContext): Project | null {
  const input = ctx.validate(projectInputSchema);
  if (!input) return null;
  const base = ctx.base(input, ASKABLE);
  const route = ctx.refs(input.route, "route", ["place"]);
  checkAskAnswers(ctx, base.say, {
    route,
    countries: input.countries ?? [],
    carries: input.carries ?? [],
    organisations: input.organisations ?? [],
  });
  const first = route[0];
  const last = route[route.length - 1];
  // A milestone whose date fails is left out (its issue is reported).
  const milestones = (input.milestones ?? []).flatMap((m, i): Milestone[] => {
    const fallback = m.sources
      ? ctx.sourceRefs(m.sources, `milestones.${i}.sources`)
      : base.sources;
    const date = ctx.claimedDate(m.date, `milestones.${i}.date`, fallback);
    return date
      ? [{ kind: m.kind, label: m.label, date, ask: m.ask ?? null, statement: m.statement ?? null }]
      : [];
  });
  return {
    kind: "project",
    ...base,
    name: input.name,
    acronym: input.acronym ?? null,
    aliases: input.aliases ?? [],
    type: input.type,
    description: input.description ?? null,
    route,
    endpoints:
      first !== undefined && last !== undefined && route.length >= 2 ? [first, last] : null,
    countries: ctx.refs(input.countries, "countries", ["place"], "country"),
    carries: input.carries ?? [],
    organisations: ctx.refs(input.organisations, "organisations", ["organisation"]),
    milestones,
  };
}
