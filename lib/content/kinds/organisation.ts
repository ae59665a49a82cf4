/** An organisation: its members, seat, predecessor and founding date. */
import type { RecordContext } from "../parse/record-context";
import { checkAskAnswers } from "../parse/wording";
import { organisationInputSchema } from "../schema";
import type { Organisation } from "../types";

const ASKABLE = ["founded", "headquarters", "members", "successorOf"] as const;

export function buildOrganisation(ctx: RecordContext): Organisation | null {
  const input = ctx.validate(organisationInputSchema);
  if (!input) return null;
  const base = ctx.base(input, ASKABLE);
  checkAskAnswers(ctx, base.say, { members: input.members ?? [] });
  return {
    kind: "organisation",
    ...base,
    name: input.name,
    acronym: input.acronym ?? null,
    aliases: input.aliases ?? [],
    type: input.type,
    description: input.description ?? null,
    members: ctx.refs(input.members, "members", ["place"], "country"),
    headquarters: ctx.optionalRef(input.headquarters, "headquarters", ["place"]),
    successorOf: ctx.optionalRef(input.successorOf, "successorOf", ["organisation"]),
    founded:
      input.founded === undefined ? null : ctx.claimedDate(input.founded, "founded", base.sources),
  };
}
