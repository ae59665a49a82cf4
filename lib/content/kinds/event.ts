/** An event: when and where it took place, who and what took part, what was signed. */
import type { RecordContext } from "../parse/record-context";
import { checkAskAnswers } from "../parse/wording";
import { eventInputSchema } from "../schema";
import type { CourseEvent } from "../types";

const ASKABLE = [
  "date",
  "place",
  "participants",
  "countries",
  "documents",
  "projects",
  "organisations",
] as const;

/** The event, or null when invalid; an event without a valid date is invalid. */
export function buildEvent(ctx: RecordContext): CourseEvent | null {
  const input = ctx.validate(eventInputSchema);
  if (!input) return null;
  const base = ctx.base(input, ASKABLE);
  checkAskAnswers(ctx, base.say, {
    participants: input.participants ?? [],
    countries: input.countries ?? [],
    documents: input.documents ?? [],
    projects: input.projects ?? [],
    organisations: input.organisations ?? [],
  });
  const date = ctx.claimedDate(input.date, "date", base.sources);
  // Without a valid date the event is left out, and the fields below are not checked yet.
  if (!date) return null;
  return {
    kind: "event",
    ...base,
    title: input.title,
    type: input.type,
    date,
    place: ctx.claimedRef(input.place, "place", base.sources, ["place"]),
    participants: ctx.refs(input.participants, "participants", ["person"]),
    countries: ctx.refs(input.countries, "countries", ["place"], "country"),
    documents: ctx.refs(input.documents, "documents", ["document"]),
    projects: ctx.refs(input.projects, "projects", ["project"]),
    organisations: ctx.refs(input.organisations, "organisations", ["organisation"]),
    description: input.description ?? null,
  };
}
