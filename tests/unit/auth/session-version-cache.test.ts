import { describe, expect, it } from "vitest";
import { SESSION_VERSION_TTL_MS, SessionVersionCache } from "@/lib/auth/session-version-cache";

/** A "database" of versions that counts its reads. */
function store(initial: Record<string, number | null>) {
  const versions = new Map(Object.entries(initial));
  const counter = { reads: 0 };
  const read = async (userId: string) => {
    counter.reads += 1;
    return versions.get(userId) ?? null;
  };
  return { versions, counter, read };
}

const T0 = Date.UTC(2026, 11, 5, 8, 0, 0);

describe("SessionVersionCache", () => {
  it("reads a user's version once per TTL, not once per request", async () => {
    const db = store({ u1: 3 });
    const cache = new SessionVersionCache(db.read);
    for (let i = 0; i < 100; i += 1)
      expect(await cache.isCurrent("u1", 3, T0 + i * 100)).toBe(true);
    expect(db.counter.reads).toBe(1);
  });

  it("sees another instance's revocation once the TTL has passed, and not before", async () => {
    const db = store({ u1: 3 });
    const cache = new SessionVersionCache(db.read);
    expect(await cache.isCurrent("u1", 3, T0)).toBe(true);
    db.versions.set("u1", 4); // signed out on another instance
    expect(await cache.isCurrent("u1", 3, T0 + SESSION_VERSION_TTL_MS - 1)).toBe(true);
    expect(await cache.isCurrent("u1", 3, T0 + SESSION_VERSION_TTL_MS)).toBe(false);
    expect(await cache.isCurrent("u1", 4, T0 + SESSION_VERSION_TTL_MS)).toBe(true);
  });

  it("applies this instance's own revocation at once", async () => {
    const db = store({ u1: 3 });
    const cache = new SessionVersionCache(db.read);
    expect(await cache.isCurrent("u1", 3, T0)).toBe(true);
    cache.set("u1", 4, T0 + 1);
    expect(await cache.isCurrent("u1", 3, T0 + 2)).toBe(false);
  });

  it("refuses a deleted user and a cookie without a version", async () => {
    const db = store({ u1: 0 });
    const cache = new SessionVersionCache(db.read);
    expect(await cache.isCurrent("gone", 0, T0)).toBe(false);
    expect(await cache.isCurrent("u1", undefined, T0)).toBe(false);
    expect(await cache.isCurrent("u1", "0", T0)).toBe(false);
  });

  it("shares one read among concurrent requests for the same user", async () => {
    const db = store({ u1: 1 });
    const cache = new SessionVersionCache(db.read);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => cache.isCurrent("u1", 1, T0)),
    );
    expect(results.every(Boolean)).toBe(true);
    expect(db.counter.reads).toBe(1);
  });
});
