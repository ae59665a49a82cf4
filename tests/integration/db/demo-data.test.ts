import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prepareAppData } from "@/lib/db/prepare-app-data";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
}, 120_000);
afterEach(async () => {
  await database?.drop();
});

const emails = async () =>
  (await database.prisma.user.findMany({ select: { email: true } })).map((u) => u.email).sort();
const log = () => {};

describe("prepareAppData (what npm start writes before serving)", () => {
  it("creates no account on a PostgreSQL server when demo mode is not asked for", async () => {
    await prepareAppData({
      prisma: database.prisma,
      successorFiles: [],
      log,
      backend: "postgres",
      demo: undefined,
    });
    expect(await emails()).toEqual([]);
    expect(await database.prisma.class.count()).toBe(0);
  }, 60_000);

  it("creates the demo accounts on a server with --demo / DEMO=1, and on the embedded database", async () => {
    await prepareAppData({
      prisma: database.prisma,
      successorFiles: [],
      log,
      backend: "postgres",
      demo: true,
    });
    expect(await emails()).toEqual(["student@example.com", "teacher@example.com"]);
    await database.prisma.user.deleteMany();
    await prepareAppData({
      prisma: database.prisma,
      successorFiles: [],
      log,
      backend: "embedded",
      demo: undefined,
    });
    expect(await emails()).toEqual(["student@example.com", "teacher@example.com"]);
  }, 60_000);
});
