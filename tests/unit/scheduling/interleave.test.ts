import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interleave } from "@/lib/scheduling/interleave";

const item = (id: string, type: string, themes: string[] = []) => ({ id, type, themes });
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("interleave", () => {
  it("keeps priority order when it already alternates", () => {
    const items = [item("1", "a"), item("2", "b"), item("3", "a")];
    expect(ids(interleave(items))).toEqual(["1", "2", "3"]);
  });

  it("looks ahead so that an alternation stays possible", () => {
    // First-fit would give a, b, c, a, a; a, b, a, c, a avoids every repeat.
    const items = [
      item("a1", "a"),
      item("b1", "b"),
      item("c1", "c"),
      item("a2", "a"),
      item("a3", "a"),
    ];
    expect(ids(interleave(items))).toEqual(["a1", "b1", "a2", "c1", "a3"]);
  });

  it("keeps the order when repeats are unavoidable", () => {
    const items = [item("1", "a"), item("2", "a"), item("3", "a")];
    expect(ids(interleave(items))).toEqual(["1", "2", "3"]);
  });

  it("continues from the item shown before", () => {
    const items = [item("1", "a"), item("2", "b")];
    expect(ids(interleave(items, item("0", "a")))).toEqual(["2", "1"]);
  });

  it("prefers a different theme when types allow it", () => {
    const items = [
      item("1", "a", ["x"]),
      item("2", "b", ["x"]),
      item("3", "b", ["y"]),
      item("4", "a", ["y"]),
    ];
    expect(ids(interleave(items))).toEqual(["1", "3", "4", "2"]);
  });

  it("never repeats a type when the counts allow an alternation, and keeps every item", () => {
    const itemsArb = fc
      .array(fc.constantFrom("a", "b", "c"), { maxLength: 20 })
      .map((types) => types.map((type, index) => item(String(index), type)));
    fc.assert(
      fc.property(itemsArb, (items) => {
        const ordered = interleave(items);
        expect([...ids(ordered)].sort()).toEqual([...ids(items)].sort());
        const counts = new Map<string, number>();
        for (const i of items) counts.set(i.type, (counts.get(i.type) ?? 0) + 1);
        const possible = [...counts.values()].every((c) => c <= Math.ceil(items.length / 2));
        if (possible) {
          for (let k = 1; k < ordered.length; k++) {
            expect(ordered[k]?.type).not.toBe(ordered[k - 1]?.type);
          }
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
