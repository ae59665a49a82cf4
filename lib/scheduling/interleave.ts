/** What interleaving looks at: a question's type and themes. */
export interface Interleavable {
  type: string;
  themes: readonly string[];
}

function countTypes(items: readonly Interleavable[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return counts;
}

/**
 * True when `n` items with these type counts can still be laid out with no two neighbours
 * of the same type, the first differing from `previousType`:
 * every count ≤ ⌈n/2⌉, and the previous type's count ≤ ⌊n/2⌋.
 */
function canAlternate(counts: Map<string, number>, n: number, previousType: string): boolean {
  for (const [type, count] of counts) {
    const cap = type === previousType ? Math.floor(n / 2) : Math.ceil(n / 2);
    if (count > cap) return false;
  }
  return true;
}

function sharesTheme(a: Interleavable, b: Interleavable): boolean {
  return a.themes.some((theme) => b.themes.includes(theme));
}

/** How far down each type's list to look for an item with a different theme. */
const THEME_LOOKAHEAD = 8;

/**
 * Reorders `items` (given in priority order) so that no two consecutive items have the same
 * type whenever some order allows it, and consecutive themes differ when that costs little.
 * Greedy and stable: each slot takes the highest-priority item whose type keeps the rest
 * arrangeable, preferring one (among the next few of each such type) that changes theme.
 * `previous` is the item shown just before (to continue a sequence across groups).
 */
export function interleave<T extends Interleavable>(
  items: readonly T[],
  previous?: Interleavable,
): T[] {
  // Per type, the items still to place, in priority order, with their original index.
  const byType = new Map<string, { item: T; index: number }[]>();
  items.forEach((item, index) => {
    const list = byType.get(item.type) ?? [];
    list.push({ item, index });
    byType.set(item.type, list);
  });
  const counts = countTypes(items);
  const ordered: T[] = [];
  let last = previous;
  for (let left = items.length; left > 0; left--) {
    const prev = last;
    let best: { type: string; position: number; index: number } | undefined;
    let bestOtherTheme: typeof best;
    let bestOtherType: typeof best;
    let bestAny: typeof best;
    for (const [type, list] of byType) {
      const head = list[0];
      if (!head) continue;
      const candidate = { type, position: 0, index: head.index };
      if (!bestAny || head.index < bestAny.index) bestAny = candidate;
      if (prev && type === prev.type) continue;
      if (!bestOtherType || head.index < bestOtherType.index) bestOtherType = candidate;
      counts.set(type, (counts.get(type) ?? 0) - 1);
      const allowed = canAlternate(counts, left - 1, type);
      counts.set(type, (counts.get(type) ?? 0) + 1);
      if (!allowed) continue;
      if (!best || head.index < best.index) best = candidate;
      const limit = Math.min(list.length, THEME_LOOKAHEAD);
      for (let position = 0; position < limit; position++) {
        const entry = list[position];
        if (!entry || (prev && sharesTheme(entry.item, prev))) continue;
        if (!bestOtherTheme || entry.index < bestOtherTheme.index) {
          bestOtherTheme = { type, position, index: entry.index };
        }
        break;
      }
    }
    const pick = bestOtherTheme ?? best ?? bestOtherType ?? bestAny;
    if (!pick) break;
    const [chosen] = byType.get(pick.type)?.splice(pick.position, 1) ?? [];
    if (!chosen) break;
    counts.set(pick.type, (counts.get(pick.type) ?? 0) - 1);
    ordered.push(chosen.item);
    last = chosen.item;
  }
  return ordered;
}
