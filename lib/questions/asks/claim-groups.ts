import type { Claim, SourceRef } from "@/lib/content/types";
import { attributionOf } from "../facts/labels";

/** Claims that state the same value, merged; `attribution` is set only for disputed facts. */
export interface ClaimGroup<T> {
  value: T;
  sources: SourceRef[];
  /** What the sources printed where the value is a correction. */
  printed: string[];
  attribution: string | null;
}

/** Groups claims by value key; for a disputed fact each group names its sources. */
export function groupClaims<T>(
  claims: readonly Claim<T>[],
  keyOf: (value: T) => string,
  disputed: boolean,
): ClaimGroup<T>[] {
  const groups = new Map<string, ClaimGroup<T>>();
  for (const claim of claims) {
    const key = keyOf(claim.value);
    const group = groups.get(key);
    const printed = claim.erratum ? [claim.erratum.printed] : [];
    if (group) {
      group.sources.push(...claim.sources);
      group.printed.push(...printed);
    } else {
      groups.set(key, {
        value: claim.value,
        sources: [...claim.sources],
        printed,
        attribution: null,
      });
    }
  }
  const list = [...groups.values()];
  if (disputed) for (const g of list) g.attribution = attributionOf(g.sources);
  return list;
}

/** Every printed (erroneous) value of any claim. */
export function printedValues<T>(claims: readonly Claim<T>[]): string[] {
  return claims.flatMap((c) => (c.erratum ? [c.erratum.printed] : []));
}
