/** A person: names the answer checker accepts and the roles the sources attest. */
import type { RecordContext } from "../parse/record-context";
import { personInputSchema } from "../schema";
import type { Person } from "../types";

/** People are named by `name`; their questions are worded on each role (`roles[].ask`). */
const ASKABLE: readonly string[] = [];

export function buildPerson(ctx: RecordContext): Person | null {
  const input = ctx.validate(personInputSchema);
  if (!input) return null;
  const base = ctx.base(input, ASKABLE);
  const variants = (input.variants ?? []).map((v) =>
    typeof v === "string"
      ? { name: v, note: null, misprint: false }
      : { name: v.name, note: v.note ?? null, misprint: v.misprint ?? false },
  );
  const roles = (input.roles ?? []).map((role, i) => ({
    title: role.title,
    country: ctx.optionalRef(role.country, `roles.${i}.country`, ["place"], "country"),
    organisation: ctx.optionalRef(role.organisation, `roles.${i}.organisation`, ["organisation"]),
    period: role.period === undefined ? null : ctx.date(role.period, `roles.${i}.period`),
    note: role.note ?? null,
    sources: role.sources ? ctx.sourceRefs(role.sources, `roles.${i}.sources`) : base.sources,
    ask: role.ask ?? null,
  }));
  const names = [...new Set([input.name, ...variants.map((v) => v.name)])];
  return { kind: "person", ...base, name: input.name, variants, names, roles };
}
