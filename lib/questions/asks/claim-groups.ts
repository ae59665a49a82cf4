import type { Claim, SourceRef } from "@/lib/content/types";
import { attributionOf } from "../facts/wording";

/** Claims that state the same value, merged; `attribution` is set only for disputed facts. */
export interface ClaimGroup<T> {
  value: T;
  sources: SourceRef[];
  /** What the sources printed where the value is a correction. */
  printed: string[];
  attribution: string | null;
  /** Whose claim the sources report, when it is not their own. */
  reportedBy: string | null;
}

/**
 * Groups claims by value key. A group names its sources ("According to …") when the fact is
 * disputed or `attribute` is set (figures are always a source's figures), and names whose claim
 * it is when the sources only report someone else's ("According to X, as reported by …").
 */
export function groupClaims<T>(
  claims: readonly Claim<T>[],
  keyOf: (value: T) => string,
  disputed: boolean,
  attribute = false,
): ClaimGroup<T>[] {
  const groups = new Map<string, ClaimGroup<T>>();
  for (const claim of claims) {
    const key = keyOf(claim.value);
    const group = groups.get(key);
    const printed = claim.erratum ? [claim.erratum.printed] : [];
    if (group) {
      group.sources.push(...claim.sources);
      group.printed.push(...printed);
      group.reportedBy ??= claim.reportedBy;
    } else {
      groups.set(key, {
        value: claim.value,
        sources: [...claim.sources],
        printed,
        attribution: null,
        reportedBy: claim.reportedBy,
      });
    }
  }
  const list = [...groups.values()];
  for (const g of list) {
    if (g.reportedBy !== null)
      g.attribution = `${g.reportedBy}, as reported by ${attributionOf(g.sources)}`;
    else if (disputed || attribute) g.attribution = attributionOf(g.sources);
  }
  return list;
}

/** Every printed (erroneous) value of any claim. */
export function printedValues<T>(claims: readonly Claim<T>[]): string[] {
  return claims.flatMap((c) => (c.erratum ? [c.erratum.printed] : []));
}
