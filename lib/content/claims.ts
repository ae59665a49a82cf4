/** Deriving a `Claimed<T>` from its claims: disputed or not, and the agreed value. */
import { type DateValue, dateSpanDays, datesOverlap } from "./dates";
import type { Claim, Claimed, FigureValue } from "./types";

/** Disputed when some pair of claims is incompatible; the agreed value is `pick` of the claims. */
export function deriveClaimed<T>(
  claims: Claim<T>[],
  compatible: (a: T, b: T) => boolean,
  pick: (values: T[]) => T,
): Claimed<T> {
  let disputed = false;
  for (let i = 0; i < claims.length && !disputed; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a && b && !compatible(a.value, b.value)) {
        disputed = true;
        break;
      }
    }
  }
  return { claims, disputed, value: disputed ? null : pick(claims.map((c) => c.value)) };
}

/** Dates agree when their spans overlap; the agreed value is the most precise (shortest) one. */
export function deriveClaimedDate(claims: Claim<DateValue>[]): Claimed<DateValue> {
  return deriveClaimed(claims, datesOverlap, (values) =>
    values.reduce((best, v) => (dateSpanDays(v) < dateSpanDays(best) ? v : best)),
  );
}

export function deriveClaimedRef(claims: Claim<string>[]): Claimed<string> {
  return deriveClaimed(
    claims,
    (a, b) => a === b,
    (values) => values[0] as string,
  );
}

/** Figures agree only when amount and qualifier are equal ("250" and "250.9" are a dispute). */
export function deriveClaimedFigure(claims: Claim<FigureValue>[]): Claimed<FigureValue> {
  return deriveClaimed(
    claims,
    (a, b) => a.amount === b.amount && a.maxAmount === b.maxAmount && a.qualifier === b.qualifier,
    (values) => values[0] as FigureValue,
  );
}

/** Type guard for a `Claimed<T>` field. */
export function isClaimed(value: unknown): value is Claimed<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    "claims" in value &&
    "disputed" in value &&
    Array.isArray((value as { claims: unknown }).claims)
  );
}
