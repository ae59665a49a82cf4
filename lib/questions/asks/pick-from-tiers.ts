import { compactText } from "../normalise-text";
import type { Rng } from "../random";
import type { DistractorPick } from "./ask";

/** Tier weights for closeness: same office/type/country first. */
const TIER_CLOSENESS = [1, 0.6, 0.3, 0.2];

/** Random probes per wanted distractor before falling back to a scan from a random offset. */
const PROBES = 6;

/**
 * Picks `count` distractors from plausibility tiers (most plausible first): random probes into
 * each tier, then a scan from a random offset, skipping forbidden values and values whose text
 * collides with one already taken. Cost is independent of the tier's size in the usual case.
 */
export function pickFromTiers(
  tiers: readonly (readonly string[])[],
  display: (value: string) => string,
  isForbidden: (value: string) => boolean,
  takenTexts: readonly string[],
  rng: Rng,
  count: number,
): DistractorPick {
  const seen = new Set(takenTexts.map(compactText));
  const texts: string[] = [];
  let closeness = 0;
  const consider = (value: string, tier: number) => {
    if (isForbidden(value)) return;
    const text = display(value);
    const key = compactText(text);
    if (key.length === 0 || seen.has(key)) return;
    seen.add(key);
    texts.push(text);
    closeness += TIER_CLOSENESS[tier] ?? 0.2;
  };
  tiers.forEach((tier, t) => {
    if (texts.length >= count || tier.length === 0) return;
    for (let probe = 0; probe < PROBES * count && texts.length < count; probe++) {
      consider(tier[rng.int(tier.length)] as string, t);
    }
    const offset = rng.int(tier.length);
    for (let i = 0; i < tier.length && texts.length < count; i++) {
      consider(tier[(offset + i) % tier.length] as string, t);
    }
  });
  return { texts, closeness: texts.length === 0 ? 0 : closeness / texts.length };
}

/** A deterministic plausible value for a false statement: scan from a hash-chosen offset. */
export function firstFromTiers(
  tiers: readonly (readonly string[])[],
  isForbidden: (value: string) => boolean,
  forbiddenTexts: ReadonlySet<string>,
  display: (value: string) => string,
  offset: number,
): string | null {
  for (const tier of tiers) {
    for (let i = 0; i < tier.length; i++) {
      const value = tier[(offset + i) % tier.length] as string;
      if (!isForbidden(value) && !forbiddenTexts.has(compactText(display(value)))) return value;
    }
  }
  return null;
}
