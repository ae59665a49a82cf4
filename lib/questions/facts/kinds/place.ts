import type { Place } from "@/lib/content/types";
import { pools } from "../course-index";
import { formatDateValue } from "../date-values";
import type { Fact } from "../fact";
import { type FactBuilder, placeTiers } from "../fact-builder";

/** Places are asked only through authored stems: their other names, the place they lie in. */
export function placeFacts(b: FactBuilder, place: Place): (Fact | null)[] {
  const index = b.index;
  const others = place.names.filter(
    (n, i) => i > 0 && !n.misprint && n.name !== place.name && !b.isOutside(`names.${i}`),
  );
  const named = others[0];
  return [
    named === undefined
      ? null
      : b.text("names", [named.name], {
          kind: "places",
          template: null,
          statement: (other) =>
            `${place.name} was also called ${other}${named.period ? ` (${formatDateValue(named.period)})` : ""}.`,
          tiers: [pools.placeNamesOfType(index, place.type)],
          typedVariants: others.slice(1).map((n) => n.name),
        }),
    place.within === null
      ? null
      : b.refs("within", {
          kind: "places",
          refKind: "place",
          values: [place.within],
          template: null,
          statement: (container) => `${place.name} is in ${container}.`,
          tiers: placeTiers(index, place.within),
          alsoTrue: (id) => index.nested(place.within ?? "", id),
        }),
  ];
}
