import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let database: TestDatabase;
let second: PrismaClient;
beforeAll(async () => {
  database = await createTestDatabase();
  // Its own client and connections, as a second app instance starting at the same moment has.
  second = createPrismaClient(database.url);
}, 120_000);
afterAll(async () => {
  await second?.$disconnect();
  await database?.drop();
});

describe("seedDemoData on two instances at once", () => {
  it("succeeds on both and leaves one set of demo rows", async () => {
    const results = await Promise.allSettled([seedDemoData(database.prisma), seedDemoData(second)]);
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual([
      "ok",
      "ok",
    ]);
    const prisma = database.prisma;
    const users = await prisma.user.findMany({ select: { email: true } });
    expect(users.map((u) => u.email).sort()).toEqual([
      "student@example.com",
      "teacher@example.com",
    ]);
    expect(await prisma.class.count()).toBe(1);
    expect(await prisma.classMember.count()).toBe(1);
    expect(await prisma.customDeck.count()).toBe(1);
    expect(await prisma.assignment.count()).toBe(1);
  }, 60_000);
});
