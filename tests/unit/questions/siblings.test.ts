import { describe, expect, it } from "vitest";
import { recordIdOf, siblingKeysOf } from "@/lib/questions/siblings";

describe("sibling keys", () => {
  it("makes two questions on different properties of one record siblings", () => {
    const date = siblingKeysOf({ factIds: ["act-of-union#date"] });
    const signatories = siblingKeysOf({ factIds: ["act-of-union#signatories"] });
    expect(date).toEqual(["act-of-union"]);
    expect(signatories).toEqual(date);
    expect(siblingKeysOf({ factIds: ["lantern-cable#milestones.1"] })).toEqual(["lantern-cable"]);
  });

  it("gives questions built from several records no key: they neither wait nor hold back", () => {
    expect(
      siblingKeysOf({ factIds: ["act-of-union#date", "lantern-cable-agreement#date"] }),
    ).toEqual([]);
  });

  it("reads the record from a fact id", () => {
    expect(recordIdOf("person-x#roles.0")).toBe("person-x");
    expect(recordIdOf("bare-id")).toBe("bare-id");
  });
});
