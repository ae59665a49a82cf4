/** A document: its type, when and where it was signed, by whom and between which parties. */
import type { RecordContext } from "../parse/record-context";
import { checkAskAnswers } from "../parse/wording";
import { documentInputSchema } from "../schema";
import type { CourseDocument } from "../types";

const ASKABLE = [
  "date",
  "place",
  "signatories",
  "parties",
  "inForce",
  "projects",
  "organisations",
] as const;

export function buildDocument(ctx: RecordContext): CourseDocument | null {
  const input = ctx.validate(documentInputSchema);
  if (!input) return null;
  const base = ctx.base(input, ASKABLE);
  checkAskAnswers(ctx, base.say, {
    signatories: input.signatories ?? [],
    parties: input.parties ?? [],
    projects: input.projects ?? [],
    organisations: input.organisations ?? [],
  });
  return {
    kind: "document",
    ...base,
    title: input.title,
    titleVariants: input.titleVariants ?? [],
    type: input.type,
    date: input.date === undefined ? null : ctx.claimedDate(input.date, "date", base.sources),
    place: ctx.claimedRef(input.place, "place", base.sources, ["place"]),
    parties: ctx.refs(input.parties, "parties", ["place", "organisation"]),
    signatories: ctx.refs(input.signatories, "signatories", ["person"]),
    inForce:
      input.inForce === undefined ? null : ctx.claimedDate(input.inForce, "inForce", base.sources),
    projects: ctx.refs(input.projects, "projects", ["project"]),
    organisations: ctx.refs(input.organisations, "organisations", ["organisation"]),
  };
}
