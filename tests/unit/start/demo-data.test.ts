import { describe, expect, it } from "vitest";
import { decideDemoData } from "@/lib/db/demo-data";

describe("decideDemoData", () => {
  it("never seeds a PostgreSQL server unless asked", () => {
    expect(decideDemoData({ backend: "postgres", requested: undefined }).seed).toBe(false);
    expect(decideDemoData({ backend: "postgres", requested: false }).seed).toBe(false);
  });

  it("seeds a PostgreSQL server when asked (--demo or DEMO=1)", () => {
    expect(decideDemoData({ backend: "postgres", requested: true }).seed).toBe(true);
  });

  it("seeds the embedded database by default, unless DEMO=0", () => {
    expect(decideDemoData({ backend: "embedded", requested: undefined }).seed).toBe(true);
    expect(decideDemoData({ backend: "embedded", requested: true }).seed).toBe(true);
    expect(decideDemoData({ backend: "embedded", requested: false }).seed).toBe(false);
  });

  it("says why, and how to get the demo data on a server", () => {
    expect(decideDemoData({ backend: "postgres", requested: undefined }).reason).toMatch(
      /--demo.*DEMO=1.*npm run db:seed/,
    );
    expect(decideDemoData({ backend: "embedded", requested: undefined }).reason).toMatch(
      /embedded/,
    );
  });
});
