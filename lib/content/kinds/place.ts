/** A place: its type, what it lies within, and its names over time. */
import type { RecordContext } from "../parse/record-context";
import { placeInputSchema } from "../schema";
import type { Place, PlaceName } from "../types";

const ASKABLE = ["names", "within"] as const;

export function buildPlace(ctx: RecordContext): Place | null {
  const input = ctx.validate(placeInputSchema);
  if (!input) return null;
  const base = ctx.base(input, ASKABLE);
  const authored: PlaceName[] = (input.names ?? []).map((n, i) => ({
    name: n.name,
    period: n.period === undefined ? null : ctx.date(n.period, `names.${i}.period`),
    note: n.note ?? null,
    misprint: n.misprint ?? false,
    sources: n.sources ? ctx.sourceRefs(n.sources, `names.${i}.sources`) : base.sources,
  }));
  // The canonical name comes first, authored or not.
  const canonical = authored.filter((n) => n.name === input.name);
  const others = authored.filter((n) => n.name !== input.name);
  const names: PlaceName[] =
    canonical.length > 0
      ? [...canonical, ...others]
      : [
          { name: input.name, period: null, note: null, misprint: false, sources: base.sources },
          ...others,
        ];
  return {
    kind: "place",
    ...base,
    name: input.name,
    type: input.type,
    within: ctx.optionalRef(input.within, "within", ["place"]),
    names,
  };
}
