import { hashToUint32 } from "../hash";

/**
 * Deterministic grouping that survives value edits: candidates are sorted by a hash of their
 * keys and cut into consecutive buckets of `bucketSize`, so which bucket a fact falls in never
 * depends on its values. Inside a bucket, members are kept greedily while compatible with every
 * member kept so far (and `usable`), up to `max`; buckets with fewer than `min` kept members are dropped.
 * Editing one fact can therefore change only the group that contains it. Linear in the input.
 */
export function groupInBuckets<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  salt: string,
  compatible: (a: T, b: T) => boolean,
  bucketSize: number,
  min: number,
  max: number,
  usable: (item: T) => boolean = () => true,
): T[][] {
  const ordered = items
    .map((item) => ({ item, key: keyOf(item), order: hashToUint32(`${salt}|${keyOf(item)}`) }))
    .sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const groups: T[][] = [];
  for (let i = 0; i < ordered.length; i += bucketSize) {
    const kept: T[] = [];
    for (const { item } of ordered.slice(i, i + bucketSize)) {
      if (!usable(item) || kept.length >= max) continue;
      if (kept.every((member) => compatible(member, item))) kept.push(item);
    }
    if (kept.length >= min) groups.push(kept);
  }
  return groups;
}
